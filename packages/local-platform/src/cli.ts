#!/usr/bin/env node
import { loadBotScript } from './bot/load-script.js';
import { loadTheme } from './branding/theme.js';
import { USAGE, UsageError, parseCliArgs } from './cli-args.js';
import type { CliCommand } from './cli-args.js';
import { DEMO_BOT, DEMO_CLIENT_ID } from './constants.js';
import { startLocalPlatform } from './server.js';
import type { LocalPlatform } from './server.js';

/** The one line tools wait for; match it with /ready at (http:\/\/\S+)/. */
export function readyLine(platform: LocalPlatform): string {
  const parts = [
    `XO local platform ready at ${platform.url}`,
    `client ${DEMO_CLIENT_ID}`,
    `bot "${DEMO_BOT.chatBot}" ${DEMO_BOT.taskBotId}`,
    platform.options.devJwt ? 'dev JWT at POST /users/sts' : 'dev JWT disabled',
  ];
  if (platform.options.faults) parts.push('faults on at /admin');
  return parts.join(' | ');
}

async function main(argv: readonly string[]): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`xo-local-platform: ${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const options = { ...command.options, log: (line: string) => process.stderr.write(`[xo-local-platform] ${line}\n`) };
  if (command.botScriptPath !== undefined) options.botScript = await loadBotScript(command.botScriptPath);
  if (command.themePath !== undefined) options.theme = await loadTheme(command.themePath);
  const platform = await startLocalPlatform(options);
  if (platform.options.devJwt) {
    process.stderr.write(
      '[xo-local-platform] POST /users/sts signs JWTs with the demo client secret: for development only (turn off with --no-dev-jwt).\n',
    );
  }
  process.stdout.write(`${readyLine(platform)}\n`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`[xo-local-platform] ${signal}: shutting down\n`);
    platform.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  const hint = /EADDRINUSE/.test(message) ? ' (the port is taken: pass --port <another> or --port 0)' : '';
  process.stderr.write(`xo-local-platform: ${message}${hint}\n`);
  process.exit(1);
});
