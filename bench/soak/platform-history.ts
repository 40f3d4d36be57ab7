// Reads a user's whole conversation from the platform through its public API: a JWT from the dev endpoint, a
// grant, then history pages of 100 from the newest back.
import type { HistoryItem, HistoryResponse, JwtGrantResponse } from '@xo-chat/core/protocol';

async function post<T>(url: string, body: unknown, what: string): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function platformHistory(apiHost: string, identity: string, botInfo: { chatBot: string; taskBotId: string }): Promise<HistoryItem[]> {
  const { jwt } = await post<{ jwt: string }>(`${apiHost}/users/sts`, { identity }, 'users/sts');
  const grant = await post<JwtGrantResponse>(`${apiHost}/api/1.1/oAuth/token/jwtgrant`, { assertion: jwt, botInfo }, 'jwtgrant');
  const token = grant.authorization.accessToken;
  const pages: HistoryItem[][] = [];
  for (let offset = 0; ; offset += 100) {
    const url = `${apiHost}/api/botmessages/rtm?botId=${encodeURIComponent(botInfo.taskBotId)}&limit=100&offset=${offset}`;
    const response = await fetch(url, { headers: { authorization: `bearer ${token}` } });
    if (!response.ok) throw new Error(`history answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as HistoryResponse;
    pages.push(page.messages);
    if (!page.moreAvailable || page.messages.length === 0) break;
  }
  // Offset 0 is the newest page, and each page lists its items oldest first.
  return pages.reverse().flat();
}

/** The id the client knows a history item by: its clientMessageId for the user's, the message id for the bot's. */
export function clientIdOf(item: HistoryItem): string {
  return item.type === 'incoming' && item.userMsgId ? item.userMsgId : item._id;
}
