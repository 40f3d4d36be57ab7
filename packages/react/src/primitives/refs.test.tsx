import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeChatClient } from '../testing/fake-client';
import { renderWithClient } from '../test/render';
import { Launcher as ChatLauncher } from '../window/Launcher';
import { ComposerInput } from './composer/ComposerInput';
import { ComposerRoot } from './composer/ComposerRoot';
import { Slot } from './Slot';

// Refs are where React 18 and 19 differ (18 keeps `ref` out of props, and drops it on a function component
// without forwardRef): every part that takes a ref is here, and these run in both test projects.
describe('Slot', () => {
  it('sets both its own ref and the child’s to the child’s element, and merges props', () => {
    const outer = createRef<HTMLElement>();
    const inner = createRef<HTMLButtonElement>();
    const onClick = vi.fn();
    render(
      <Slot ref={outer} className="slot" onClick={onClick}>
        <button ref={inner} type="button" className="child">
          Go
        </button>
      </Slot>,
    );
    const button = screen.getByRole('button', { name: 'Go' });
    expect(outer.current).toBe(button);
    expect(inner.current).toBe(button);
    expect(button).toHaveClass('slot', 'child');
    button.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('calls a callback ref on the child with the element, then null when it unmounts', () => {
    const calls: Array<HTMLElement | null> = [];
    const { unmount } = render(
      <Slot>
        <a href="#x" ref={(node) => void calls.push(node)}>
          x
        </a>
      </Slot>,
    );
    unmount();
    expect(calls).toEqual([expect.any(HTMLAnchorElement), null]);
  });
});

describe('ChatLauncher refs', () => {
  it('forwards its ref to its button, and with asChild to the child', () => {
    const client = createFakeChatClient();
    const ref = createRef<HTMLButtonElement>();
    const { unmount } = renderWithClient(<ChatLauncher ref={ref} open={false} onOpenChange={() => {}} />, client);
    expect(ref.current).toBe(screen.getByRole('button', { name: 'Open chat' }));
    unmount();
    const child = createRef<HTMLButtonElement>();
    renderWithClient(
      <ChatLauncher ref={ref} asChild open={false} onOpenChange={() => {}}>
        <button ref={child} type="button">
          Help
        </button>
      </ChatLauncher>,
      client,
    );
    // asChild: the launcher's label names the child (aria-label), the child's text is what shows.
    const button = screen.getByText('Help');
    expect(ref.current).toBe(button);
    expect(child.current).toBe(button);
  });
});

describe('ComposerInput refs', () => {
  it('forwards its ref to the textarea', () => {
    const client = createFakeChatClient();
    const ref = createRef<HTMLTextAreaElement>();
    renderWithClient(
      <ComposerRoot>
        <ComposerInput ref={ref} />
      </ComposerRoot>,
      client,
    );
    expect(ref.current).toBe(screen.getByRole('textbox'));
  });
});
