import type { MarkdownTree } from '@xo-chat/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../templates/test-utils';
import { Markdown } from './Markdown';
import { renderMarkdownBlocks } from './MarkdownNodes';

describe('Markdown', () => {
  it('renders Kore markdown as elements', async () => {
    const { container } = render(
      <Markdown text={'# Title\n*bold* _italic_ `code`\n* one\n* two\n1. first\n---\n[Docs](https://example.com/docs)'} />,
    );
    expect(container.querySelector('.xo-md-heading')).toHaveTextContent('Title');
    expect(container.querySelector('p:not(.xo-md-heading) > strong')).toHaveTextContent('bold');
    expect(container.querySelector('em')).toHaveTextContent('italic');
    expect(container.querySelector('ul')?.children).toHaveLength(2);
    expect(container.querySelector('hr')).not.toBeNull();
    const link = screen.getByRole('link', { name: /Docs/ });
    expect(link).toHaveAttribute('href', 'https://example.com/docs');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expectAccessible(container);
  });

  it('shows raw HTML and script URLs as text', () => {
    const { container } = render(
      <Markdown text={'<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![a](data:text/html,hi)'} />,
    );
    expectNothingUnsafe(container);
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('checks links and images again at render, whatever the tree says', () => {
    const tree: MarkdownTree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', value: 'bad link' }] },
            { type: 'image', src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'bad image' },
            { type: 'link', href: 'mailto:help@example.com', children: [{ type: 'text', value: 'mail us' }] },
          ],
        },
      ],
    };
    const { container } = render(<div>{renderMarkdownBlocks(tree)}</div>);
    expectNothingUnsafe(container);
    expect(screen.getByText('bad link').closest('a')).toBeNull();
    expect(screen.getByText(/bad image/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /mail us/ })).toHaveAttribute('href', 'mailto:help@example.com');
  });

  it('formats locale tokens and renders inline for titles', () => {
    const { container } = render(<Markdown text={"Total \\$(19.99,'USD')"} locale="en-US" inline />);
    expect(container.firstElementChild?.tagName).toBe('SPAN');
    expect(container.querySelector('[data-kind="amount"]')).toHaveTextContent('$19.99');
  });

  it('survives non-string input without crashing', () => {
    const { container } = render(<Markdown text={undefined as unknown as string} />);
    expect(container.querySelector('.xo-md')).toBeEmptyDOMElement();
  });
});
