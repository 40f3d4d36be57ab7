import { optionsToRaw } from './config';
import type { EmbedOptions } from './config';
import { createEmbed } from './mount';
import type { EmbedDeps } from './mount';

/** What `XOChat.mount` returns. */
export interface MountHandle {
  /** Applies new options (a new platform, bot, endpoint or identity makes a new client). */
  update(options: EmbedOptions): void;
  /** Stops the client, closes its socket and empties the element's shadow root. */
  unmount(): void;
}

const SOURCE = 'XOChat.mount';
const mounted = new WeakSet<Element>();

/**
 * For pages that configure from script: renders the chat into `element`'s shadow root. Wrong options render
 * the same readable error as wrong attributes (and log it); a wrong element throws, since nothing can show it.
 */
export function mount(element: Element, options: EmbedOptions, deps: EmbedDeps = {}): MountHandle {
  if (typeof HTMLElement === 'undefined' || !(element instanceof HTMLElement)) {
    throw new TypeError(`${SOURCE}(element, options): element must be an HTML element, e.g. document.getElementById('chat').`);
  }
  if (element.localName === 'xo-chat') {
    throw new TypeError(`${SOURCE}: <xo-chat> configures itself from its attributes; mount into a <div> instead.`);
  }
  if (mounted.has(element)) {
    throw new Error(`${SOURCE}: this element already has a chat. Call update(options) on its handle, or unmount() it first.`);
  }
  const embed = createEmbed(element, SOURCE, deps);
  mounted.add(element);
  embed.configure(optionsToRaw(options));
  let live = true;
  return {
    update(next) {
      if (live) embed.configure(optionsToRaw(next));
    },
    unmount() {
      if (!live) return;
      live = false;
      mounted.delete(element);
      embed.destroy();
    },
  };
}
