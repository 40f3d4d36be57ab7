// The local platform as a child process (its CLI, run by Node with tsx as a loader, so a signal reaches the
// platform itself and not a wrapper), on a fixed port and data directory so it can be killed and started again.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface PlatformProcessOptions {
  repoRoot: string;
  dataDir: string;
  port: number;
  tokenTtlMs: number;
  replyDelayMs: number;
  /** Extra CLI flags, e.g. the strictness modes `--no-dedupe --no-message-ids` or `--strict`. */
  flags?: readonly string[];
  /** Receives the platform's stderr lines (for a log file). */
  log: (line: string) => void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export class PlatformProcess {
  private child: ChildProcess | null = null;
  readonly url: string;

  constructor(private readonly options: PlatformProcessOptions) {
    this.url = `http://127.0.0.1:${options.port}`;
  }

  /** Starts the CLI and resolves once it prints its ready line. */
  async start(timeoutMs = 30_000): Promise<void> {
    const { repoRoot, dataDir, port, tokenTtlMs, replyDelayMs } = this.options;
    const cli = join(repoRoot, 'packages/local-platform/src/cli.ts');
    const args = ['--import', 'tsx', cli, '--port', String(port), '--data', dataDir, '--faults'];
    args.push('--token-ttl', String(tokenTtlMs), '--reply-delay', String(replyDelayMs), ...(this.options.flags ?? []));
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line) this.options.log(line);
    });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`the platform printed no ready line in ${timeoutMs} ms: ${out}`)), timeoutMs);
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (/ready at http:\/\/\S+/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the platform exited before it was ready (code ${code}, signal ${signal}); see the soak log`));
      });
    });
  }

  /** Fault and traffic counters summed over every life of the process (each start begins at zero). */
  readonly totals: Record<string, number> = {};

  /** Adds this life's counters to `totals`; call once before each stop. */
  async collectCounters(): Promise<void> {
    const stats = (await this.admin('/admin/stats')) as { traffic?: Record<string, number>; faults?: { counters?: Record<string, number> } };
    for (const [key, value] of Object.entries({ ...stats.traffic, ...stats.faults?.counters })) {
      if (typeof value === 'number') this.totals[key] = (this.totals[key] ?? 0) + value;
    }
  }

  /** Stops the process with the signal and waits for it to exit (after collecting its counters). */
  async stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await this.collectCounters().catch((error: Error) => this.options.log(`counters not collected: ${error.message}`));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
    this.child = null;
  }

  async admin(path: string, body?: unknown): Promise<unknown> {
    const init: RequestInit =
      body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const response = await fetch(`${this.url}${path}`, init);
    const text = await response.text();
    if (!response.ok) throw new Error(`admin ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as unknown;
  }
}
