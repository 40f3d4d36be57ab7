// Inline Kore markdown: *bold*, _italic_, ~italic~, `code`, [text](url), ![alt](src), bare URLs, tokens.
// Linear time: each closing delimiter is searched with a per-delimiter memo, so no stretch of the input is
// scanned twice for the same delimiter, and there is no backtracking regex.
import { isHttpUrl, isSafeUrl } from '../url';
import { formatToken, TOKEN_KINDS } from './tokens';
import type { InlineNode } from './types';

const EMPHASIS: Record<string, 'strong' | 'em'> = { '*': 'strong', _: 'em', '~': 'em' };
const ESCAPABLE = '\\*_~[]()`#!>-$';
const MAX_DEPTH = 6;

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\u00a0';
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function pushText(out: InlineNode[], value: string): void {
  if (!value) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + value };
  else out.push({ type: 'text', value });
}

/** Appends nodes, merging a leading text node into a trailing one. */
function pushAll(out: InlineNode[], nodes: InlineNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') pushText(out, node.value);
    else out.push(node);
  }
}

function bareUrlEnd(src: string, start: number): number {
  let end = start;
  while (end < src.length && !isSpace(src[end]) && !'<>"'.includes(src[end] as string)) end++;
  const hasOpenParen = src.slice(start, end).includes('(');
  while (end > start && ".,;:!?'*_~]".concat(hasOpenParen ? '' : ')').includes(src[end - 1] as string)) end--;
  return end;
}

export function parseInline(src: string, locale: string | undefined, depth = 0): InlineNode[] {
  const out: InlineNode[] = [];
  // Last answer per delimiter: the first valid closer at or after `from` (-1: none), reused by later searches.
  const memo = new Map<string, { from: number; at: number }>();
  const find = (ch: string, from: number, valid: (j: number) => boolean = () => true): number => {
    const cached = memo.get(ch);
    if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) return cached.at;
    let j = src.indexOf(ch, from);
    while (j !== -1 && !valid(j)) j = src.indexOf(ch, j + 1);
    memo.set(ch, { from, at: j });
    return j;
  };
  let text = '';
  const emit = (nodes: InlineNode[]) => {
    pushText(out, text);
    text = '';
    pushAll(out, nodes);
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    const next = src[i + 1];
    if (c === '\\' && next !== undefined) {
      const kind = TOKEN_KINDS[next];
      if (kind && src[i + 2] === '(') {
        const close = find(')', i + 3);
        if (close !== -1) {
          emit([formatToken(kind, src.slice(i + 3, close), src.slice(i, close + 1), locale)]);
          i = close + 1;
          continue;
        }
      }
      if (ESCAPABLE.includes(next)) {
        text += next;
        i += 2;
        continue;
      }
    }
    if (c === '`' && src.startsWith('``', i + 1)) {
      // ```preformatted``` inside a line: the text between the fences, without stray backticks.
      const close = find('```', i + 3);
      if (close > i + 3) {
        emit([{ type: 'code', value: src.slice(i + 3, close) }]);
        i = close + 3;
        continue;
      }
    }
    if (c === '`') {
      const close = find('`', i + 1);
      if (close > i + 1) {
        emit([{ type: 'code', value: src.slice(i + 1, close) }]);
        i = close + 1;
        continue;
      }
    }
    if ((c === '[' || (c === '!' && next === '[')) && depth < MAX_DEPTH) {
      const image = c === '!';
      const open = image ? i + 1 : i;
      const closeBracket = find(']', open + 1);
      const closeParen = closeBracket !== -1 && src[closeBracket + 1] === '(' ? find(')', closeBracket + 2) : -1;
      if (closeParen !== -1) {
        const label = src.slice(open + 1, closeBracket);
        const url = (src.slice(closeBracket + 2, closeParen).trim().split(/\s/)[0] ?? '').replace(/^<|>$/g, '');
        if (image) emit(isHttpUrl(url) ? [{ type: 'image', src: url, alt: label }] : [{ type: 'text', value: label }]);
        else {
          const children = parseInline(label, locale, depth + 1);
          emit(isSafeUrl(url) ? [{ type: 'link', href: url, children }] : children);
        }
        i = closeParen + 1;
        continue;
      }
    }
    const emphasis = EMPHASIS[c];
    if (emphasis && depth < MAX_DEPTH && !isWord(src[i - 1]) && !isSpace(next) && next !== c) {
      const close = find(c, i + 1, (j) => !isSpace(src[j - 1]) && !isWord(src[j + 1]));
      if (close !== -1) {
        emit([{ type: emphasis, children: parseInline(src.slice(i + 1, close), locale, depth + 1) }]);
        i = close + 1;
        continue;
      }
    }
    if (c === 'h' && !isWord(src[i - 1]) && (src.startsWith('https://', i) || src.startsWith('http://', i))) {
      const end = bareUrlEnd(src, i);
      const url = src.slice(i, end);
      if (isSafeUrl(url)) {
        emit([{ type: 'link', href: url, children: [{ type: 'text', value: url }] }]);
        i = end;
        continue;
      }
    }
    text += c;
    i++;
  }
  pushText(out, text);
  return out;
}
