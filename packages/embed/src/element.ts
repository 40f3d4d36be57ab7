import { ATTRIBUTES, readAttributes } from './config';
import { createEmbed } from './mount';
import type { Embed, EmbedDeps } from './mount';

/** Test seam: how elements make their embed (a fake client in unit tests). */
export const elementDeps: EmbedDeps = {};

/**
 * `<xo-chat api-host bot-name bot-id jwt-url [identity] [mode] [title] [locale] [theme]>`: a chat window in an
 * open shadow root. Attribute changes are applied together on the next microtask, so a script setting four
 * attributes in a row makes one client, not four.
 */
export class XOChatElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = ATTRIBUTES;
  #embed: Embed | null = null;
  #scheduled = false;

  connectedCallback(): void {
    this.#schedule();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#schedule();
  }

  disconnectedCallback(): void {
    // Removing the element ends the conversation's connection at once: the client stops and its socket closes.
    this.#embed?.destroy();
    this.#embed = null;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (!this.isConnected) return;
      this.#embed ??= createEmbed(this, '<xo-chat>', elementDeps);
      this.#embed.configure(readAttributes(this));
    });
  }
}
