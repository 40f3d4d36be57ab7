import { parseMarkdown } from '@xo-chat/core';
import { useMemo } from 'react';
import { renderMarkdownBlocks, renderMarkdownInline } from './MarkdownNodes';

export interface MarkdownProps {
  /** Kore markdown from the bot. Never treated as HTML. */
  text: string;
  /** BCP 47 locale for the `\d() \t() \#() \$()` tokens (defaults to the runtime's). */
  locale?: string | undefined;
  /** Render as phrasing content inside a `<span>` (for titles and subtitles), not as blocks in a `<div>`. */
  inline?: boolean | undefined;
  className?: string | undefined;
}

/** Kore markdown rendered as React elements. */
export function Markdown({ text, locale, inline = false, className }: MarkdownProps) {
  const tree = useMemo(
    () => parseMarkdown(typeof text === "string" ? text : "", locale === undefined ? {} : { locale }),
    [text, locale],
  );
  if (inline) return <span className={className ?? 'xo-md xo-md--inline'}>{renderMarkdownInline(tree)}</span>;
  return <div className={className ?? 'xo-md'}>{renderMarkdownBlocks(tree)}</div>;
}
