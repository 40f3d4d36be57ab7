import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { renderTemplate } from './test-utils';

describe('button template', () => {
  it('sends a postback with the title as the bubble and the payload as the body', () => {
    const { client } = renderTemplate(fixtures.button!.good!);
    fireEvent.click(screen.getByRole('button', { name: 'Show a carousel' }));
    expect(client.sent).toEqual([{ text: 'carousel', renderMsg: 'Show a carousel' }]);
  });

  it('opens web_url buttons as new-tab links with noopener noreferrer', () => {
    renderTemplate(fixtures.button!.good!);
    const link = screen.getByRole('link', { name: /Open the Kore.ai site/ });
    expect(link).toHaveAttribute('href', 'https://kore.ai');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('turns links with refused URLs into plain text and keeps postbacks with odd payloads', () => {
    const { client } = renderTemplate(fixtures.button!.hostile!);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText('data link')).not.toHaveAttribute('href');
    fireEvent.click(screen.getByRole('button', { name: '42' }));
    expect(client.sent).toEqual([{ text: '{"nested":true}', renderMsg: '42' }]);
  });

  it('shows ten buttons, then the rest behind "Show more"', () => {
    renderTemplate(fixtures.button!.long!);
    expect(screen.getAllByRole('button', { name: /^Option/ })).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (15)' }));
    expect(screen.getAllByRole('button', { name: /^Option/ })).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (5)' }));
    expect(screen.getAllByRole('button', { name: /^Option/ })).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  it('keeps menu buttons usable in history but not once the connection failed', () => {
    renderTemplate(fixtures.button!.good!, { message: { fromHistory: true } });
    expect(screen.getByRole('button', { name: 'Show a carousel' })).toBeEnabled();
  });

  it('disables postbacks when nothing can be sent', async () => {
    const { createFakeChatClient } = await import('../testing/fake-client');
    const client = createFakeChatClient({ connection: { status: 'failed', reason: 'bot suspended' } });
    renderTemplate(fixtures.button!.good!, { client });
    expect(screen.getByRole('button', { name: 'Show a carousel' })).toBeDisabled();
  });
});
