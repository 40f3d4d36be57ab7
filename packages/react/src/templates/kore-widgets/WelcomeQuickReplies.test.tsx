import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { fixture, renderWidget, SCRIPT } from './test-widgets';

interface Reply {
  title: string;
  payload: string;
}

describe('quick_replies_welcome', () => {
  it.each(['web3-quick-replies-welcome-1', 'web1-quick-replies-welcome-2'])('%s shows the greeting and every choice in the bubble', async (id) => {
    const payload = fixture(id);
    const { container } = await renderWidget(payload);
    expect(container.textContent?.replace(/\s+/g, ' ')).toContain(String(payload.text).replace(/\s+/g, ' '));
    const list = screen.getByRole('list', { name: 'Suggested replies' });
    const titles = (payload.quick_replies as unknown as Reply[]).map((r) => r.title);
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(titles);
    await expectAccessible(container);
  });

  it('sends the choice’s payload with its title as the bubble (keyboard), then the choices are done', async () => {
    const user = userEvent.setup();
    const payload = fixture('web3-quick-replies-welcome-1');
    const { client } = await renderWidget(payload);
    const last = (payload.quick_replies as unknown as Reply[])[2]!;
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: last.title })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(client.sent).toEqual([{ text: last.payload, renderMsg: last.title }]);
    for (const b of screen.getAllByRole('button')) expect(b).toBeDisabled();
  });

  it('is disabled from history', async () => {
    await renderWidget(fixture('web1-quick-replies-welcome-2'), { message: { fromHistory: true } });
    for (const b of screen.getAllByRole('button')) expect(b).toBeDisabled();
  });

  it('drops unsafe icons and links, keeps hostile titles as text', async () => {
    const { container } = await renderWidget({
      template_type: 'quick_replies_welcome',
      text: SCRIPT,
      quick_replies: [
        { content_type: 'url', title: 'bad', url: 'javascript:alert(1)' },
        { content_type: 'text', title: SCRIPT, payload: 'x', image_url: 'javascript:alert(1)' },
        null,
      ],
    });
    expect(container).toHaveTextContent('<script>window.xss=1</script>');
    expect(screen.queryByRole('link')).toBeNull();
    expectNothingUnsafe(container);
  });
});
