import { describe, expect, it } from 'vitest';
import { readBranding } from './read-branding';

describe('readBranding', () => {
  it('maps the classic sections onto the --xo-* variables', () => {
    const { branding, problems } = readBranding({
      activeTheme: true,
      widgetHeader: { backgroundColor: '#7b1fa2', fontColor: '#ffffff' },
      widgetBody: { backgroundColor: 'rgb(250 250 250)' },
      botMessage: { bubbleColor: 'hsl(280 60% 95%)', fontColor: '#222' },
      userMessage: { bubbleColor: '#7b1fa2', fontColor: 'white' },
      buttons: { defaultButtonColor: '#6a1b9a', defaultFontColor: '#fff' },
      generalAttributes: { fontStyle: "'Inter', sans-serif", bubbleShape: 'circle' },
    });
    expect(problems).toEqual([]);
    expect(branding).toEqual({
      vars: {
        '--xo-header-bg': '#7b1fa2',
        '--xo-header-text': '#ffffff',
        '--xo-color-bg': 'rgb(250 250 250)',
        '--xo-bubble-bot-bg': 'hsl(280 60% 95%)',
        '--xo-bubble-bot-text': '#222',
        '--xo-bubble-user-bg': '#7b1fa2',
        '--xo-bubble-user-text': 'white',
        '--xo-color-accent': '#6a1b9a',
        '--xo-color-focus': '#6a1b9a',
        '--xo-color-accent-text': '#fff',
        '--xo-font': "'Inter', sans-serif",
      },
    });
  });

  it('reads the v3 branding JSON (under v3 or as the whole answer): palette, header, body, icon, welcome', () => {
    const v3 = {
      general: { bot_icon: 'https://cdn.example/bot.png', colors: { primary: '#0b7285', secondary: '#e3fafc', primary_text: '#101828', secondary_text: '#ffffff', useColorPaletteOnly: false } },
      header: { bg_color: '#0b7285', title: { name: 'Harbor Help', color: '#fff' }, sub_title: { name: 'We answer in minutes' }, icon: { icon_url: 'icon-1', type: 'default' } },
      body: { background: { type: 'color', color: '#f8f9fa' }, bot_message: { bg_color: '#e3fafc', color: '#101828' }, font: { family: 'Inter' } },
      welcome_screen: { show: true, title: { name: 'Ahoy!' }, sub_title: { name: 'Ask about sailings and fares.' }, note: { name: 'We reply within minutes.' } },
    };
    const nested = readBranding({ activeTheme: true, v3 });
    const top = readBranding({ activeTheme: true, ...v3 });
    expect(nested).toEqual(top);
    expect(nested.problems).toEqual([]);
    expect(nested.branding).toMatchObject({
      title: 'Harbor Help',
      subtitle: 'We answer in minutes',
      avatarUrl: 'https://cdn.example/bot.png',
      welcome: { title: 'Ahoy!', text: 'Ask about sailings and fares.', note: 'We reply within minutes.' },
      vars: {
        '--xo-color-accent': '#0b7285',
        '--xo-bubble-user-bg': '#0b7285',
        '--xo-header-bg': '#0b7285',
        '--xo-header-text': '#fff',
        '--xo-color-bg': '#f8f9fa',
        '--xo-bubble-bot-bg': '#e3fafc',
        '--xo-font': 'Inter',
      },
    });
  });

  it('with useColorPaletteOnly the header takes the palette, not header.bg_color', () => {
    const { branding } = readBranding({ general: { colors: { primary: '#123456', secondary_text: '#fefefe', useColorPaletteOnly: true } }, header: { bg_color: '#ff0000' } });
    expect(branding?.vars).toMatchObject({ '--xo-header-bg': '#123456', '--xo-header-text': '#fefefe' });
  });

  it('no branding: {activeTheme: false}, or a document with nothing usable', () => {
    expect(readBranding({ activeTheme: false })).toEqual({ branding: null, problems: [] });
    expect(readBranding({ activeTheme: true, themeName: 'empty' })).toEqual({ branding: null, problems: [] });
  });

  it('an answer that is not an object is a problem, and no branding', () => {
    for (const doc of [null, [], 'teal', 42]) {
      const reading = readBranding(doc);
      expect(reading.branding).toBeNull();
      expect(reading.problems).toEqual([expect.stringMatching(/^the answer is .+, not a JSON object$/)]);
    }
  });

  it('refuses hostile values one by one, naming each, and keeps the rest', () => {
    const { branding, problems } = readBranding({
      widgetHeader: { backgroundColor: 'url(https://evil.example/track.png)', fontColor: '#fff' },
      botMessage: { bubbleColor: 'red; background-image: url(x)', fontColor: 'rgb(1 2 3) url(x)' },
      userMessage: { bubbleColor: 'var(--xo-color-danger)', fontColor: 'inherit' },
      buttons: { defaultButtonColor: 'expression(alert(1))' },
      widgetBody: { backgroundColor: { nested: true } },
      generalAttributes: { fontStyle: 'x; } body { display: none' },
      v3: {
        general: { bot_icon: 'javascript:alert(1)' },
        header: { icon: { icon_url: 'data:text/html;base64,PHNjcmlwdD4=' }, title: { name: 42 } },
      },
    });
    expect(branding).toEqual({ vars: { '--xo-header-text': '#fff' } });
    expect(problems).toEqual([
      expect.stringMatching(/^widgetHeader\.backgroundColor "url\(https:\/\/evil\.example.*" is not a CSS colour/),
      expect.stringMatching(/^widgetBody\.backgroundColor \{"nested":true\} is not a CSS colour/),
      expect.stringMatching(/^botMessage\.bubbleColor .* is not a CSS colour/),
      expect.stringMatching(/^botMessage\.fontColor .* is not a CSS colour/),
      expect.stringMatching(/^userMessage\.bubbleColor .* is not a CSS colour/),
      expect.stringMatching(/^userMessage\.fontColor "inherit" is not a CSS colour/),
      expect.stringMatching(/^buttons\.defaultButtonColor .* is not a CSS colour/),
      expect.stringMatching(/^generalAttributes\.fontStyle .* is not a font-family list/),
      expect.stringMatching(/^header\.icon\.icon_url "data:text\/html.*" is not an http\(s\) or data:image URL/),
      expect.stringMatching(/^general\.bot_icon "javascript:alert\(1\)" is not an http\(s\) or data:image URL/),
      'header.title.name 42 is not a text',
    ]);
  });

  it('takes inline raster images and cuts long texts', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const { branding } = readBranding({ v3: { general: { bot_icon: png }, header: { title: { name: `  ${'A'.repeat(500)}\u0007 ` } } } });
    expect(branding?.avatarUrl).toBe(png);
    expect(branding?.title).toBe('A'.repeat(200));
  });
});
