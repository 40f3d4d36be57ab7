import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { ChatClientContext } from '../context';
import { useChatI18n, ChatI18nProvider } from '../i18n/context';
import type { ChatStrings, LocaleBundle } from '../i18n/types';
import { Composer } from '../primitives/composer/Composer';
import { ConnectionBanner } from '../primitives/ConnectionBanner';
import { QuickReplies } from '../primitives/QuickReplies';
import { cx } from '../primitives/Slot';
import { Thread } from '../primitives/thread/Thread';
import { TypingIndicator } from '../primitives/TypingIndicator';
import { NotificationToggle } from '../notifications/NotificationToggle';
import { useNotifications } from '../notifications/useNotifications';
import type { NotificationOptions } from '../notifications/useNotifications';
import { useOwnedClient } from '../provider/ChatProvider';
import type { ChatClientSource } from '../provider/ChatProvider';
import { LazySpeechInput, LazySpeechOutput } from '../speech/lazy';
import type { SpeechOptions } from '../speech/types';
import { TemplatesProvider } from '../templates';
import type { TemplateRegistry } from '../templates';
import { ChatHeader } from './ChatHeader';
import { ChatLauncher } from './ChatLauncher';
import { useMarkReadWhileVisible } from './useMarkRead';
import { useOpenState } from './useOpenState';

export type ChatTheme = 'light' | 'dark' | 'auto';

export type ChatWindowProps = ChatClientSource & {
  /** `floating`: a launcher button and a panel in the corner; `inline`: fills its container. */
  mode?: 'floating' | 'inline';
  /** The bot's display name (defaults to `botInfo.chatBot`). */
  title?: string;
  avatarUrl?: string;
  theme?: ChatTheme;
  /** BCP 47 tag for strings, direction and Intl formats (default `en`). */
  locale?: string;
  /** Bundles for `locale` besides the built-in English, e.g. `[ar]` from `@xo-chat/react/locales/ar`. */
  locales?: readonly LocaleBundle[];
  /** Overrides for any string. */
  messages?: Partial<ChatStrings>;
  /** Template renderers to add or replace, by `template_type`. */
  templates?: TemplateRegistry;
  defaultOpen?: boolean;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Called when the close button is used (after the window closes). */
  onClose?: () => void;
  /** localStorage key for the floating window's open state; `null` disables persistence. */
  persistKey?: string | null;
  /** Attachment controls for the composer. */
  attachments?: ReactNode;
  /**
   * Voice input (a microphone in the composer, where the browser can recognize speech) and a read-aloud switch
   * in the header: `true` for the browser's own, or your recognizer and synthesizer. Loaded as a lazy chunk.
   */
  speech?: boolean | SpeechOptions;
  /** Opt-in alerts while the window is closed or the tab hidden: a sound, the unread count in the title, desktop notifications. */
  notifications?: NotificationOptions;
  className?: string;
};

const NO_TEMPLATES: TemplateRegistry = {};

/** A complete chat: header, connection banner, transcript, typing, quick replies and composer. */
export function ChatWindow(props: ChatWindowProps) {
  const client = useOwnedClient(props);
  return (
    <ChatClientContext.Provider value={client}>
      <ChatI18nProvider {...(props.locale === undefined ? {} : { locale: props.locale })} {...(props.locales === undefined ? {} : { locales: props.locales })} {...(props.messages === undefined ? {} : { messages: props.messages })}>
        <TemplatesProvider templates={props.templates ?? NO_TEMPLATES}>
          <ChatWindowFrame {...props} title={props.title ?? client.botInfo.chatBot} persistKey={props.persistKey === undefined ? `xo-chat:open:${client.botInfo.taskBotId}` : props.persistKey} />
        </TemplatesProvider>
      </ChatI18nProvider>
    </ChatClientContext.Provider>
  );
}

type FrameProps = ChatWindowProps & { title: string; persistKey: string | null };

function ChatWindowFrame({ mode = 'floating', title, avatarUrl, theme = 'auto', defaultOpen, open: openProp, onOpenChange, onClose, persistKey, attachments, speech, notifications, className }: FrameProps) {
  const speechOptions = speech === true ? {} : speech || null;
  const composerExtras = speechOptions ? (
    <>
      {attachments}
      <LazySpeechInput options={speechOptions} />
    </>
  ) : (
    attachments
  );
  const { locale, dir } = useChatI18n();
  const floating = mode === 'floating';
  const [openState, setOpenState] = useOpenState({ open: openProp, defaultOpen, onOpenChange, storageKey: floating ? persistKey : null });
  // Focus follows the person's own open and close, not a state restored from storage on page load.
  const moveFocus = useRef(false);
  const setOpen = (next: boolean) => {
    moveFocus.current = true;
    setOpenState(next);
  };
  const open = !floating || openState;
  const panelId = useId();
  const titleId = useId();
  const panelRef = useRef<HTMLElement | null>(null);
  const launcherRef = useRef<HTMLButtonElement | null>(null);
  useMarkReadWhileVisible(open);
  // The composer unmounts with the closed window: the draft lives here, so closing or minimising keeps it.
  const [draft, setDraft] = useState('');
  useNotifications(open, notifications, { onActivate: () => setOpen(true), name: title });

  const previous = useRef(open);
  useEffect(() => {
    if (!floating || previous.current === open) return;
    previous.current = open;
    const controlled = openProp !== undefined;
    if (!moveFocus.current && !controlled) return;
    moveFocus.current = false;
    const panel = panelRef.current;
    if (open) (panel?.querySelector<HTMLElement>('textarea:not([disabled])') ?? panel?.querySelector<HTMLElement>('button'))?.focus();
    else launcherRef.current?.focus();
  }, [open, floating, openProp]);

  // This frame re-renders twice for each bot message (unread counted, then marked read) and on every keystroke
  // (the draft): the same element lets React skip the transcript then.
  const thread = useMemo(() => <Thread avatarUrl={avatarUrl} botName={title} />, [avatarUrl, title]);

  const close = () => setOpen(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (floating && event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className={cx('xo-root', 'xo-window-root', className)} data-theme={theme} data-mode={mode} data-state={open ? 'open' : 'closed'} dir={dir} lang={locale}>
      {open ? (
        <section
          ref={panelRef}
          id={panelId}
          className="xo-window"
          role={floating ? 'dialog' : 'region'}
          aria-labelledby={titleId}
          onKeyDown={onKeyDown}
        >
          <ChatHeader
            title={title}
            avatarUrl={avatarUrl}
            titleId={titleId}
            actions={
              <>
                {notifications?.desktop ? <NotificationToggle /> : null}
                {speechOptions ? <LazySpeechOutput options={speechOptions} /> : null}
              </>
            }
            onMinimize={floating ? close : undefined}
            onClose={
              floating
                ? () => {
                    close();
                    onClose?.();
                  }
                : undefined
            }
          />
          <ConnectionBanner />
          {thread}
          <TypingIndicator name={title} />
          <QuickReplies />
          <Composer value={draft} onValueChange={setDraft} {...(composerExtras ? { attachments: composerExtras } : {})} />
        </section>
      ) : null}
      {floating ? <ChatLauncher ref={launcherRef} open={open} onOpenChange={setOpen} {...(open ? { controls: panelId } : {})} /> : null}
    </div>
  );
}
