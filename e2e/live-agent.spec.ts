import type { Page } from '@playwright/test';
import { expect, openChat, test } from './support/fixtures';
import { PLATFORM_URL } from './support/ports';

interface Handoff {
  id: string;
  userId: string;
  status: string;
  requestedOn: number;
}

async function newestWaiting(): Promise<Handoff> {
  const body = (await (await fetch(`${PLATFORM_URL}/agent/api/conversations`)).json()) as { conversations: Handoff[] };
  const waiting = body.conversations.filter((c) => c.status === 'waiting').sort((a, b) => b.requestedOn - a.requestedOn)[0];
  if (!waiting) throw new Error('no conversation is waiting for an agent');
  return waiting;
}

async function openDesk(desk: Page, handoff: Handoff) {
  await desk.goto(`${PLATFORM_URL}/agent`);
  await desk.getByRole('button', { name: new RegExp(`Visitor ${handoff.userId.slice(2, 8)}`) }).click();
  await expect(desk.getByRole('heading', { level: 2 })).toContainText('waiting');
}

test('a person takes over: two pages, the visitor and the /agent desk, typing both ways, messages, "Seen", the end', async ({ page, browser }) => {
  const chat = await openChat(page);
  await chat.send('talk to a person');
  await expect(chat.botMessages().last()).toContainText('Connecting you with a person');

  const handoff = await newestWaiting();
  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  await openDesk(desk, handoff);
  await expect(desk.getByRole('list', { name: 'Messages' }).or(desk.locator('#log'))).toContainText('talk to a person');

  await desk.getByRole('button', { name: 'Accept' }).click();
  await expect(chat.window.locator('.xo-header__agent')).toHaveText('Chatting with Rosa Diaz');
  await expect(chat.log.locator('.xo-session-event')).toHaveText('Rosa Diaz joined the chat');

  // The desk types: the visitor sees it, with the agent's name.
  const reply = desk.getByRole('textbox', { name: 'Reply' });
  await reply.pressSequentially('Let me look');
  await expect(chat.window.locator('.xo-typing')).toContainText('Rosa Diaz is typing…');
  await reply.fill('Let me look at your booking.');
  await reply.press('Enter');
  const agentMessage = chat.log.locator('.xo-message[data-from="agent"]').filter({ hasText: 'Let me look at your booking.' });
  await expect(agentMessage).toHaveCount(1);
  await expect(agentMessage.locator('.xo-message__author')).toHaveText('Rosa Diaz');
  await expect(agentMessage.locator('img')).toHaveAttribute('src', /agent-avatar\.svg$/);
  await expect(chat.window.locator('.xo-typing')).not.toContainText('is typing');

  // The visitor saw it (the window is open and the page visible): the desk shows "Seen".
  await expect(desk.locator('#log li.agent').filter({ hasText: 'Let me look at your booking.' }).locator('.seen')).toHaveText('Seen');

  // The visitor types: the desk sees it; the visitor sends: the desk reads it, the visitor sees "Seen".
  await chat.composer.pressSequentially('My flight');
  await expect(desk.locator('#typing')).toHaveText('The visitor is typing...');
  await chat.composer.fill('My flight LX 123 was cancelled');
  await chat.composer.press('Enter');
  const mine = chat.userBubbles('My flight LX 123 was cancelled');
  await expect(desk.locator('#log')).toContainText('My flight LX 123 was cancelled');
  await expect(mine.locator('.xo-message__status')).toHaveText('Seen');
  await expect(desk.locator('#typing')).toHaveText('');
  // No bot answered while the person had the conversation.
  await expect(chat.botMessages().filter({ hasText: 'LX 123' })).toHaveCount(0);

  await desk.getByRole('button', { name: 'End chat' }).click();
  await expect(chat.log.locator('.xo-session-event').last()).toHaveText('Rosa Diaz left the chat');
  await expect(chat.botMessages().last()).toContainText('back with the Wayfarer bot');
  await expect(chat.window.locator('.xo-header__agent')).toHaveCount(0);

  // After a reload (the window stays open) the conversation reads the same, the agent named from history.
  await page.reload();
  await expect(chat.log.locator('.xo-message[data-from="agent"]').filter({ hasText: 'Let me look at your booking.' }).locator('.xo-message__author')).toHaveText('Rosa Diaz');
  await deskContext.close();
});
