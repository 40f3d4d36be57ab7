import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChatClientContext } from '../context';
import { createFakeChatClient } from '../testing/fake-client';
import { fixtures, templatePart } from './fixtures';
import { QuickReplyChips, readQuickReplies } from './QuickReplies';
import { botMessage, expectAccessible, expectNothingUnsafe, renderTemplate } from './test-utils';

function renderChips(payload = fixtures.quick_replies!.good!, fromHistory = false) {
  const client = createFakeChatClient();
  const message = botMessage([templatePart(payload)], fromHistory ? { fromHistory } : {});
  const result = render(
    <ChatClientContext.Provider value={client}>
      <QuickReplyChips message={message} />
    </ChatClientContext.Provider>,
  );
  return { ...result, client };
}

describe('quick replies', () => {
  it('shows only the text in the transcript', () => {
    renderTemplate(fixtures.quick_replies!.good!);
    expect(screen.getByText('How was your day?')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('chips send postbacks with title and payload', async () => {
    const { client, container } = renderChips();
    fireEvent.click(screen.getByRole('button', { name: 'Fine' }));
    expect(client.sent).toEqual([{ text: 'fine', renderMsg: 'Fine' }]);
    expect(container.querySelector('img')).toHaveAttribute('src', 'https://example.com/sample.png');
    await expectAccessible(container);
  });

  it('chips are disabled for a message from history', () => {
    renderChips(undefined, true);
    for (const chip of screen.getAllByRole('button')) expect(chip).toBeDisabled();
  });

  it('drop unsafe links and icons from hostile chips', () => {
    const { container } = renderChips(fixtures.quick_replies!.hostile!);
    expectNothingUnsafe(container);
    expect(readQuickReplies(templatePart(fixtures.quick_replies!.hostile!)).map((r) => r.choice.kind)).toEqual(['inert', 'postback']);
  });

  it('chips send payload, else value, with the title as the bubble, and show image_url icons (Kore)', () => {
    const { client, container } = renderChips({
      template_type: 'quick_replies',
      text: 'Pick a color:',
      quick_replies: [
        { content_type: 'postback', title: 'Red', payload: 'PICK_RED', image_url: ' https://img.test/red.png' },
        { content_type: 'text', title: 'Green', value: 'PICK_GREEN' },
        { content_type: 'text', title: 'Blue' },
        { content_type: 'text', title: '', payload: 'NO_TITLE' },
      ],
    });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Red', 'Green', 'Blue']);
    for (const name of ['Red', 'Green', 'Blue']) fireEvent.click(screen.getByRole('button', { name }));
    expect(client.sent).toEqual([
      { text: 'PICK_RED', renderMsg: 'Red' },
      { text: 'PICK_GREEN', renderMsg: 'Green' },
      { text: 'Blue', renderMsg: 'Blue' },
    ]);
    expect(container.querySelector('img')).toHaveAttribute('src', 'https://img.test/red.png');
  });

  it('url chips open only what the core’s isSafeUrl allows', () => {
    const replies = readQuickReplies(
      templatePart({
        template_type: 'quick_replies',
        quick_replies: [
          { content_type: 'url', title: 'Docs', url: 'https://docs.test/' },
          { content_type: 'url', title: 'Mail', url: 'mailto:help@docs.test' },
          { content_type: 'web_url', title: 'Bad', url: 'javascript:alert(1)' },
        ],
      }),
    );
    expect(replies.map((r) => r.choice)).toEqual([
      { kind: 'link', title: 'Docs', url: 'https://docs.test/' },
      { kind: 'link', title: 'Mail', url: 'mailto:help@docs.test' },
      { kind: 'inert', title: 'Bad' },
    ]);
  });

  it('inline quick replies, and quick replies from history, show their chips in the message', () => {
    const inline = renderTemplate({ template_type: 'quick_replies', text: 'Pick', inline: true, quick_replies: [{ content_type: 'text', title: 'Yes', payload: 'Y' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(inline.client.sent).toEqual([{ text: 'Y', renderMsg: 'Yes' }]);
    inline.unmount();
    renderTemplate(fixtures.quick_replies!.good!, { message: { fromHistory: true } });
    expect(screen.getByRole('button', { name: 'Great' })).toBeDisabled();
  });

  it('render nothing for a message without quick replies', () => {
    const { container } = renderChips(fixtures.quick_replies!.empty!);
    expect(container).toBeEmptyDOMElement();
  });
});
