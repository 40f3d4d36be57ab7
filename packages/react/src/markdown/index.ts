export { Markdown } from './Markdown';
export type { MarkdownProps } from './Markdown';
export { renderMarkdownBlocks, renderMarkdownInline } from './MarkdownNodes';
