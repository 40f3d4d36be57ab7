// What the platform stored, from its admin API (`GET /admin/messages`): every row with the clientMessageId it came
// with and the id history shows it by. History alone cannot say this when the platform runs without userMsgId.
export interface StoredRow {
  messageId: string;
  historyId: string;
  direction: 'incoming' | 'outgoing';
  clientMessageId: string | null;
  text: string;
  createdOn: number;
}

export interface PlatformTruth {
  /** The clientMessageId of every stored user message, once per stored copy. */
  storedClientIds: string[];
  /** History id -> the clientMessageId its user message was sent with. */
  clientIdByHistoryId: Map<string, string>;
}

export async function platformTruth(apiHost: string, identity: string): Promise<PlatformTruth> {
  const response = await fetch(`${apiHost}/admin/messages?identity=${encodeURIComponent(identity)}`);
  if (!response.ok) throw new Error(`admin/messages answered ${response.status}: ${await response.text()}`);
  const { messages } = (await response.json()) as { messages: StoredRow[] };
  const storedClientIds: string[] = [];
  const clientIdByHistoryId = new Map<string, string>();
  for (const row of messages) {
    if (row.direction !== 'incoming' || row.clientMessageId === null) continue;
    storedClientIds.push(row.clientMessageId);
    clientIdByHistoryId.set(row.historyId, row.clientMessageId);
  }
  return { storedClientIds, clientIdByHistoryId };
}
