// Kore markdown to a tree (see ./types.ts), line by line. Pure, linear, never throws, never emits HTML.
import { parseInline } from './inline';
import { safeLocale } from './tokens';
import type { BlockNode, InlineNode, MarkdownOptions, MarkdownTree } from './types';

const DEFAULT_MAX_LENGTH = 100_000;

type ListBlock = Extract<BlockNode, { type: 'list' }>;

export function parseMarkdown(text: string, options: MarkdownOptions = {}): MarkdownTree {
  let src = typeof text === 'string' ? text : '';
  const max = options.maxLength !== undefined && options.maxLength >= 0 ? options.maxLength : DEFAULT_MAX_LENGTH;
  if (src.length > max) src = `${src.slice(0, max)}…`;
  const locale = safeLocale(options.locale);
  const inline = (s: string) => parseInline(s, locale);
  const blocks: BlockNode[] = [];
  // The block still taking lines: a paragraph, an indent, or a list.
  let open: { type: 'paragraph' | 'indent'; children: InlineNode[] } | ListBlock | null = null;
  const close = () => {
    open = null;
  };
  const continueText = (type: 'paragraph' | 'indent', content: string) => {
    if (open?.type === type) {
      open.children.push({ type: 'break' }, ...inline(content));
    } else {
      open = { type, children: inline(content) };
      blocks.push(open);
    }
  };

  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    // Kore writes ```preformatted``` on one line too; text may also start right after the opening fence or end
    // right before the closing one.
    const oneLine = /^ {0,3}```(.*\S.*?)```\s*$/.exec(line);
    if (oneLine) {
      close();
      blocks.push({ type: 'codeBlock', value: oneLine[1] ?? '' });
      continue;
    }
    const fence = /^ {0,3}```(.*)$/.exec(line);
    if (fence) {
      close();
      const rest = (fence[1] ?? '').trim();
      const lang = /^[\w+#.-]{1,30}$/.test(rest) ? rest : undefined;
      const body: string[] = lang === undefined && rest !== '' ? [fence[1] ?? ''] : [];
      while (++k < lines.length) {
        const closing = /^(.*?)```\s*$/.exec(lines[k] as string);
        if (closing) {
          if ((closing[1] ?? '').trim() !== '') body.push(closing[1] ?? '');
          break;
        }
        body.push(lines[k] as string);
      }
      blocks.push(lang ? { type: 'codeBlock', value: body.join('\n'), lang } : { type: 'codeBlock', value: body.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      close();
      continue;
    }
    if (/^ {0,3}(-{3,}|_{3,})\s*$/.test(line)) {
      close();
      blocks.push({ type: 'rule' });
      continue;
    }
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
    if (heading) {
      close();
      const level = (heading[1] as string).length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, children: inline((heading[2] ?? '').trim()) });
      continue;
    }
    const indent = /^\s*>>\s?(.*)$/.exec(line);
    if (indent) {
      continueText('indent', indent[1] ?? '');
      continue;
    }
    const bullet = /^\s*[*-][ \t]+(.*)$/.exec(line);
    const numbered = bullet ? null : /^\s*(\d{1,9})[.)][ \t]+(.*)$/.exec(line);
    if (bullet || numbered) {
      const ordered = numbered !== null;
      const content = (bullet ? bullet[1] : numbered?.[2]) ?? '';
      if (open?.type !== 'list' || open.ordered !== ordered) {
        const list: ListBlock = ordered ? { type: 'list', ordered, start: Number(numbered?.[1]), items: [] } : { type: 'list', ordered, items: [] };
        blocks.push(list);
        open = list;
      }
      open.items.push(inline(content));
      continue;
    }
    if (open?.type === 'list') {
      // A plain line right under a list item continues that item.
      const items = open.items;
      items[items.length - 1]?.push({ type: 'break' }, ...inline(line.trim()));
      continue;
    }
    continueText('paragraph', line);
  }
  return { type: 'root', children: blocks };
}
