import { parseArgs } from 'node:util';
import { DEFAULT_PORT } from './constants.js';
import type { BotRecord, ClientRecord, LocalPlatformOptions } from './options.js';

export const USAGE = `Usage: xo-local-platform [options]

An XO-compatible chat platform on this machine: HTTP + WebSocket + SQLite and a scripted demo bot.

Options:
  --port <n>           port to listen on; 0 picks a free one (default ${DEFAULT_PORT})
  --host <addr>        address to bind (default 127.0.0.1)
  --data <dir>         keep data in <dir>/xo-local-platform.sqlite (default: in memory, lost on exit)
  --faults             enable the fault-injection API under /admin/...
  --rtm-url-ttl <ms>   how long an rtm/start socket URL stays valid (default 30000)
  --token-ttl <ms>     access token lifetime (default 86400000)
  --reply-delay <ms>   pause before the bot answers (default 300)
  --client <id:secret> register another client app (repeatable)
  --bot <name:id>      register another bot, e.g. "My Bot:st-123" (repeatable)
  --bot-script <file>  the bot's script (.json, or .js/.mjs with a default export)
  --theme <file>       a branding JSON document that websdkthemes/{botId}/activetheme serves
  --no-dev-jwt         disable the development-only JWT endpoint POST /users/sts
  --no-welcome         do not greet new users on connect (the script's welcomeIntent)
  --no-dedupe          every /bot.message frame is a new turn, even with a clientMessageId seen before
                       (as a platform that keeps no client ids; counted as sentTwice in /admin/stats)
  --no-message-ids     live bot_response frames carry no messageId (stream chunks keep one to group),
                       and history ids differ from anything sent live
  --no-history-user-msg-id  history items of user messages carry no userMsgId
  --strict             all three: --no-dedupe --no-message-ids --no-history-user-msg-id
  --max-frame <bytes>  a client frame larger than this closes the socket with 1009 (default 65536)
  --rate-limit <n>     a socket sending more than n frames in one second is closed with 1008 (default: none)
  -h, --help           show this help
`;

/** A command-line mistake: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'start'; options: LocalPlatformOptions; botScriptPath?: string; themePath?: string };

function ms(flag: string, raw: string | undefined, unit = 'milliseconds'): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) throw new UsageError(`--${flag} takes a whole number of ${unit} (got "${raw}").`);
  return n;
}

/** Splits at the last colon, so a bot name may hold colons and an id may not. */
function pair(flag: string, raw: string, left: string, right: string): [string, string] {
  const at = raw.lastIndexOf(':');
  const a = raw.slice(0, at).trim();
  const b = raw.slice(at + 1).trim();
  if (at < 0 || !a || !b) throw new UsageError(`--${flag} takes ${left}:${right} (got "${raw}").`);
  return [a, b];
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        faults: { type: 'boolean' },
        'rtm-url-ttl': { type: 'string' },
        'token-ttl': { type: 'string' },
        'reply-delay': { type: 'string' },
        client: { type: 'string', multiple: true },
        bot: { type: 'string', multiple: true },
        'bot-script': { type: 'string' },
        theme: { type: 'string' },
        'no-dev-jwt': { type: 'boolean' },
        'no-welcome': { type: 'boolean' },
        'no-dedupe': { type: 'boolean' },
        'no-message-ids': { type: 'boolean' },
        'no-history-user-msg-id': { type: 'boolean' },
        strict: { type: 'boolean' },
        'max-frame': { type: 'string' },
        'rate-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.help) return { kind: 'help' };
  const port = ms('port', values.port) ?? DEFAULT_PORT;
  if (port > 65535) throw new UsageError(`--port must be 0..65535 (got ${port}).`);
  const clients: ClientRecord[] = (values.client ?? []).map((raw) => {
    const [clientId, clientSecret] = pair('client', raw, 'id', 'secret');
    return { clientId, clientSecret };
  });
  const bots: BotRecord[] = (values.bot ?? []).map((raw) => {
    const [name, id] = pair('bot', raw, 'name', 'id');
    return { name, id };
  });
  const options: LocalPlatformOptions = {
    port,
    host: values.host ?? '127.0.0.1',
    dataDir: values.data ?? ':memory:',
    faults: values.faults ?? false,
    replyDelayMs: ms('reply-delay', values['reply-delay']) ?? 300,
    clients,
    bots,
    devJwt: !values['no-dev-jwt'],
    welcome: !values['no-welcome'],
  };
  const strict = values.strict ?? false;
  if (strict || values['no-dedupe']) options.dedupe = false;
  if (strict || values['no-message-ids']) options.messageIds = false;
  if (strict || values['no-history-user-msg-id']) options.historyUserMsgId = false;
  const maxFrameBytes = ms('max-frame', values['max-frame'], 'bytes');
  if (maxFrameBytes !== undefined) {
    if (maxFrameBytes < 1) throw new UsageError('--max-frame takes a number of bytes, 1 or more.');
    options.maxFrameBytes = maxFrameBytes;
  }
  const rateLimit = ms('rate-limit', values['rate-limit'], 'frames per second');
  if (rateLimit !== undefined) options.rateLimitPerSecond = rateLimit;
  const rtmUrlTtlMs = ms('rtm-url-ttl', values['rtm-url-ttl']);
  if (rtmUrlTtlMs !== undefined) options.rtmUrlTtlMs = rtmUrlTtlMs;
  const tokenTtlMs = ms('token-ttl', values['token-ttl']);
  if (tokenTtlMs !== undefined) options.tokenTtlMs = tokenTtlMs;
  const command: CliCommand = { kind: 'start', options };
  if (values['bot-script'] !== undefined) command.botScriptPath = values['bot-script'];
  if (values.theme !== undefined) command.themePath = values.theme;
  return command;
}
