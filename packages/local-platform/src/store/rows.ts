export interface UserRow {
  userId: string;
  identity: string;
  createdOn: number;
}

export interface TokenRow {
  token: string;
  userId: string;
  clientId: string;
  botId: string;
  botName: string;
  /** The JWT the token was granted for (the `jwt|...` subprotocol must carry it). */
  assertion: string;
  issuedOn: number;
  expiresOn: number;
}

export type Direction = 'incoming' | 'outgoing';

export interface MessageRow {
  seq: number;
  messageId: string;
  userId: string;
  botId: string;
  sessionId: string;
  direction: Direction;
  clientMessageId: string | null;
  /** Plain text, or for templates and attachments the JSON string of `{type, payload}`. */
  text: string;
  renderMsg: string | null;
  intent: string | null;
  createdOn: number;
}

export type NewMessage = Omit<MessageRow, 'seq'>;

export interface StoreStats {
  users: number;
  messages: number;
  incoming: number;
  outgoing: number;
  tokens: number;
  sessions: number;
}
