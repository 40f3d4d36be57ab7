// The script a site adds with one tag: it defines <xo-chat> and window.XOChat, and does nothing else.
import { mount } from './api';
import { XOChatElement } from './element';
import type { MountHandle } from './api';
import type { EmbedOptions } from './config';

export { mount } from './api';
export type { MountHandle } from './api';
export type { EmbedOptions, EmbedMode, EmbedTheme } from './config';
export { XOChatElement } from './element';

/** `window.XOChat`. */
export interface XOChatGlobal {
  mount(element: Element, options: EmbedOptions): MountHandle;
  version: string;
}

declare global {
  interface Window {
    XOChat?: XOChatGlobal;
  }
  interface HTMLElementTagNameMap {
    'xo-chat': XOChatElement;
  }
}

if (typeof window !== 'undefined' && typeof customElements !== 'undefined') {
  // A page that loads the script twice keeps the first definition (defining a name twice throws).
  if (!customElements.get('xo-chat')) customElements.define('xo-chat', XOChatElement);
  window.XOChat ??= { mount: (element, options) => mount(element, options), version: '0.1.0' };
}
