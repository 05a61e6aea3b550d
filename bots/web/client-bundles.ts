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
/** A script, or the source map `npm run build` writes beside it. */
export type ClientFilePath = ClientScriptPath | `${ClientScriptPath}.map`;

const sourceDirectory = fileURLToPath(new URL('./client/', import.meta.url));
// `npm run build` writes the bundles here, beside the compiled server (dist/bots/web/client-bundles/),
// because the production image carries no esbuild (a development dependency).
const builtDirectory = fileURLToPath(new URL('./client-bundles/', import.meta.url));

/** How a bundle is made: readable under `npm start` and the tests; minified with a linked source map by `npm run build`. */
export interface BundleOptions {
  minify?: boolean;
}

/**
 * Every served file a bundle makes, path → text: the script, and with `minify` its source map
 * beside it (`/widget.js.map`, named by the script's last line, with the TypeScript inside), so a
 * browser's developer tools still show the sources.
 */
export function bundleClientScripts(directory = sourceDirectory, options: BundleOptions = {}): Map<ClientFilePath, string> {
  // Loaded only here: a production start reads the built bundles and never needs esbuild.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  return new Map(clientScripts.flatMap((script) => {
    const result = esbuild.buildSync({
      entryPoints: [join(directory, script.entry)],
      // Names the source map (its comment, and its sources relative to client/); nothing is written.
      outfile: join(directory, script.path.slice(1)),
      bundle: true,
      write: false,
      platform: 'browser',
      format: script.format,
      target: script.target,
      minify: options.minify ?? false,
      sourcemap: options.minify ? 'linked' : false,
      legalComments: 'none',
      logLevel: 'silent',
      banner: { js: `/* Inloop ${script.path}, bundled from bots/web/client/${script.entry} */` },
    });
    const output = (suffix: string) => result.outputFiles.find((file) => file.path.endsWith(suffix))!.text;
    const files: Array<[ClientFilePath, string]> = [[script.path, output('.js')]];
    if (options.minify) files.push([`${script.path}.map`, output('.js.map')]);
    return files;
  }));
}

/** `npm run build`: the minified bundles and their source maps as files under `directory`, at their served paths. */
export function writeClientScripts(directory = builtDirectory, sources = sourceDirectory): void {
  for (const [path, text] of bundleClientScripts(sources, { minify: true })) {
    const file = join(directory, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

let loaded: Map<ClientFilePath, string> | null = null;

/**
 * The browser files this process serves, made once: the minified scripts and source maps
 * `npm run build` wrote when they are there, else the scripts bundled now from the sources
 * (`npm start` on a fresh clone, and the tests).
 */
export function clientScriptBodies(): Map<ClientFilePath, string> {
  loaded ??= existsSync(builtDirectory) ? readBuiltFiles() : bundleClientScripts();
  return loaded;
}

function readBuiltFiles(): Map<ClientFilePath, string> {
  const paths = clientScripts.flatMap((script): ClientFilePath[] => [script.path, `${script.path}.map`]);
  return new Map(paths.filter((path) => existsSync(join(builtDirectory, path))).map((path) => [path, readFileSync(join(builtDirectory, path), 'utf8')]));
}
