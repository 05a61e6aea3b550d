import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const publicDirectory = fileURLToPath(new URL('./public/', import.meta.url));
const read = (...parts: string[]) => readFileSync(join(publicDirectory, ...parts), 'utf8');

// The widget is written as a few small browser files sharing one scope; served as one script, one IIFE.
const widgetParts = ['widget-texts.js', 'widget-styles.js', 'widget-view.js', 'widget-connection.js', 'widget-main.js'];

function widgetScript(): string {
  const body = widgetParts.map((name) => `// ${name}\n${read('widget', name)}`).join('\n');
  return `/* Inloop chat widget */\n(function () {\n'use strict';\n${body}\n})();\n`;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
};
const typeOf = (name: string) => contentTypes[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';

/** The demo page with its accessibility statement, the widget script and the inbox page with its modules: read once at start. */
export function registerStaticRoutes(server: FastifyInstance): void {
  const widget = widgetScript();
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: typeOf('.html'), body: read('demo.html') },
    // The accessibility statement of docs/operators/accessibility.md, for the demo's invented municipality.
    '/toegankelijkheid': { type: typeOf('.html'), body: read('toegankelijkheid.html') },
    '/demo.css': { type: typeOf('.css'), body: read('demo.css') },
    '/widget.js': { type: typeOf('.js'), body: widget },
    '/inbox': { type: typeOf('.html'), body: read('inbox.html') },
  };
  for (const name of readdirSync(join(publicDirectory, 'inbox'))) {
    files[`/inbox/${name}`] = { type: typeOf(name), body: read('inbox', name) };
  }
  for (const [path, file] of Object.entries(files)) {
    server.get(path, async (_request, reply) => {
      // The widget may be fetched from any site; everything else stays with this origin.
      if (path === '/widget.js') reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
      return reply.type(file.type).header('Cache-Control', 'no-cache').send(file.body);
    });
  }
}
