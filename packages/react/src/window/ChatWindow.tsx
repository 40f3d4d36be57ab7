import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { useBranding } from '../branding/useBranding';
import type { BrandedWindow } from '../branding/useBranding';
import type { BrandingOption } from '../branding/types';
import { ChatClientContext } from '../context';
import { useChatI18n, ChatI18nProvider } from '../i18n/context';
import type { ChatStrings, LocaleBundle } from '../i18n/types';
import { ChatComponentsContext } from '../components';
import type { ChatComponents } from '../components';
import { ChatComposer } from '../primitives/composer/ChatComposer';
import { ConnectionBanner } from '../primitives/ConnectionBanner';
import { QuickReplies } from '../primitives/QuickReplies';
import { cx } from '../primitives/cx';
import { ThreadRoot } from '../primitives/thread/ThreadRoot';
import { ThreadViewport } from '../primitives/thread/ThreadViewport';
import { ThreadMessages } from '../primitives/thread/ThreadMessages';
import { ThreadEmpty } from '../primitives/thread/ThreadEmpty';
import { ThreadLoadOlder } from '../primitives/thread/ThreadLoadOlder';
import { ThreadJumpToLatest } from '../primitives/thread/JumpToLatest';
import { LiveAnnouncer } from '../primitives/thread/LiveAnnouncer';
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
import { ChatWindowContext } from './context';
import { Header } from './Header';
import { Launcher } from './Launcher';
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
  /** Replacements for the window's pieces: `Header`, `Launcher`, `Message`, `Avatar`, `Composer`, `EmptyState`. */
  components?: Partial<ChatComponents>;
  /** A welcome shown while the conversation is empty. */
  welcome?: string;
  /** The composer's draft, controlled (kept by the window across closing otherwise). */
  draft?: string;
  onDraftChange?: (draft: string) => void;
  className?: string;
  /** Inline style on the window's root; `--xo-*` variables here win over the bot's branding. */
  style?: CSSProperties;
  /** The bot's branding from the platform (`true`, the default), none (`false`), or a branding document to apply. */
  branding?: BrandingOption;
};

const NO_TEMPLATES: TemplateRegistry = {};
const NO_COMPONENTS: Partial<ChatComponents> = {};

/**
 * A complete chat: header, connection banner, transcript, typing, quick replies and composer, assembled from the
 * public parts (`Header`, `Launcher`, `Thread.*`, `ChatMessage`, `ChatComposer`); `components` replaces any of them.
 */
export function ChatWindow(props: ChatWindowProps) {
  const client = useOwnedClient(props);
  const { welcome: brandWelcome, ...branded } = useBranding(client, props);
  return (
    <ChatClientContext.Provider value={client}>
      <ChatI18nProvider locale={props.locale} locales={props.locales} messages={props.messages}>
        <TemplatesProvider templates={props.templates ?? NO_TEMPLATES}>
          <ChatComponentsContext.Provider value={props.components ?? NO_COMPONENTS}>
            <ChatWindowFrame {...props} {...branded} brandWelcome={brandWelcome} persistKey={props.persistKey === undefined ? `xo-chat:open:${client.botInfo.taskBotId}` : props.persistKey} />
          </ChatComponentsContext.Provider>
        </TemplatesProvider>
      </ChatI18nProvider>
    </ChatClientContext.Provider>
  );
}

type FrameProps = ChatWindowProps & Omit<BrandedWindow, 'welcome'> & { brandWelcome: ReactNode; persistKey: string | null };

function ChatWindowFrame(props: FrameProps) {
  const { mode = 'floating', title, avatarUrl, theme = 'auto', defaultOpen, open: openProp, onOpenChange, onClose, persistKey, attachments, speech, notifications, welcome, className, style, subtitle, brandWelcome } = props;
  const components = props.components ?? NO_COMPONENTS;
  const { Header: HeaderPart = Header, Launcher: LauncherPart = Launcher, Composer: ComposerPart = ChatComposer, EmptyState } = components;
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
  const setOpen = useCallback(
    (next: boolean) => {
      moveFocus.current = true;
      setOpenState(next);
    },
    [setOpenState],
  );
  const open = !floating || openState;
  const panelId = useId();
  const titleId = useId();
  const panelRef = useRef<HTMLElement | null>(null);
  const launcherRef = useRef<HTMLButtonElement | null>(null);
  useMarkReadWhileVisible(open);
  // The composer unmounts with the closed window: the draft lives here, so closing or minimising keeps it.
  const [innerDraft, setInnerDraft] = useState('');
  const draft = props.draft ?? innerDraft;
  const setDraft = (next: string) => {
    if (props.draft === undefined) setInnerDraft(next);
    props.onDraftChange?.(next);
  };
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

  const close = useCallback(() => setOpen(false), [setOpen]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (floating && event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  };
  const windowContext = useMemo(
    () => ({
      open,
      setOpen,
      mode,
      panelId,
      titleId,
      title,
      subtitle,
      avatarUrl,
      minimize: floating ? close : undefined,
      close: floating
        ? () => {
            close();
            onClose?.();
          }
        : undefined,
    }),
    [open, setOpen, close, mode, panelId, titleId, title, subtitle, avatarUrl, floating, onClose],
  );
  // This frame re-renders twice for each bot message (unread counted, then marked read) and on every keystroke
  // (the draft): the same element lets React skip the transcript then.
  const thread = useMemo(
    () => (
      <ThreadRoot avatarUrl={avatarUrl} botName={title}>
        <ThreadLoadOlder />
        <ThreadViewport>
          <ThreadEmpty dir="auto">{EmptyState ? <EmptyState title={title} welcome={welcome} /> : welcome}</ThreadEmpty>
          <ThreadMessages />
        </ThreadViewport>
        <ThreadJumpToLatest />
        <LiveAnnouncer botName={title} />
      </ThreadRoot>
    ),
    [avatarUrl, title, welcome, EmptyState],
  );

  return (
    <ChatWindowContext.Provider value={windowContext}>
      <div className={cx('xo-root', 'xo-window-root', className)} data-theme={theme} data-mode={mode} data-state={open ? 'open' : 'closed'} dir={dir} lang={locale} style={style}>
        {open ? (
          <section ref={panelRef} id={panelId} className="xo-window" role={floating ? 'dialog' : 'region'} aria-labelledby={titleId} onKeyDown={onKeyDown}>
            <HeaderPart
              actions={
                <>
                  {notifications?.desktop ? <NotificationToggle /> : null}
                  {speechOptions ? <LazySpeechOutput options={speechOptions} /> : null}
                </>
              }
            />
            <ConnectionBanner />
            {/* The bot's welcome from its branding, until the person's first message; the app's own welcome wins. */}
            {welcome === undefined ? brandWelcome : null}
            {thread}
            <TypingIndicator name={title} />
            <QuickReplies />
            <ComposerPart value={draft} onValueChange={setDraft} {...(composerExtras ? { attachments: composerExtras } : {})} />
          </section>
        ) : null}
        {floating ? <LauncherPart ref={launcherRef} /> : null}
      </div>
    </ChatWindowContext.Provider>
  );
}
