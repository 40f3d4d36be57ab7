import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse';

const inline = (text: string) => {
  const block = parseMarkdown(text, { locale: 'en-US' }).children[0];
  return block && 'children' in block ? block.children : [];
};

describe('parseMarkdown', () => {
  it('bold, italic (both markers), code, breaks', () => {
    expect(inline('a *b* _c_ ~d~ `e`')).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'strong', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' ' },
      { type: 'em', children: [{ type: 'text', value: 'c' }] },
      { type: 'text', value: ' ' },
      { type: 'em', children: [{ type: 'text', value: 'd' }] },
      { type: 'text', value: ' ' },
      { type: 'code', value: 'e' },
    ]);
    expect(inline('one\ntwo')).toEqual([{ type: 'text', value: 'one' }, { type: 'break' }, { type: 'text', value: 'two' }]);
    expect(inline('snake_case_name stays')).toEqual([{ type: 'text', value: 'snake_case_name stays' }]);
  });

  it('links, images and bare URLs pass only allow-listed schemes', () => {
    expect(inline('[site](https://x.test/a)')).toEqual([{ type: 'link', href: 'https://x.test/a', children: [{ type: 'text', value: 'site' }] }]);
    expect(inline('[bad](javascript:alert(1))')).toEqual([{ type: 'text', value: 'bad)' }]); // the URL ends at the first ')'
    expect(inline('![cat](https://x.test/c.png)')).toEqual([{ type: 'image', src: 'https://x.test/c.png', alt: 'cat' }]);
    expect(inline('![x](data:image/png;base64,AAA)')).toEqual([{ type: 'text', value: 'x' }]);
    expect(inline('see https://x.test/p?q=1. ok')).toEqual([
      { type: 'text', value: 'see ' },
      { type: 'link', href: 'https://x.test/p?q=1', children: [{ type: 'text', value: 'https://x.test/p?q=1' }] },
      { type: 'text', value: '. ok' },
    ]);
    expect(inline('[mail](mailto:a@b.test) [call](tel:+123)').filter((n) => n.type === 'link')).toHaveLength(2);
  });

  it('blocks: headings, lists, indent, rule, fenced code', () => {
    const tree = parseMarkdown('# Title\n###### Small\n* a\n* b\n1. one\n2. two\n>> quoted\n---\n```js\nx = *y*\n```\nend');
    expect(tree.children.map((b) => b.type)).toEqual(['heading', 'heading', 'list', 'list', 'indent', 'rule', 'codeBlock', 'paragraph']);
    expect(tree.children[1]).toMatchObject({ level: 6 });
    expect(tree.children[2]).toMatchObject({ ordered: false, items: [[{ type: 'text', value: 'a' }], [{ type: 'text', value: 'b' }]] });
    expect(tree.children[3]).toMatchObject({ ordered: true, start: 1 });
    expect(tree.children[6]).toEqual({ type: 'codeBlock', value: 'x = *y*', lang: 'js' });
  });

  it('```preformatted``` on one line, inline, and fences with text beside them, without stray backticks', () => {
    expect(parseMarkdown('```preformatted```').children).toEqual([{ type: 'codeBlock', value: 'preformatted' }]);
    expect(parseMarkdown('run ```npm test``` now').children).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'run ' }, { type: 'code', value: 'npm test' }, { type: 'text', value: ' now' }] },
    ]);
    expect(parseMarkdown('```two words\nsecond line```\nafter').children).toEqual([
      { type: 'codeBlock', value: 'two words\nsecond line' },
      { type: 'paragraph', children: [{ type: 'text', value: 'after' }] },
    ]);
    const hostile = '`'.repeat(60_000);
    const start = performance.now();
    parseMarkdown(`x ${hostile} y`);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('formats tokens for the locale and keeps unreadable ones as text', () => {
    const nodes = inline('\\d(2024-03-05) \\t(14:30) \\#(1234567.5) \\$(1234.5,\'EUR\') \\#(abc)');
    const formatted = nodes.filter((n) => n.type === 'formatted');
    expect(formatted.map((n) => (n.type === 'formatted' ? n.value : ''))).toEqual(['Mar 5, 2024', '2:30 PM', '1,234,567.5', '€1,234.50']);
    expect(nodes.at(-1)).toEqual({ type: 'text', value: ' \\#(abc)' });
    const german = parseMarkdown('\\$(1234.5,EUR)', { locale: 'de-DE' }).children[0];
    expect(JSON.stringify(german)).toContain('1.234,50');
  });

  it('caps input at maxLength and survives hostile nesting quickly', () => {
    expect(JSON.stringify(parseMarkdown('abcdef', { maxLength: 3 }))).toContain('abc…');
    const start = performance.now();
    parseMarkdown('*_~['.repeat(25_000) + '\\#('.repeat(5000) + '`'.repeat(10_000) + '[a](' .repeat(5000));
    parseMarkdown('*a '.repeat(30_000));
    expect(performance.now() - start).toBeLessThan(1500);
  });

  it('never throws on a non-string and an invalid locale', () => {
    expect(parseMarkdown(undefined as unknown as string)).toEqual({ type: 'root', children: [] });
    expect(() => parseMarkdown('\\#(5)', { locale: 'not a locale!!' })).not.toThrow();
  });
});
