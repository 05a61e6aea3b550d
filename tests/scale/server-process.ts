import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ServerProcess {
  baseUrl: string;
  socketUrl: string;
  pid: number;
  child: ChildProcess;
  /** Resident set size of the server process, in MiB (from /proc). */
  rssMb(): number;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
  /** SIGKILL at once: a crash. */
  kill(): Promise<void>;
}

export interface ServerProcessOptions {
  databaseUrl: string;
  environment?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeOptions?: string[];
  startTimeoutMs?: number;
}

/** `npm start` as its own process (node --import tsx bots/main.ts) on a free loopback port. */
export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), '--import', 'tsx', 'bots/main.ts'], {
    env: {
      ...process.env, DATABASE_URL: options.databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn',
      TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', OPENAI_API_KEY: '', ...options.environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time: ${stderr}`));
    }, options.startTimeoutMs ?? 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it listened: ${stderr}`));
    });
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /Demo site:\s+(http:\/\/[^/\s]+)\//.exec(stdout);
      if (!match || !child.pid) return;
      clearTimeout(timer);
      const baseUrl = match[1]!;
      const pid = child.pid;
      const signal = async (name: NodeJS.Signals, graceMs: number) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill(name);
        const timeout = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timeout);
      };
      resolve({
        baseUrl,
        socketUrl: `${baseUrl.replace('http', 'ws')}/api/chat/socket`,
        pid,
        child,
        rssMb() {
          try {
            const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
            return line ? Math.round(Number(line[1]) / 1024) : 0;
          } catch {
            return 0;
          }
        },
        stop: () => signal('SIGTERM', 10_000),
        kill: () => signal('SIGKILL', 0),
      });
    });
  });
}
