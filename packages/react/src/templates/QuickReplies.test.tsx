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

  it('render nothing for a message without quick replies', () => {
    const { container } = renderChips(fixtures.quick_replies!.empty!);
    expect(container).toBeEmptyDOMElement();
  });
});
