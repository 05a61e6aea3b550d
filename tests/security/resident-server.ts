import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { createWebServer, type WebServerOptions } from '../../bots/web/create-web-server.js';
import { silentLogger } from '../../core/ports/logger.js';

export interface ResidentServer {
  baseUrl: string;
  socketUrl: string;
  runtime: Runtime;
  server: FastifyInstance;
  stop(): Promise<void>;
}

/** The real web server on loopback over `databaseUrl`, with the configuration under test in `environment`. */
export async function startResidentServer(
  databaseUrl: string,
  environment: Record<string, string> = {},
  limits: WebServerOptions['limits'] = {},
): Promise<ResidentServer> {
  const configuration = loadConfiguration({ DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'silent', ...environment });
  const runtime = await createRuntime(configuration, { logger: silentLogger });
  const server = await createWebServer(runtime, { limits });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    baseUrl,
    socketUrl: `${baseUrl.replace('http', 'ws')}/api/chat/socket`,
    runtime,
    server,
    async stop() {
      await server.close();
      await runtime.close();
    },
  };
}

/** Rows of residents and conversations, read from the SQLite file itself. */
export function countResidentRows(file: string): { residents: number; conversations: number; messages: number } {
  const sqlite = new Database(file, { readonly: true });
  try {
    const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { residents: count('residents'), conversations: count('conversations'), messages: count('messages') };
  } finally {
    sqlite.close();
  }
}
