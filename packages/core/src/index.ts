// @xo-chat/core: the headless client for Kore.ai XO Platform web chat.
export type * from './types';
export type * from './markdown/types';
export type { InboundFrame } from './protocol/frames';
export type { HistoryMapResult, HistoryPage } from './protocol/history';

export { createChatClient } from './client/create-client';
export { initialChatState } from './store/store';
export {
  selectCanSend,
  selectConnection,
  selectConnectionStatus,
  selectDroppedFrames,
  selectHistory,
  selectLastQuickReplies,
  selectMessageById,
  selectMessages,
  selectPendingCount,
  selectTyping,
  selectUnread,
  selectUser,
} from './store/selectors';
export { parseMarkdown } from './markdown/parse';
export { isSafeUrl, isHttpUrl } from './url';
export { parseServerFrame } from './protocol/frames';
export { mapHistoryItem, parseHistoryPage } from './protocol/history';
export { backoffDelay } from './connection/backoff';
export { PlatformError } from './auth/http';
