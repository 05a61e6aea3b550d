import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Esbuild from 'esbuild';

/**
 * The browser scripts: where each is served, its TypeScript entry under client/, and how it loads.
 * The widget is a classic script on other sites' pages: one function, nothing on their window, and
 * syntax older phones still run. The inbox pages load theirs with <script type="module">.
 */
export const clientScripts = [
  { path: '/widget.js', entry: 'widget/widget-main.ts', format: 'iife', target: 'es2018' },
  { path: '/inbox/inbox-main.js', entry: 'inbox/inbox-main.ts', format: 'esm', target: 'es2022' },
  { path: '/inbox/dashboard-main.js', entry: 'inbox/dashboard-main.ts', format: 'esm', target: 'es2022' },
] as const;

export type ClientScriptPath = (typeof clientScripts)[number]['path'];

const sourceDirectory = fileURLToPath(new URL('./client/', import.meta.url));
// `npm run build` writes the bundles here, beside the compiled server (dist/bots/web/client-bundles/),
// because the production image carries no esbuild (a development dependency).
const builtDirectory = fileURLToPath(new URL('./client-bundles/', import.meta.url));

/** Bundles every browser script from its TypeScript sources, in memory: path → JavaScript. */
export function bundleClientScripts(directory = sourceDirectory): Map<ClientScriptPath, string> {
  // Loaded only here: a production start reads the built bundles and never needs esbuild.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  return new Map(clientScripts.map((script) => {
    const result = esbuild.buildSync({
      entryPoints: [join(directory, script.entry)],
      bundle: true,
      write: false,
      platform: 'browser',
      format: script.format,
      target: script.target,
      legalComments: 'none',
      logLevel: 'silent',
      banner: { js: `/* Inloop ${script.path}, bundled from bots/web/client/${script.entry} */` },
    });
    return [script.path, result.outputFiles[0]!.text];
  }));
}

/** `npm run build`: the bundles as files under `directory`, at their served paths. */
export function writeClientScripts(directory = builtDirectory, sources = sourceDirectory): void {
  for (const [path, text] of bundleClientScripts(sources)) {
    const file = join(directory, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

let loaded: Map<ClientScriptPath, string> | null = null;

/**
 * The browser scripts this process serves, made once: the files `npm run build` wrote when they
 * are there, else bundled now from the sources (`npm start` on a fresh clone, and the tests).
 */
export function clientScriptBodies(): Map<ClientScriptPath, string> {
  loaded ??= existsSync(builtDirectory)
    ? new Map(clientScripts.map((script) => [script.path, readFileSync(join(builtDirectory, script.path), 'utf8')]))
    : bundleClientScripts();
  return loaded;
}
