// JSON over fetch with the platform's error shape turned into readable, classified errors.
import type { FetchLike } from '../types';
import { isRecord, str, tryJson } from '../util/json';

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    message: string,
    /** HTTP status, or 0 when no response came. */
    readonly status: number,
    /** Worth trying again later (network, 5xx, 408, 429); otherwise a person must fix something. */
    readonly retryable: boolean,
    readonly code?: string,
  ) {
    super(message);
  }
  /** The token was refused: a 401, or Kore's `TOKEN_EXPIRED` / "token expired" body under any status. */
  get tokenExpired(): boolean {
    return this.status === 401 || this.code === 'TOKEN_EXPIRED' || /token expired/i.test(this.message);
  }
}

function expiredBody(body: unknown): boolean {
  const { msg, code } = platformMessage(body);
  return code === 'TOKEN_EXPIRED' || (msg !== undefined && /token expired/i.test(msg));
}

function platformMessage(body: unknown): { msg: string | undefined; code?: string | undefined } {
  if (!isRecord(body)) return { msg: undefined };
  const first: unknown = Array.isArray(body.errors) ? body.errors[0] : undefined;
  if (isRecord(first)) {
    const code = first.code;
    return {
      msg: str(first.msg) ?? str(first.message),
      code: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined,
    };
  }
  return { msg: str(body.message) ?? str(body.error) };
}

/** `what` names the request in error messages ("jwtgrant", "rtm/start", "history"). Never put tokens in it. */
export async function requestJson(fetchFn: FetchLike, url: string, init: RequestInit, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlatformError(`${what}: the platform could not be reached (${reason})`, 0, true);
  }
  let text = '';
  try {
    text = await response.text();
  } catch {
    // A body that breaks mid-read is treated like an empty one.
  }
  const body = text ? tryJson(text) : undefined;
  if (!response.ok || expiredBody(body)) {
    const { msg, code } = platformMessage(body);
    const status = response.status;
    const retryable = status >= 500 || status === 408 || status === 429 || expiredBody(body);
    const detail = msg ? `${msg} (HTTP ${status})` : `HTTP ${status}`;
    throw new PlatformError(`${what} failed: ${detail}`, status, retryable, code);
  }
  if (body === undefined) throw new PlatformError(`${what}: the platform's answer is not JSON`, response.status, true);
  return body;
}
