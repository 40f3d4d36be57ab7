import userEvent from '@testing-library/user-event';
import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, expectTexts, hostile, korePayload, renderKore, screen, stringsAt } from './test-kore';

const ID = 'web3-checkListTemplate-1';

describe('checkListTemplate (Kore sample)', () => {
  it('shows the heading, every group, fact, progress and (collapsed) sub-task', async () => {
    const payload = korePayload(ID);
    const { container } = await renderKore(payload);
    // Default actions' own titles ("Books ", "Manager Onboarding ") are bubbles, not shown text.
    expectTexts(container, [...stringsAt(payload, 'title').filter((t) => !t.endsWith(' ')), ...stringsAt(payload, 'value'), '70%', '89%']);
    expect((container.querySelectorAll('.xo-kl-progress')[1] as HTMLElement).style.getPropertyValue('--xo-kl-p')).toBe('89%');
    await expectAccessible(container);
  });

  it('the group title posts its default_action; sub-tasks open from the keyboard and post or link theirs', async () => {
    const user = userEvent.setup();
    const { client } = await renderKore(korePayload(ID));
    await user.click(screen.getAllByRole('button', { name: 'Manager Onboarding Tasks' })[0]!);
    const toggle = screen.getAllByRole('button', { name: 'Details: Manager Onboarding Tasks' })[0]!;
    const subs = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(subs).not.toBeVisible();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(subs).toBeVisible();
    await user.click(within(subs).getAllByRole('button', { name: 'Books' })[0]!);
    expect(within(subs).getByRole('link', { name: /URL/ })).toHaveAttribute('href', 'https://itassist-dev.kore.ai/workbench/');
    expect(client.sent).toEqual([
      { text: 'payload1manager', renderMsg: 'Manager Onboarding ' },
      { text: 'payload1', renderMsg: 'Books ' },
    ]);
  });

  it('pages past displayLimit and survives hostile content', async () => {
    const many = { ...korePayload(ID), displayLimit: 1 };
    await renderKore(many);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (1)' }));
    expect(screen.getAllByRole('button', { name: /^Details: / })).toHaveLength(2);
    const { container } = await renderKore(
      hostile(`{"template_type":"checkListTemplate","title":${JSON.stringify(EVIL)},"elements":[{"title":"t","taskProgress":"999%\\"><script>","default_action":{"type":"url","url":"javascript:alert(1)","title":"x"},"subElements":[{"title":"s","rightContent":{"icon":"javascript:1"},"values":"no"}]},{"__proto__":{"z":1}}]}`),
    );
    expect(container.textContent).toContain('<script>');
    expect(container.querySelector('a')).toBeNull();
    expectNothingUnsafe(container);
  });
});
