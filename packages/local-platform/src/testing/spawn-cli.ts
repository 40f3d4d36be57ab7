// Runs the CLI from source in a child process, as e2e and soak tools do. tsx is loaded into that process
// (`node --import tsx`), not run as its CLI: tsx's CLI runs the script in a second process of its own, so a signal
// sent to the child would reach only tsx's wrapper, and a SIGKILL would leave the platform running, orphaned.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const TSX = pathToFileURL(require.resolve('tsx')).href;

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function runCli(args: string[]): CliRun {
  const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits for the ready line and returns the URL in it. */
export async function waitForReady(run: CliRun, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /ready at (http:\/\/\S+)/.exec(run.stdout());
    if (match?.[1]) return match[1];
    if (run.child.exitCode !== null) throw new Error(`CLI exited ${run.child.exitCode}: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`CLI not ready after ${timeoutMs} ms: ${run.stdout()} ${run.stderr()}`);
}
