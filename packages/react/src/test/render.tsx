import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ChatProvider } from '../provider/ChatProvider';
import type { FakeChatClient } from '../testing/fake-client';
import { flushLayout } from './layout';

/** Renders inside a provider, with the transcript's first sizes delivered (see `fakeLayout`). */
export function renderWithClient(ui: ReactElement, client: FakeChatClient) {
  const view = render(<ChatProvider client={client}>{ui}</ChatProvider>);
  flushLayout();
  return view;
}

/**
 * axe-core violations as readable lines (empty when clean): the one axe helper of the tests. Colour contrast
 * cannot be computed in jsdom (the stories check it in Chromium); `frames: false` leaves out iframes, which jsdom
 * frames cannot answer.
 */
export async function axeViolations(container: Element, options: { frames?: boolean } = {}): Promise<string[]> {
  const { default: axe } = await import('axe-core');
  const result = await axe.run(container, { iframes: options.frames ?? true, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join(', ')})`);
}
