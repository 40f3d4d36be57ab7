// @xo-chat/react: provider, hooks, primitives, templates and a ready ChatWindow.
export { ChatClientContext, useChatClient } from './context';
export { ChatProvider, useOwnedClient } from './provider/ChatProvider';
export type { ChatProviderProps, ChatClientSource } from './provider/ChatProvider';

// Hooks
export { useChat } from './hooks/useChat';
export type { ChatActions } from './hooks/useChat';
export { useChatSelector } from './hooks/useChatSelector';
export { useMessages, useMessage, useConnection, useHistory, useUnread, useTyping, useLiveAgent } from './hooks/state-hooks';
export type { ConnectionInfo, HistoryInfo, UnreadInfo } from './hooks/state-hooks';
export { useComposer } from './hooks/useComposer';
export type { ComposerBlock, ComposerOptions, ComposerState } from './hooks/useComposer';

// Parts: `Thread.*`, `Message.*`, `Composer.*` (namespaces, as Radix's), `Header` and `Launcher`, each with
// `asChild`, a ref, `className` and its element's props; and the ready assemblies `ChatWindow` is made of.
export * as Thread from './primitives/thread/parts';
export * as Message from './primitives/message/parts';
export * as Composer from './primitives/composer/parts';
export type { ThreadRootProps } from './primitives/thread/ThreadRoot';
export type { ThreadViewportProps } from './primitives/thread/ThreadViewport';
export type { ThreadMessagesProps } from './primitives/thread/ThreadMessages';
export type { ThreadEmptyProps } from './primitives/thread/ThreadEmpty';
export type { ThreadLoadOlderProps } from './primitives/thread/ThreadLoadOlder';
export type { ThreadJumpToLatestProps } from './primitives/thread/JumpToLatest';
export type { DateSeparatorProps } from './primitives/thread/DateSeparator';
export type { ThreadRow } from './primitives/thread/rows';
export { useThread } from './primitives/thread/context';
export type { ThreadContextValue } from './primitives/thread/context';
export type { MessageRootProps } from './primitives/message/MessageRoot';
export type { MessageAvatarProps } from './primitives/message/MessageAvatar';
export type { MessageAuthorProps } from './primitives/message/MessageAuthor';
export type { MessageBubbleProps } from './primitives/message/MessageBubble';
export type { MessageContentProps } from './primitives/message/MessageContent';
export type { MessageTimeProps } from './primitives/message/MessageTime';
export type { MessageStatusProps } from './primitives/message/MessageStatus';
export type { SessionEventLineProps } from './primitives/message/SessionEventLine';
export { useMessageContext } from './primitives/message/context';
export type { MessageContextValue } from './primitives/message/context';
export type { ComposerRootProps } from './primitives/composer/ComposerRoot';
export type { ComposerInputProps } from './primitives/composer/ComposerInput';
export type { ComposerSendProps } from './primitives/composer/ComposerSend';
export type { ComposerAttachmentsProps } from './primitives/composer/ComposerAttachments';
export type { ComposerAttachProps } from './uploads';
export { useComposerContext } from './primitives/composer/context';
export type { ComposerContextValue } from './primitives/composer/context';
export { Header } from './window/Header';
export type { HeaderProps } from './window/Header';
export { Launcher } from './window/Launcher';
export type { LauncherProps } from './window/Launcher';
export { Slot } from './primitives/Slot';
export type { SlotProps } from './primitives/Slot';
export { ChatThread } from './primitives/thread/ChatThread';
export type { ChatThreadProps } from './primitives/thread/ChatThread';
export { ChatMessage } from './primitives/message/ChatMessage';
export type { ChatMessageProps } from './primitives/message/ChatMessage';
export { ChatComposer } from './primitives/composer/ChatComposer';
export type { ChatComposerProps } from './primitives/composer/ChatComposer';
export { UploadChips, uploadStringsEn, useUploadStrings } from './uploads';
export type { UploadChipsProps } from './uploads';
export type { UploadStrings } from './i18n/types';
export { TypingIndicator } from './primitives/TypingIndicator';
export type { TypingIndicatorProps } from './primitives/TypingIndicator';
export { ConnectionBanner } from './primitives/ConnectionBanner';
export type { ConnectionBannerProps } from './primitives/ConnectionBanner';
export { QuickReplies } from './primitives/QuickReplies';
export type { QuickRepliesProps } from './primitives/QuickReplies';
export { NotificationToggle, requestNotificationPermission } from './notifications/NotificationToggle';
export { useNotifications } from './notifications/useNotifications';
export type { NotificationOptions } from './notifications/useNotifications';

// Window
export { ChatWindow } from './window/ChatWindow';
export type { ChatWindowProps, ChatTheme } from './window/ChatWindow';
export { useChatWindow } from './window/context';
export type { ChatWindowContextValue } from './window/context';
export { useChatComponents } from './components';
export type { ChatComponents, EmptyStateProps } from './components';
export { useOpenState } from './window/useOpenState';
export type { OpenStateOptions } from './window/useOpenState';
export { useMarkReadWhileVisible } from './window/useMarkRead';
// Types only: the speech parts themselves are in `@xo-chat/react/speech` and ChatWindow's lazy chunk.
export type { SpeechOptions, SpeechRecognizer, SpeechSynthesizer, SpeechSession, SpeechError } from './speech/types';

// Branding: the bot's look from the platform (`activetheme`), through react-query
export { useBranding, brandingQuery, brandingQueryKey, brandingPath, useChatQueryClient, BrandingWelcome } from './branding';
export type { Branding, BrandingOption, BrandingWelcomeText, BrandedWindow, BrandingInput, KoreBrandingDocument } from './branding';

// i18n
export { ChatI18nProvider, useChatI18n, locales, resolveLocale, format, formatTime, formatDay, formatDateTime } from './i18n';
export type { ChatI18nProviderProps, ChatStrings, LocaleBundle, TextDirection } from './i18n';
export type { TemplateRegistry, TemplateRenderer, TemplateRendererProps, TemplateActions } from './templates';
// Templates, markdown and their helpers are in `@xo-chat/react/templates`; the registry the window reads
// is `ChatWindow`'s `templates` prop.
