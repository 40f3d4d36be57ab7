// Renders the core's markdown tree as React elements. The tree's links passed the allow-list in the core;
// they are checked again here so a tree built elsewhere (or a core bug) cannot put a script URL in the DOM.
import type { BlockNode, InlineNode, MarkdownTree } from '@xo-chat/core';
import type { ReactNode } from 'react';
import { NewTabHint } from '../templates/ChoiceButton';
import { isMediaUrl, isSafeUrl } from '../templates/safe-url';

function inlines(nodes: readonly InlineNode[]): ReactNode[] {
  return nodes.map(renderInline);
}

function renderInline(node: InlineNode, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'strong':
      return <strong key={key}>{inlines(node.children)}</strong>;
    case 'em':
      return <em key={key}>{inlines(node.children)}</em>;
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'link':
      if (!isSafeUrl(node.href)) return <span key={key}>{inlines(node.children)}</span>;
      return (
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer">
          {node.children.length > 0 ? inlines(node.children) : node.href}
          <NewTabHint />
        </a>
      );
    case 'image':
      return isMediaUrl(node.src) ? (
        <img key={key} className="xo-md-image" src={node.src} alt={node.alt} loading="lazy" />
      ) : (
        node.alt
      );
    case 'break':
      return <br key={key} />;
    case 'formatted':
      return (
        <span key={key} className="xo-md-formatted" data-kind={node.kind}>
          {node.value}
        </span>
      );
    default:
      return null;
  }
}

function renderBlock(node: BlockNode, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inlines(node.children)}</p>;
    case 'heading':
      // Shown as a heading, but not announced as one: a bot's `#` must not reshape the host page's outline.
      return (
        <p key={key} className={`xo-md-heading xo-md-h${node.level}`}>
          <strong>{inlines(node.children)}</strong>
        </p>
      );
    case 'list': {
      const items = node.items.map((item, i) => <li key={i}>{inlines(item)}</li>);
      return node.ordered ? (
        <ol key={key} start={node.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'indent':
      return (
        <div key={key} className="xo-md-indent">
          {inlines(node.children)}
        </div>
      );
    case 'rule':
      return <hr key={key} />;
    case 'codeBlock':
      return (
        <pre key={key} data-lang={node.lang}>
          <code>{node.value}</code>
        </pre>
      );
    default:
      return null;
  }
}

/** The tree's blocks as elements. */
export function renderMarkdownBlocks(tree: MarkdownTree): ReactNode[] {
  return tree.children.map(renderBlock);
}

/** The tree flattened to phrasing content (for titles and subtitles inside a line): blocks become line breaks. */
export function renderMarkdownInline(tree: MarkdownTree): ReactNode[] {
  const out: ReactNode[] = [];
  tree.children.forEach((block, i) => {
    if (i > 0) out.push(<br key={`br${i}`} />);
    if (block.type === 'list') {
      block.items.forEach((item, j) => {
        if (j > 0) out.push(<br key={`li${i}-${j}`} />);
        out.push(<span key={`i${i}-${j}`}>{inlines(item)}</span>);
      });
    } else if (block.type === 'codeBlock') {
      out.push(<code key={i}>{block.value}</code>);
    } else if (block.type !== 'rule') {
      out.push(<span key={i}>{inlines(block.children)}</span>);
    }
  });
  return out;
}
