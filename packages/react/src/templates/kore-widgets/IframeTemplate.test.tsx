import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOSTILE_URLS } from '../test-utils';
import { expectAccessibleWithFrames, renderWidget, SCRIPT } from './test-widgets';

const LINK = 'https://bots.kore.ai/api/1.1/UIFlow/forms/token?hash=abc';

describe('iframe', () => {
  it('embeds an http(s) link sandboxed, titled and lazily loaded (Kore’s formData.formLink, stray spaces trimmed)', async () => {
    const { container } = await renderWidget({ template_type: 'iframe', formData: { formLink: ` ${LINK}` } });
    const frame = container.querySelector('iframe');
    expect(frame).toHaveAttribute('src', LINK);
    expect(frame).toHaveAttribute('title', 'Embedded page');
    expect(frame).toHaveAttribute('loading', 'lazy');
    const sandbox = frame?.getAttribute('sandbox')?.split(' ') ?? [];
    expect(sandbox).toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-same-origin');
    await expectAccessibleWithFrames(container);
  });

  it('takes a plain url and a title', async () => {
    const { container } = await renderWidget({ template_type: 'iframe', url: LINK, title: 'Your statement' });
    expect(screen.getByTitle('Your statement')).toBe(container.querySelector('iframe'));
    expect(container).toHaveTextContent('Your statement');
  });

  it.each([...HOSTILE_URLS, 'mailto:a@b.test', 'ftp://x.test/', ''])('refuses %j and says it cannot be shown', async (url) => {
    const { container } = await renderWidget({ template_type: 'iframe', title: SCRIPT, formData: { formLink: url } });
    expect(container.querySelector('iframe')).toBeNull();
    expect(container).toHaveTextContent('This embedded page cannot be shown.');
    expect(container).toHaveTextContent('<script>window.xss=1</script>');
  });
});
