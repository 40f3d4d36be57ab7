// The bot's branding as one react-query query: `GET /api/websdkthemes/{botId}/activetheme` with the client's
// access token, as Kore's web, Android and iOS SDKs ask for it.
import type { ChatClient } from '@xo-chat/core';

/** The platform path of a bot's branding. */
export const brandingPath = (botId: string) => `/api/websdkthemes/${encodeURIComponent(botId)}/activetheme`;

/** One cache entry per bot: two windows of the same bot share one request. */
export const brandingQueryKey = (botId: string) => ['xo-chat', 'branding', botId] as const;

const retryable = (error: unknown) => (error as { retryable?: unknown } | null)?.retryable === true;

/** The query's options. The branding rarely changes, so it is read once per page (and again after 10 minutes). */
export function brandingQuery(client: ChatClient) {
  return {
    queryKey: brandingQueryKey(client.botInfo.taskBotId),
    queryFn: () => client.getJson(brandingPath(client.botInfo.taskBotId)),
    staleTime: 10 * 60_000,
    // Once more for what may pass (unreachable, 5xx); never for a refusal (404, 401) a retry cannot change.
    retry: (failures: number, error: unknown) => failures < 1 && retryable(error),
    retryDelay: 1_000,
    refetchOnWindowFocus: false,
  };
}
