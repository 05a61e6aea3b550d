// `npm run build`: the TypeScript of core/, bots/ and prisma/ (with Prisma's generated client)
// compiled to plain JavaScript under dist/, file by file in the same layout, so `node
// dist/bots/main.js` runs without tsx. Not bundled on purpose: modules find their data files
// (vocabulary, corpus, migrations, the widget, prompts) relative to themselves, so those files are
// copied beside them, and the packages stay in node_modules. Type checking is `npm run typecheck`.
// The browser scripts under bots/web/client/ are the exception: bundled, one file per page
// (bots/web/client-bundles.ts), into dist/bots/web/client-bundles/, since the image has no esbuild.
import { build } from 'esbuild';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const output = join(root, 'dist');
const sourceFolders = ['core', 'bots', 'prisma'];
// Read at run time relative to the modules (prompt-files.ts, canned-reply-defaults.ts): dist/prompts, dist/config.
const dataFolders = ['prompts', 'config'];

if (!existsSync(join(root, 'prisma', 'generated', 'sqlite'))) {
  throw new Error('prisma/generated is missing: run `npm install` (its postinstall generates the Prisma client) before `npm run build`');
}

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const isTypeScript = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts');
const clientFolder = join(root, 'bots', 'web', 'client');
const sources = sourceFolders.flatMap((folder) => filesUnder(join(root, folder))).filter((file) => !file.startsWith(clientFolder + sep));

rmSync(output, { recursive: true, force: true });
await build({
  entryPoints: sources.filter(isTypeScript),
  outdir: output,
  outbase: root,
  bundle: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// Everything else beside the sources (JSON, JSONL, SQL migrations, the widget's HTML, CSS and JS, .mjs workers).
for (const file of sources.filter((file) => !file.endsWith('.ts'))) {
  cpSync(file, join(output, relative(root, file)));
}
for (const folder of dataFolders) cpSync(join(root, folder), join(output, folder), { recursive: true });
// The compiled bundler itself writes the browser bundles where the compiled server looks for them.
const { writeClientScripts } = await import(pathToFileURL(join(output, 'bots', 'web', 'client-bundles.js')).href);
writeClientScripts(undefined, clientFolder);
console.log(`Built ${sources.filter(isTypeScript).length} modules into ${relative(process.cwd(), output) || '.'}/; start with: npm run start:prod`);
