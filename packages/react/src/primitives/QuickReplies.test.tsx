import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { msg, quickRepliesMessage } from '../test/fixtures';
import { axeViolations, renderWithClient } from '../test/render';
import { createFakeChatClient } from '../testing/fake-client';
import { QuickReplies } from './QuickReplies';

describe('QuickReplies', () => {
  it('offers the newest live bot message’s quick replies and sends a postback', async () => {
    const client = createFakeChatClient({ messages: [msg(), quickRepliesMessage()] });
    const { container } = renderWithClient(<QuickReplies />, client);
    const group = screen.getByRole('group', { name: 'Suggested replies' });
    expect(group.querySelectorAll('button')).toHaveLength(2);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Hotels' }));
    expect(client.sent).toEqual([{ text: 'HOTELS', renderMsg: 'Hotels' }]);
    // The user's postback is now the newest message: the chips are gone.
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('shows nothing for history or when another message came after', () => {
    const client = createFakeChatClient({ messages: [quickRepliesMessage({ fromHistory: true })] });
    renderWithClient(<QuickReplies />, client);
    expect(screen.queryByRole('group')).toBeNull();
    act(() => client.receive(quickRepliesMessage()));
    expect(screen.getByRole('group')).toBeInTheDocument();
    act(() => client.receive(msg({ text: 'something else' })));
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('ignores hostile payloads', () => {
    const hostile = quickRepliesMessage();
    const part = hostile.parts[0];
    if (part?.type !== 'template') throw new Error('fixture');
    const client = createFakeChatClient({
      messages: [
        {
          ...hostile,
          parts: [{ ...part, payload: { quick_replies: [null, 5, 'x', { title: { a: 1 } }, { content_type: 'url', title: 'Bad', url: 'javascript:alert(1)' }] } }],
        },
      ],
    });
    renderWithClient(<QuickReplies />, client);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
