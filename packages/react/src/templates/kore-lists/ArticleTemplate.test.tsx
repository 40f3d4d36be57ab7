import userEvent from '@testing-library/user-event';
import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, expectTexts, hostile, korePayload, renderKore, screen } from './test-kore';

describe('articleTemplate (Kore samples)', () => {
  it.each(['web3-articleTemplate-1', 'web1-articleTemplate-2'])('%s shows displayLimit articles with every field, then the rest', async (id) => {
    const payload = korePayload(id);
    const { container } = await renderKore(payload);
    const articles = payload.elements as Array<Record<string, string | Record<string, string>>>;
    expect(container.querySelectorAll('.xo-kl-item')).toHaveLength(3);
    for (const a of articles.slice(0, 3)) expectTexts(container, [a.title as string, a.createdOn as string, a.updatedOn as string, 'Show Article']);
    // The description is markdown (its "- " lines become a list), shown whole even while clamped.
    expectTexts(container, [(articles[0]!.description as string).replace(/^- /, '').slice(0, 120)]);
    fireEvent.click(screen.getByRole('button', { name: typeof payload.seeMoreTitle === 'string' ? payload.seeMoreTitle : 'Show more (2)' }));
    expect(container.querySelectorAll('.xo-kl-item')).toHaveLength(articles.length);
    await expectAccessible(container);
  });

  it('the Details toggle expands the clamped description; the button opens the URL or posts its payload', async () => {
    const user = userEvent.setup();
    const { client } = await renderKore(korePayload('web1-articleTemplate-2'));
    const title = screen.getByRole('button', { name: 'Details: Repair Mac laptop' });
    expect(title).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(title.getAttribute('aria-controls')!)).toHaveClass('xo-kl-clamp');
    title.focus();
    await user.keyboard(' ');
    expect(title).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(title.getAttribute('aria-controls')!)).not.toHaveClass('xo-kl-clamp');
    await user.click(screen.getAllByRole('button', { name: 'Show Article' })[0]!);
    expect(client.sent).toEqual([{ text: 'Show my new article', renderMsg: 'Show Article' }]);
    // Kore's other samples carry an empty URL: shown, not linked.
    expect(screen.queryAllByRole('link')).toHaveLength(0);

    const web = await renderKore(korePayload('web3-articleTemplate-1'));
    expect(web.container.querySelector('a')).toHaveAttribute('href', 'https://ven06090.service-now.com/nav_to.do?uri=kb_view.do?sys_kb_id=e6cc228ec3b37110d1b77aef0501310d');
  });

  it('a title with a markdown link keeps the link outside the toggle (no nested controls)', async () => {
    const { container } = await renderKore({ template_type: 'articleTemplate', elements: [{ title: 'See [the guide](https://help.test/g)', description: 'Body' }] });
    expect(screen.getByRole('link', { name: /the guide/ }).closest('button')).toBeNull();
    await expectAccessible(container);
  });

  it('survives hostile content', async () => {
    const { container } = await renderKore(
      hostile(`{"template_type":"articleTemplate","displayLimit":"abc","elements":[{"title":${JSON.stringify(EVIL)},"description":"[x](javascript:alert(1))","button":{"type":"url","title":"Go","url":"javascript:alert(1)"}},{"__proto__":{"a":1}},7]}`),
    );
    expect(container.textContent).toContain('<script>');
    expect(screen.queryByRole('link')).toBeNull();
    expectNothingUnsafe(container);
  });
});
