import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { previewParts } from './answer';
import { EVIL, expectTexts, hostile, korePayload, renderKore, screen } from './test-kore';

describe('search (Kore sample)', () => {
  it('shows the presented answer with its source, and every result with source, preview and image', async () => {
    const { container } = await renderKore(korePayload('web3-search-1'));
    expectTexts(container, [
      'What are the types of Mutual Funds?',
      'Equity Funds- Equity Funds primarily invest in equity shares.',
      'Mutual Fund Investment Plans | Bank',
      'SIP Calculator- Calculate SIP Investments Online | Bank',
      'BANK',
      'Bank provides different types of mutual funds such as sip investment, tax saving elss equity funds, etc. Invest in MF online & get better returns!',
    ]);
    // The answer's source and the first result share a title; each links to its own page.
    expect(screen.getAllByRole('link', { name: /^Mutual Fund Investment Plans \| Bank/ }).map((a) => a.getAttribute('href'))).toEqual([
      'https://www.bank.com/personal%2Dbanking/investment/mutual%2Dfund#faqs',
      'https://www.bank.com/personal-banking/investment/mutual-fund',
    ]);
    expect(screen.getByRole('link', { name: /^SIP Calculator/ })).toHaveAttribute('href', 'https://www.bank.com/financial-calculators/sip-calculator');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['types', 'mutual', 'funds', 'funds', 'Mutual', 'Fund']);
    expect(container.querySelectorAll('img')).toHaveLength(2);
    await expectAccessible(container);
  });

  it('pages results past three', async () => {
    const payload = korePayload('web3-search-1');
    const web = (payload.results as { web: { data: unknown[] } }).web;
    web.data = [...web.data, ...web.data, ...web.data];
    await renderKore(payload);
    expect(screen.getByRole('list', { name: 'Results' }).children).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (3)' }));
    expect(screen.getByRole('list', { name: 'Results' }).children).toHaveLength(6);
  });

  it('never parses previews as HTML, and unsafe links stay text', async () => {
    expect(previewParts('a <b onclick=x>b</b> &lt;script&gt; &#x41;&amp;')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: false },
      { text: ' <script> A&', mark: false },
    ]);
    const { container } = await renderKore(
      hostile(
        JSON.stringify({
          template_type: 'search',
          graph_answer: { payload: { center_panel: { data: [{ snippet_title: EVIL, snippet_content: EVIL, url: 'javascript:alert(1)', source: 'Evil' }] } } },
          results: { web: { data: [{ page_title: 'x', page_url: 'javascript:alert(1)', page_preview: EVIL, page_image_url: 'javascript:1' }, null] }, faq: 'no' },
        }).replace('"results"', '"__proto__":{"bad":1},"results"'),
      ),
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('Evil');
    expectNothingUnsafe(container);
  });
});
