import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { fixture, renderWidget, SCRIPT } from './test-widgets';

describe('like_dislike', () => {
  it('renders Kore’s sample (no text at all) with two named buttons', async () => {
    const { container } = await renderWidget(fixture('web3-like-dislike-1'));
    expect(screen.getByRole('button', { name: 'Like' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Dislike' })).toBeEnabled();
    await expectAccessible(container);
  });

  it('sends like (Kore’s value) from the keyboard, then both are done', async () => {
    const user = userEvent.setup();
    const { client } = await renderWidget({ template_type: 'like_dislike', text: 'Was this *helpful*?' });
    expect(screen.getByRole('group', { name: 'Was this helpful?' })).toBeInTheDocument();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(client.sent).toEqual([{ text: 'like', renderMsg: 'Like' }]);
    expect(screen.getByRole('button', { name: 'Like' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Dislike' })).toBeDisabled();
  });

  it('sends dislike', async () => {
    const user = userEvent.setup();
    const { client } = await renderWidget(fixture('web3-like-dislike-1'));
    await user.click(screen.getByRole('button', { name: 'Dislike' }));
    expect(client.sent).toEqual([{ text: 'dislike', renderMsg: 'Dislike' }]);
  });

  it('shows hostile text as text', async () => {
    const { container } = await renderWidget({ template_type: 'like_dislike', text: SCRIPT });
    expect(container).toHaveTextContent('<script>window.xss=1</script>');
    expectNothingUnsafe(container);
  });
});
