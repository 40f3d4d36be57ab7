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

// Primitives
export { Slot } from './primitives/Slot';
export type { SlotProps } from './primitives/Slot';
export { Thread } from './primitives/thread/Thread';
export type { ThreadProps } from './primitives/thread/Thread';
export type { ThreadRow } from './primitives/thread/rows';
export { DateSeparator } from './primitives/thread/DateSeparator';
export type { DateSeparatorProps } from './primitives/thread/DateSeparator';
export { JumpToLatest } from './primitives/thread/JumpToLatest';
export type { JumpToLatestProps } from './primitives/thread/JumpToLatest';
export { HistoryStatus } from './primitives/thread/HistoryStatus';
export type { HistoryStatusProps } from './primitives/thread/HistoryStatus';
export { LiveAnnouncer } from './primitives/thread/LiveAnnouncer';
export { Message } from './primitives/message/Message';
export type { MessageProps } from './primitives/message/Message';
export { MessageAvatar } from './primitives/message/MessageAvatar';
export type { MessageAvatarProps } from './primitives/message/MessageAvatar';
export { MessageTime } from './primitives/message/MessageTime';
export type { MessageTimeProps } from './primitives/message/MessageTime';
export { MessageStatus } from './primitives/message/MessageStatus';
export { SessionEventLine, sessionEventText } from './primitives/message/SessionEventLine';
export { useNotifications } from './notifications/useNotifications';
export type { NotificationOptions } from './notifications/useNotifications';
export { NotificationToggle, requestNotificationPermission } from './notifications/NotificationToggle';
export type { SessionEventLineProps } from './primitives/message/SessionEventLine';
export type { MessageStatusProps } from './primitives/message/MessageStatus';
export { MessageContent } from './primitives/message/MessageContent';
export { Composer, ComposerAttachments } from './primitives/composer/Composer';
export type { ComposerProps, ComposerAttachmentsProps } from './primitives/composer/Composer';
export { ComposerRoot } from './primitives/composer/ComposerRoot';
export type { ComposerRootProps } from './primitives/composer/ComposerRoot';
export { ComposerInput } from './primitives/composer/ComposerInput';
export type { ComposerInputProps } from './primitives/composer/ComposerInput';
export { ComposerSend } from './primitives/composer/ComposerSend';
export type { ComposerSendProps } from './primitives/composer/ComposerSend';
export { ComposerAttach, UploadChips, uploadStringsEn, useUploadStrings } from './uploads';
export type { ComposerAttachProps, UploadChipsProps } from './uploads';
export type { UploadStrings } from './i18n/types';
export { TypingIndicator } from './primitives/TypingIndicator';
export type { TypingIndicatorProps } from './primitives/TypingIndicator';
export { ConnectionBanner } from './primitives/ConnectionBanner';
export type { ConnectionBannerProps } from './primitives/ConnectionBanner';
export { QuickReplies } from './primitives/QuickReplies';
export type { QuickRepliesProps } from './primitives/QuickReplies';

// Window
export { ChatWindow } from './window/ChatWindow';
export type { ChatWindowProps, ChatTheme } from './window/ChatWindow';
// Types only: the speech parts themselves are in `@xo-chat/react/speech` and ChatWindow's lazy chunk.
export type { SpeechOptions, SpeechRecognizer, SpeechSynthesizer, SpeechSession, SpeechError } from './speech/types';
export { ChatLauncher } from './window/ChatLauncher';
export type { ChatLauncherProps } from './window/ChatLauncher';
export { ChatHeader } from './window/ChatHeader';
export type { ChatHeaderProps } from './window/ChatHeader';

// Branding: the bot's look from the platform (`activetheme`), through react-query
export { useBranding, brandingQuery, brandingQueryKey, brandingPath, useChatQueryClient, BrandingWelcome } from './branding';
export type { Branding, BrandingOption, BrandingWelcomeText, BrandedWindow, BrandingInput, KoreBrandingDocument } from './branding';

// i18n
export { ChatI18nProvider, useChatI18n, locales, resolveLocale, format, formatTime, formatDay, formatDateTime } from './i18n';
export type { ChatI18nProviderProps, ChatStrings, LocaleBundle, TextDirection } from './i18n';
export { templateStringsEn, useTemplateStrings } from './templates';
export type { TemplateStrings } from './templates';

// Templates and markdown: the registry and its parts. The renderers themselves are in `@xo-chat/react/templates`,
// so that the ones loaded lazily stay out of an app's first bundle.
export {
  defaultTemplates,
  TemplatesProvider,
  useTemplates,
  MessageParts,
  Attachment,
  TemplateFallback,
  QuickReplyChips,
  findQuickReplies,
  readQuickReplies,
  useTemplateActions,
  Markdown,
  lazyTemplate,
  preloadTemplates,
} from './templates';
export type {
  TemplateRegistry,
  TemplateRenderer,
  TemplateRendererProps,
  TemplateActions,
  QuickReply,
  Choice,
  MarkdownProps,
} from './templates';
