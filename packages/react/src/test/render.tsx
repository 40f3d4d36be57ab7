import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ChatProvider } from '../provider/ChatProvider';
import type { FakeChatClient } from '../testing/fake-client';

export function renderWithClient(ui: ReactElement, client: FakeChatClient) {
  return render(<ChatProvider client={client}>{ui}</ChatProvider>);
}

/** axe-core violations as readable lines (empty when clean). */
export async function axeViolations(container: Element): Promise<string[]> {
  const { default: axe } = await import('axe-core');
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
