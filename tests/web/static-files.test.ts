import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleClientScripts, clientScripts } from '../../bots/web/client-bundles.js';
import { clientHasCopy, staticFile } from '../../bots/web/static-routes.js';
import { startTestServer, type TestServer } from './start-test-server.js';

const clientSources = fileURLToPath(new URL('../../bots/web/client/', import.meta.url));
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const sha256 = (bytes: ArrayBuffer) => `"${createHash('sha256').update(Buffer.from(bytes)).digest('base64url')}"`;

describe('the browser scripts and pages', () => {
  it('serves the widget bundled from TypeScript, with no-cache and a strong ETag that is the hash of its bytes', async () => {
    const response = await fetch(`${server.baseUrl}/widget.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const body = await response.arrayBuffer();
    expect(response.headers.get('etag')).toBe(sha256(body));
    const script = Buffer.from(body).toString('utf8');
    // One function on someone else's page: no module syntax, nothing left of the TypeScript.
    expect(script).toMatch(/^\/\* Inloop \/widget\.js, bundled from bots\/web\/client\/widget\/widget-main\.ts \*\/\n"use strict";\n\(\(\) => \{/);
    expect(script).not.toMatch(/^\s*(import|export) /m);
    expect(script).not.toMatch(/: (string|boolean|WidgetSettings)\b[,)]/);
  });

  it('answers a request with the same ETag with 304 and no body, and a stale one with the script', async () => {
    const first = await fetch(`${server.baseUrl}/widget.js`);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${server.baseUrl}/widget.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect(await again.text()).toBe('');
    const listed = await fetch(`${server.baseUrl}/widget.js`, { headers: { 'if-none-match': `"other", W/${etag}` } });
    expect(listed.status).toBe(304);
    const stale = await fetch(`${server.baseUrl}/widget.js`, { headers: { 'if-none-match': '"an-older-version"' } });
    expect(stale.status).toBe(200);
    expect((await stale.text()).length).toBeGreaterThan(1000);
  });

  it('gives every page, stylesheet and script its own validator', async () => {
    const paths = ['/', '/toegankelijkheid', '/demo.css', '/inbox', '/inbox/inbox.css', ...clientScripts.map((script) => script.path)];
    const etags = new Set<string>();
    for (const path of paths) {
      const response = await fetch(`${server.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('etag'), path).toBe(sha256(await response.arrayBuffer()));
      etags.add(response.headers.get('etag')!);
      const revalidated = await fetch(`${server.baseUrl}${path}`, { headers: { 'if-none-match': response.headers.get('etag')! } });
      expect(revalidated.status, path).toBe(304);
    }
    expect(etags.size).toBe(paths.length);
  });

  it('gives a changed source another bundle and so another ETag', () => {
    const copy = mkdtempSync(join(tmpdir(), 'inloop-client-'));
    try {
      // The same layout as the repository, so the widget still finds its texts in core/.
      const client = join(copy, 'bots', 'web', 'client');
      cpSync(clientSources, client, { recursive: true });
      symlinkSync(fileURLToPath(new URL('../../core/', import.meta.url)), join(copy, 'core'), 'dir');
      const settingsFile = join(client, 'widget', 'widget-settings.ts');
      writeFileSync(settingsFile, readFileSync(settingsFile, 'utf8').replace("'https://www.google.com/search?q=weer'", "'https://www.google.com/search?q=regen'"));
      const original = bundleClientScripts().get('/widget.js')!;
      const changed = bundleClientScripts(client).get('/widget.js')!;
      expect(changed).toContain('q=regen');
      expect(original).toContain('q=weer');
      expect(staticFile('text/javascript', changed).etag).not.toBe(staticFile('text/javascript', original).etag);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('minifies for `npm run build`, with a linked source map that carries the TypeScript', () => {
    const readable = bundleClientScripts();
    const minified = bundleClientScripts(undefined, { minify: true });
    for (const { path } of clientScripts) {
      const script = minified.get(path)!;
      expect(script.length, path).toBeLessThan(readable.get(path)!.length * 0.7);
      expect(script.trimEnd().endsWith(`//# sourceMappingURL=${path.slice(path.lastIndexOf('/') + 1)}.map`), path).toBe(true);
      const map = JSON.parse(minified.get(`${path}.map`)!) as { sources: string[]; sourcesContent: string[] };
      expect(map.sourcesContent.some((source) => source.includes(': string')), path).toBe(true);
      expect(readable.has(`${path}.map`)).toBe(false);
    }
  });

  it('reads If-None-Match as RFC 9110 does: any listed tag, weak or strong, or *', () => {
    const etag = '"abc"';
    expect(clientHasCopy(undefined, etag)).toBe(false);
    expect(clientHasCopy('"abc"', etag)).toBe(true);
    expect(clientHasCopy('W/"abc"', etag)).toBe(true);
    expect(clientHasCopy('"x", "abc"', etag)).toBe(true);
    expect(clientHasCopy('*', etag)).toBe(true);
    expect(clientHasCopy('"abcd"', etag)).toBe(false);
  });
});
