import { describe, expect, it } from 'vitest';
import { isHttpUrl, isSafeUrl } from './url';

describe('isSafeUrl', () => {
  it.each(['https://a.test', 'http://a.test/x?y#z', 'mailto:a@b.test', 'tel:+1234', 'HTTPS://A.TEST'])('allows %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>',
    'vbscript:msgbox',
    '//evil.test',
    '/relative',
    'https:',
    'https://',
    'https:/\\evil',
    'ftp://x.test',
    '',
  ])('rejects %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
  it('media must be http(s)', () => {
    expect(isHttpUrl('mailto:a@b.test')).toBe(false);
    expect(isHttpUrl('https://a.test/i.png')).toBe(true);
  });
});
