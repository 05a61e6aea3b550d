import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { clientScriptBodies } from './client-bundles.js';

const publicDirectory = fileURLToPath(new URL('./public/', import.meta.url));
const read = (...parts: string[]) => readFileSync(join(publicDirectory, ...parts));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  // The source maps beside the minified scripts of `npm run build`.
  '.map': 'application/json; charset=utf-8',
};
const typeOf = (name: string) => contentTypes[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';

export interface StaticFile {
  type: string;
  body: Buffer;
  /** A strong validator: the SHA-256 of the bytes served, so a changed file always gets another one. */
  etag: string;
}

export function staticFile(type: string, body: Buffer | string): StaticFile {
  const bytes = Buffer.from(body);
  return { type, body: bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url')}"` };
}

/** If-None-Match (RFC 9110 13.1.2): `*` or any listed tag, compared weakly, means the client has these bytes. */
export function clientHasCopy(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * The demo page with its accessibility statement, the widget script and the inbox pages with their
 * stylesheets and scripts (and, after `npm run build`, the scripts' source maps): read or bundled
 * once at start (client-bundles.ts). Every answer says
 * `no-cache` with an ETag: a browser asks again each time and gets 304 without a body while the
 * bytes are the same, so a new version is never stuck in a cache and an unchanged one costs nothing.
 */
export function registerStaticRoutes(server: FastifyInstance): void {
  const files: Record<string, StaticFile> = {
    '/': staticFile(typeOf('.html'), read('demo.html')),
    // The accessibility statement of docs/operators/accessibility.md, for the demo's invented municipality.
    '/toegankelijkheid': staticFile(typeOf('.html'), read('toegankelijkheid.html')),
    '/demo.css': staticFile(typeOf('.css'), read('demo.css')),
    '/inbox': staticFile(typeOf('.html'), read('inbox.html')),
  };
  for (const name of readdirSync(join(publicDirectory, 'inbox'))) {
    // A script here would be served without a type check, or clash with a bundle's path.
    if (name.endsWith('.js')) throw new Error(`bots/web/public/inbox/${name}: the inbox's scripts are TypeScript in bots/web/client/inbox/ (bundled by client-bundles.ts)`);
    files[`/inbox/${name}`] = staticFile(typeOf(name), read('inbox', name));
  }
  for (const [path, body] of clientScriptBodies()) files[path] = staticFile(typeOf(path), body);
  for (const [path, file] of Object.entries(files)) {
    server.get(path, async (request, reply) => {
      // The widget may be fetched from any site; everything else stays with this origin.
      if (path === '/widget.js') reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
      reply.header('Cache-Control', 'no-cache').header('ETag', file.etag);
      if (clientHasCopy(request.headers['if-none-match'], file.etag)) return reply.status(304).send();
      return reply.type(file.type).send(file.body);
    });
  }
}
