import { parseServerFrame } from '@xo-chat/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { safeCssColor } from './ErrorTemplate';
import { expectNothingUnsafe, renderParts } from './test-utils';

function partsOf(entry: unknown) {
  const frame = parseServerFrame(JSON.stringify({ type: 'bot_response', from: 'bot', messageId: 'm', message: [entry] }));
  if (frame.kind !== 'bot' || !frame.message) throw new Error('no message');
  return [...frame.message.parts];
}

describe('error component', () => {
  it('shows the text, marked as an error, with the bot’s colour only when it is a safe CSS colour', () => {
    const { container } = renderParts(partsOf({ type: 'text', component: { type: 'error', payload: { text: 'Payment failed', color: '#D32F2F' } } }));
    const box = container.querySelector('.xo-tpl-error') as HTMLElement;
    expect(box).toHaveTextContent('Error: Payment failed');
    expect(box.getAttribute('style')).toMatch(/border-inline-start-color/);
    expect(container.querySelector('.xo-tpl-fallback')).toBeNull();
  });

  it('refuses colours that could carry anything else', () => {
    for (const bad of ['red;background:url(https://x.test)', 'url(javascript:alert(1))', 'expression(alert(1))', 'var(--x)', 'inherit', '#12', '#1234567890', 'rgb(1,2,3);x:y', { a: 1 }]) {
      expect(safeCssColor(bad), String(bad)).toBeUndefined();
    }
    for (const good of ['#c00', '#cc0000', '#cc0000ff', 'red', 'rgb(200, 0, 0)', 'rgba(200,0,0,0.5)', 'hsl(0 100% 40%)']) expect(safeCssColor(good), good).toBe(good);
    const { container } = renderParts(partsOf({ type: 'text', component: { type: 'error', payload: { text: 'x', color: 'red;background:url(https://evil.test/a)' } } }));
    expect(container.querySelector('.xo-tpl-error')?.getAttribute('style')).toBeNull();
    expectNothingUnsafe(container);
  });
});

describe('SYSTEM and live_agent from the wire', () => {
  it('run their renderers: a banner, the agent’s text', () => {
    const system = partsOf({ type: 'text', component: { type: 'template', payload: { type: 'template', payload: { template_type: 'SYSTEM', text: 'An agent joined' } } } });
    const { container, unmount } = renderParts(system);
    expect(container.querySelector('.xo-tpl-system')).toHaveTextContent('An agent joined');
    unmount();
    const agent = partsOf({ type: 'text', component: { type: 'template', payload: { type: 'template', payload: { template_type: 'live_agent', text: 'Please choose' } } } });
    renderParts(agent);
    expect(screen.getByText('Please choose').closest('.xo-tpl-agent')).not.toBeNull();
  });
});

describe('markdown', () => {
  it('```preformatted``` renders as code, without stray backticks', () => {
    const { container } = renderParts([{ type: 'text', text: '```preformatted```' }]);
    expect(container.textContent).toBe('preformatted');
    expect(container.querySelector('pre, code')).not.toBeNull();
  });
});
