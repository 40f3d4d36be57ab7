// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('imports the package and renders ChatWindow with options and no window', async () => {
    expect(typeof window).toBe('undefined');
    const { ChatWindow } = await import('./index');
    const { ar } = await import('./i18n/ar');
    const options = {
      apiHost: 'http://localhost:3917',
      botInfo: { chatBot: 'Wayfarer', taskBotId: 'st-1' },
      getJwt: async () => 'jwt',
    };
    const floating = renderToString(<ChatWindow options={options} />);
    expect(floating).toContain('xo-launcher');
    expect(floating).toContain('Open chat');
    const inline = renderToString(<ChatWindow options={options} mode="inline" locale="ar" locales={[ar]} title="مساعد" />);
    expect(inline).toContain('dir="rtl"');
    expect(inline).toContain('role="log"');
    expect(inline).toContain('مساعد');
    expect(inline).toContain('الرسالة');
  });
});
