import type { TemplateStrings } from './template-strings-en';

/**
 * Every string the kit shows, the templates' included. `{name}`-style placeholders are filled by `format()`.
 * An app overrides any of them with the `messages` prop of `ChatWindow` or `ChatI18nProvider`.
 */
/** The upload parts' strings (`Composer.Attach`, `UploadChips`): English in uploads/strings.ts, translated in each bundle. */
export interface UploadStrings {
  attachFile: string;
  /** The list of files being sent, above the composer. */
  uploadsLabel: string;
  /** The progress bar's name; `{name}` is the file's. */
  uploadProgress: string;
  /** `{percent}` done. */
  uploadPercent: string;
  uploadFailed: string;
  /** Refusals by the `uploads` limits; the core's English sentence with the limit follows. */
  uploadRefusedType: string;
  uploadRefusedSize: string;
  uploadRefusedEmpty: string;
  /** The page closed mid-upload (`upload.lost`). */
  uploadLost: string;
  cancelUpload: string;
  removeUpload: string;
  retryUpload: string;
  /** Shown while files are dragged over the window. */
  dropFiles: string;
}

export interface ChatStrings extends TemplateStrings, Partial<UploadStrings> {
  transcriptLabel: string;
  /** Announced in the hidden live region before a new bot message's text. */
  botSaid: string;
  you: string;
  composerLabel: string;
  composerPlaceholder: string;
  send: string;
  jumpToLatest: string;
  /** `{count}` new messages below the viewport. */
  newMessages: string;
  loadOlder: string;
  loadingOlder: string;
  historyError: string;
  beginningOfConversation: string;
  today: string;
  yesterday: string;
  statusSending: string;
  statusSent: string;
  statusFailed: string;
  retry: string;
  /** A message written but neither acknowledged nor found in history in time. */
  statusUnconfirmed: string;
  /** Its Retry: looks for it in history first, and sends it again only if it is not there. */
  retryUnconfirmed: string;
  /** The platform says the bot cannot be reached (`botKitUnreachable`). */
  botUnreachable: string;
  /** The platform sent an error frame (its own text goes to onDiagnostic, not to people). */
  platformError: string;
  typing: string;
  connecting: string;
  connected: string;
  offline: string;
  /** The header's short status while offline (the banner says the rest). */
  headerOffline: string;
  /** `{seconds}` until the next attempt. */
  reconnectingIn: string;
  reconnecting: string;
  retryNow: string;
  /** The connection failed for good (the reason goes to onDiagnostic, not to people). */
  connectionFailed: string;
  /** The button of a connection that failed. */
  tryAgain: string;
  closedConnection: string;
  quickReplies: string;
  openChat: string;
  closeChat: string;
  minimizeChat: string;
  /** `{count}` unread messages, on the launcher. */
  unread: string;
  cannotSendFailed: string;
  cannotSendClosed: string;
  /** A live agent's desk has the user's message. */
  statusDelivered: string;
  /** A live agent has read the user's message. */
  statusRead: string;
  /** Timeline lines; `{name}` is the agent's. */
  agentJoined: string;
  agentLeft: string;
  agentTransferred: string;
  /** Stands in for an agent the platform did not name. */
  agentFallbackName: string;
  /** Under the header's title while a person is in the conversation. */
  chattingWith: string;
  /** The header button that asks for desktop notifications. */
  enableNotifications: string;
}

export type TextDirection = 'ltr' | 'rtl';

export interface LocaleBundle {
  /** BCP 47 tag used for `Intl` formatting. */
  locale: string;
  dir: TextDirection;
  strings: ChatStrings;
}
