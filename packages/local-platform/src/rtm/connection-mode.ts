// Kore's socket URL parameters: `ConnectionMode` (wins over `isReconnect`) and `isReconnect=true`.

export const CONNECTION_MODES = ['Default', 'Start_New', 'Start_New_Resume_Agent', 'Reconnect'] as const;
export type ConnectionModeName = (typeof CONNECTION_MODES)[number];

export interface ConnectionMode {
  /** The mode in effect: `ConnectionMode` as given, else `Reconnect` for `isReconnect=true`, else `Default`. */
  mode: ConnectionModeName;
  /** The raw `ConnectionMode` parameter (null when absent). */
  connectionMode: string | null;
  isReconnect: boolean;
  /** `Start_New*`: end the open session and start a new one. */
  startNew: boolean;
  /** `Reconnect` never greets; `Default` greets only a session that has no greeting yet; `Start_New*` greets. */
  mayGreet: boolean;
}

export type ConnectionModeCheck = { ok: true; value: ConnectionMode } | { ok: false; msg: string };

const isMode = (v: string): v is ConnectionModeName => (CONNECTION_MODES as readonly string[]).includes(v);

export function readConnectionMode(params: URLSearchParams): ConnectionModeCheck {
  const connectionMode = params.get('ConnectionMode');
  const isReconnect = params.get('isReconnect') === 'true';
  if (connectionMode !== null && !isMode(connectionMode)) {
    return {
      ok: false,
      msg: `Unknown ConnectionMode ${JSON.stringify(connectionMode.slice(0, 40))}: use one of ${CONNECTION_MODES.join(', ')} (or leave it out).`,
    };
  }
  const mode: ConnectionModeName = connectionMode ?? (isReconnect ? 'Reconnect' : 'Default');
  const startNew = mode === 'Start_New' || mode === 'Start_New_Resume_Agent';
  return { ok: true, value: { mode, connectionMode, isReconnect, startNew, mayGreet: mode !== 'Reconnect' } };
}

/** The socket URL's parameters other than `sid`, as given (recorded for the admin API). */
export function extraParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (k !== 'sid') out[k] = v;
  return out;
}
