/** The focused element, inside open shadow roots too (the embed renders the window in one). */
function activeElement(): Element | null {
  if (typeof document === 'undefined') return null;
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * After a quick reply or a template choice, the button that had focus goes away or is disabled with its answer:
 * focus moves to the same window's composer instead of falling to `<body>`.
 */
export function focusComposer(from: Element | null = activeElement()): void {
  const root = from?.closest('.xo-root');
  root?.querySelector<HTMLTextAreaElement>('.xo-composer__input:not([disabled])')?.focus();
}
