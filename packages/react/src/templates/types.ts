import type { Message, Postback, SendOptions, TemplatePart } from '@xo-chat/core';
import type { ComponentType, ExoticComponent } from 'react';

/** What a template may do. Built per message by `useTemplateActions`. */
export interface TemplateActions {
  /** Send a button's payload as the body, its title as the user's bubble. */
  sendPostback(postback: Postback): void;
  /** Send a typed answer (form values, a date). */
  send(text: string, options?: SendOptions): void;
  /** Open an allow-listed URL in a new tab (ignored for anything `isSafeUrl` refuses). */
  openUrl(url: string): void;
  /**
   * True while nothing can be sent (the connection failed or was closed) and, for one-shot templates
   * (quick replies, forms, pickers, feedback), when the message was replayed from history.
   */
  disabled: boolean;
}

export interface TemplateRendererProps {
  part: TemplatePart;
  message: Message;
  actions: TemplateActions;
}

/**
 * A renderer: a function component, a class, or what `memo`, `forwardRef` and `lazy` return (see `lazyTemplate`
 * for code that only some conversations need).
 */
export type TemplateRenderer = ComponentType<TemplateRendererProps> | ExoticComponent<TemplateRendererProps>;

/** Renderers by `template_type`. */
export type TemplateRegistry = Readonly<Record<string, TemplateRenderer>>;
