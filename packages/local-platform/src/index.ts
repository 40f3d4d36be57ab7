export { startLocalPlatform } from './server.js';
export type { LocalPlatform } from './server.js';
export { signJwt, decodeJwt } from './jwt.js';
export type { SignJwtOptions, JwtAlgorithm } from './jwt.js';
export {
  DEFAULT_PORT,
  DEMO_AUDIENCE,
  DEMO_BOT,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_IDENTITY,
  MAX_FRAME_BYTES,
} from './constants.js';
export type { LocalPlatformOptions, ResolvedOptions, ClientRecord, BotRecord } from './options.js';
export { ADMIN_PATHS } from './http/admin.js';
export { DEMO_BOT_SCRIPT, loadBotScript } from './bot/load-script.js';
export { validateBotScript, BotScriptError } from './bot/validate-script.js';
export { planAnswers, normalizeUtterance } from './bot/engine.js';
export type { PlannedAnswer, PlannedFrame, BotTurn } from './bot/engine.js';
export type {
  BotScript,
  BotIntent,
  BotReply,
  TextReply,
  TemplateReply,
  AttachmentReply,
  StreamReply,
  AttachmentType,
  Json,
  JsonObject,
} from './bot/script-types.js';
export { ThemeError, ThemeRegistry, loadTheme, validateTheme } from './branding/theme.js';
export type {
  ActiveThemeAnswer,
  ThemeBody,
  ThemeButtons,
  ThemeDigitalViews,
  ThemeDocument,
  ThemeFooter,
  ThemeGeneralAttributes,
  ThemeHeader,
  ThemeMessageColors,
  ThemeValue,
} from './branding/theme.js';
export type { ReceiptRow, ReceiptStatus } from './store/receipts.js';
export { Faults } from './faults.js';
export type { FaultSettings, FaultCounters } from './faults.js';
export { Store, userIdFor } from './store/store.js';
export type { MessageRow, TokenRow, UserRow, StoreStats } from './store/rows.js';
export type { TrafficCounters } from './context.js';
export type {
  AckFrame,
  BotResponseFrame,
  ErrorFrame,
  HistoryItem,
  HistoryPage,
  ServerFrame,
  UserMessageFrame,
  WireBotInfo,
  WirePart,
} from './protocol.js';
export { AgentDesk, DEFAULT_AGENT } from './agent/desk.js';
export type { DeskConversation, DeskMessage, UserEvent } from './agent/desk.js';
export type { AgentProfile, HandoffRow, HandoffStatus } from './agent/agent-store.js';
export { AGENT_PATHS } from './agent/routes.js';
