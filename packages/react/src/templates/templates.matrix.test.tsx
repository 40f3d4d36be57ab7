// Every template with good, empty, long, right-to-left and hostile payloads: it renders something (or nothing,
// where that is its contract) without throwing, puts no unsafe URL or script in the DOM, and axe finds nothing.
import { describe, expect, it } from 'vitest';
import { extraFixtures, fixtures } from './fixtures';
import type { Variant } from './fixtures';
import { expectAccessible, expectNothingUnsafe, renderTemplate } from './test-utils';
import { allowReactWarning } from '../test/react-warnings';

const variants: Variant[] = ['good', 'empty', 'long', 'rtl', 'hostile'];

describe.each(Object.keys(fixtures))('%s', (type) => {
  it.each(variants)('%s payload renders safely and accessibly', async (variant) => {
    const payload = fixtures[type]?.[variant];
    if (!payload) throw new Error(`missing fixture ${type}/${variant}`);
    const { container } = renderTemplate(payload, { dir: variant === 'rtl' ? 'rtl' : 'ltr' });
    expect(container.querySelector('.xo-part')).not.toBeNull();
    // A renderer that threw shows the fallback box instead; none of these payloads may make one throw.
    if (type !== 'unknown') expect(container.querySelector('.xo-tpl-fallback')).toBeNull();
    expectNothingUnsafe(container);
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
    await expectAccessible(container);
  });
});

describe('other templates', () => {
  it.each(Object.keys(extraFixtures))('%s renders safely and accessibly', async (name) => {
    const payload = extraFixtures[name];
    if (!payload) throw new Error(name);
    const { container } = renderTemplate(payload);
    expect(container.querySelector('.xo-tpl-fallback')).toBeNull();
    expect(container.textContent).not.toBe('');
    expectNothingUnsafe(container);
    await expectAccessible(container);
  });
});

describe('hostile text', () => {
  it('shows script-looking strings as text, never as elements', () => {
    const { container } = renderTemplate(fixtures.button!.hostile!);
    expect(container.textContent).toContain('<script>window.__xss=1</script>');
    expect(container.querySelector('script, img[onerror]')).toBeNull();
  });
});

describe('the safety checks themselves', () => {
  it('catch an unsafe href, src or script (so a passing run means something)', async () => {
    const { render } = await import('@testing-library/react');
    // React 18 warns about the javascript: URL this test renders on purpose (React 19 blocks it silently).
    allowReactWarning(/javascript: URLs/);
    for (const html of [
      <a href="javascript:alert(1)">x</a>,
      <img src="data:image/png;base64,AAAA" alt="" />,
      <div>
        <script>{'1'}</script>
      </div>,
    ]) {
      const { container, unmount } = render(html);
      expect(() => expectNothingUnsafe(container)).toThrow();
      unmount();
    }
  });
});
