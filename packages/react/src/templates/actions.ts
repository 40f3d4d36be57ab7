import { selectCanSend } from '@xo-chat/core';
import type { Message } from '@xo-chat/core';
import { useMemo, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useChatClient } from '../context';
import { isSafeUrl } from './safe-url';
import type { TemplateActions } from './types';

/** Templates whose buttons stay usable in history (a menu can be used again); all others answer once. */
const REUSABLE_TEMPLATES = new Set([
  'button',
  'carousel',
  'list',
  'listView',
  'table',
  'mini_table',
  // Kore's lists, cards and tables (templates/kore-lists) are menus too; its task picker answers once.
  'advancedListTemplate',
  'advancedMultiListTemplate',
  'cardTemplate',
  'articleTemplate',
  'listWidget',
  'checkListTemplate',
  'custom_table',
  'tableList',
]);

export function openSafeUrl(url: string): void {
  if (isSafeUrl(url) && typeof window !== 'undefined') window.open(url, '_blank', 'noopener,noreferrer');
}

/** The actions a template of `templateType` in `message` gets. */
export function useTemplateActions(message: Message, templateType: string): TemplateActions {
  const client = useChatClient();
  const cannotSend = !useStore(client.store, selectCanSend);
  const disabled = cannotSend || (message.fromHistory === true && !REUSABLE_TEMPLATES.has(templateType));
  return useMemo(
    () => ({
      sendPostback: (postback) => void client.sendPostback(postback),
      send: (body, options) => void client.send(body, options),
      openUrl: openSafeUrl,
      disabled,
    }),
    [client, disabled],
  );
}

// One-shot templates (forms, pickers, feedback) remember being answered for the whole page session, so a
// transcript that unmounts and remounts them (virtualized lists) does not offer them again.
const answered = new Set<string>();
const answeredListeners = new Set<() => void>();

function subscribeAnswered(listener: () => void): () => void {
  answeredListeners.add(listener);
  return () => answeredListeners.delete(listener);
}

/** `[answered, markAnswered]` for one template part of one message. */
export function useAnswered(message: Message, part: object): [boolean, () => void] {
  const key = `${message.id}#${message.parts.indexOf(part as Message['parts'][number])}`;
  const isAnswered = useSyncExternalStore(
    subscribeAnswered,
    () => answered.has(key),
    () => false,
  );
  const mark = useMemo(
    () => () => {
      answered.add(key);
      for (const listener of answeredListeners) listener();
    },
    [key],
  );
  return [isAnswered, mark];
}
