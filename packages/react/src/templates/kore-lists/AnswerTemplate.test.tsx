import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, hostile, renderKore, screen } from './test-kore';

// No Kore sample of this template is in the shared fixtures: these follow the shape Kore's answers plugin reads.
const generative = {
  template_type: 'answerTemplate',
  answer_payload: {
    center_panel: {
      type: 'citation_snippet',
      data: [
        {
          snippet_type: 'generative_model',
          snippet_content: [
            { answer_fragment: 'Reset the router.', sources: [{ title: 'Router guide', url: 'https://help.test/router', doc_id: 'd1' }] },
            { answer_fragment: 'Then wait a minute.', sources: [{ title: 'Wi-Fi FAQ', url: 'https://help.test/wifi', doc_id: 'd2' }] },
            { answer_fragment: 'Call us if it fails.', sources: [{ title: 'Router guide', url: 'https://help.test/router', doc_id: 'd1' }] },
          ],
        },
      ],
    },
  },
};

describe('answerTemplate', () => {
  it('shows generative fragments citing numbered sources, the sources as links, and "Answered by AI"', async () => {
    const { container } = await renderKore(generative);
    expect([...container.querySelectorAll('sup')].map((s) => s.textContent)).toEqual(['1', '2', '1']);
    const sources = screen.getByRole('list', { name: 'Sources' });
    expect([...sources.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://help.test/router', 'https://help.test/wifi']);
    expect(screen.getByText('Answered by AI')).toBeInTheDocument();
    await expectAccessible(container);
  });

  it('shows an extractive answer with its source; hostile content stays inert', async () => {
    await renderKore({
      template_type: 'answerTemplate',
      answer_payload: { center_panel: { data: [{ snippet_type: 'extractive_model', snippet_title: 'Opening hours', snippet_content: 'We open at 9.', source: 'Store page', url: 'https://shop.test/hours' }] } },
    });
    expect(screen.getByText('We open at 9.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Store page/ })).toHaveAttribute('href', 'https://shop.test/hours');
    expect(screen.queryByText('Answered by AI')).toBeNull();
    const { container } = await renderKore(
      hostile(`{"template_type":"answerTemplate","answer_payload":{"center_panel":{"data":[{"snippet_type":"generative_model","snippet_content":[{"answer_fragment":${JSON.stringify(EVIL)},"sources":[{"title":"t","url":"javascript:alert(1)"}]},null,{"sources":"x"}]}],"__proto__":{"data":[]}}}}`),
    );
    expect(container.textContent).toContain('<script>');
    expect(container.querySelector('a')).toBeNull();
    expectNothingUnsafe(container);
  });
});
