// The Kore markdown tree. Produced by `parseMarkdown` in core, rendered as React elements in @xo-chat/react.
// Every `href`/`src` in the tree has passed the link allow-list (http, https, mailto, tel); others become text.

export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; children: InlineNode[] }
  | { type: 'image'; src: string; alt: string }
  | { type: 'break' }
  /** `\d(...)`, `\t(...)`, `\#(...)`, `\$(...)` tokens, already formatted for the locale. */
  | { type: 'formatted'; kind: 'date' | 'time' | 'number' | 'amount'; value: string; raw: string };

export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'list'; ordered: boolean; start?: number; items: InlineNode[][] }
  | { type: 'indent'; children: InlineNode[] }
  | { type: 'rule' }
  | { type: 'codeBlock'; value: string; lang?: string };

export interface MarkdownTree {
  type: 'root';
  children: BlockNode[];
}

export interface MarkdownOptions {
  /** BCP 47 locale for `\d() \t() \#() \$()` tokens (defaults to the runtime's). */
  locale?: string;
  /** Inputs longer than this are cut (with an ellipsis) before parsing; default 100000 characters. */
  maxLength?: number;
}
