import { selectCanSend } from '@xo-chat/core';
import type { Message } from '@xo-chat/core';
import { useMemo, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useChatClient } from '../context';
import { focusComposer } from '../primitives/focus-composer';
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
      sendPostback: (postback) => {
        client.sendPostback(postback);
        focusComposer();
      },
      send: (body, options) => {
        client.send(body, options);
        focusComposer();
      },
      openUrl: openSafeUrl,
      disabled,
    }),
    [client, disabled],
  );
}

// One-shot templates (forms, pickers, feedback) remember being answered for as long as their client lives, so a
// transcript that unmounts and remounts them (virtualized lists) does not offer them again. Kept per client: two
// windows on one page (two bots, two users) never share what was answered.
interface AnsweredSet {
  keys: Set<string>;
  listeners: Set<() => void>;
  subscribe(listener: () => void): () => void;
}
const answeredByClient = new WeakMap<object, AnsweredSet>();

function answeredOf(client: object): AnsweredSet {
  let set = answeredByClient.get(client);
  if (!set) {
    const listeners = new Set<() => void>();
    set = {
      keys: new Set(),
      listeners,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    answeredByClient.set(client, set);
  }
  return set;
}

/** `[answered, markAnswered]` for one template part of one message. */
export function useAnswered(message: Message, part: object): [boolean, () => void] {
  const answered = answeredOf(useChatClient());
  const key = `${message.id}#${message.parts.indexOf(part as Message['parts'][number])}`;
  const isAnswered = useSyncExternalStore(
    answered.subscribe,
    () => answered.keys.has(key),
    () => false,
  );
  const mark = useMemo(
    () => () => {
      answered.keys.add(key);
      for (const listener of answered.listeners) listener();
    },
    [answered, key],
  );
  return [isAnswered, mark];
}
