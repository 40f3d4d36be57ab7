import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithClient } from '../test/render';
import { createFakeChatClient } from '../testing/fake-client';
import { TypingIndicator } from './TypingIndicator';

describe('TypingIndicator', () => {
  it('says the bot is typing only while it is', () => {
    const client = createFakeChatClient();
    renderWithClient(<TypingIndicator className="t" />, client);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('data-state', 'idle');
    expect(status).toHaveTextContent('');
    act(() => client.store.setState({ typing: true }));
    expect(status).toHaveAttribute('data-state', 'typing');
    expect(status).toHaveTextContent('Fake Bot is typing…');
    expect(status).toHaveClass('xo-typing', 't');
  });
});
