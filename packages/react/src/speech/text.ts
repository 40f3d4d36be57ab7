import { parseMarkdown } from '@xo-chat/core';
import type { BlockNode, InlineNode, Message } from '@xo-chat/core';

function inline(nodes: readonly InlineNode[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'code':
        case 'formatted':
          return n.value;
        case 'image':
          return n.alt;
        case 'break':
          return ' ';
        default:
          return inline(n.children);
      }
    })
    .join('');
}

function block(node: BlockNode, separator: string): string {
  switch (node.type) {
    case 'list':
      return node.items.map(inline).join(separator);
    case 'rule':
      return '';
    case 'codeBlock':
      return node.value;
    default:
      return inline(node.children);
  }
}

/** Kore markdown as its words: no asterisks or link targets; blocks and list items joined by `separator`. */
export function markdownWords(source: string, { locale, separator = '. ' }: { locale?: string | undefined; separator?: string } = {}): string {
  return parseMarkdown(source, locale === undefined ? {} : { locale })
    .children.map((node) => block(node, separator))
    .filter(Boolean)
    .join(separator);
}

/** What is read aloud for a message: markdown as its words (no asterisks), templates and files as their text. */
export function speakableText(message: Message, locale?: string): string {
  if (message.renderMsg) return message.renderMsg;
  return message.parts
    .map((part) => {
      if (part.type === 'text') return markdownWords(part.text, { locale });
      if (part.type === 'template') return part.fallbackText;
      return part.text ?? part.name ?? '';
    })
    .filter((s) => s.trim() !== '')
    .join('. ')
    .slice(0, 2000);
}
