// Generates the Prisma clients for SQLite and PostgreSQL, offline. Run by "postinstall", so a
// fresh clone works after `npm install` / `npm ci` without a network.
// `prisma generate` never uses the native schema engine, but the Prisma 7 CLI tries to download
// it unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file: any file will do.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqliteSchemaPath, postgresqlSchemaPath, writePostgresqlSchema } from './write-postgresql-schema.mjs';

const prismaFolder = dirname(fileURLToPath(import.meta.url));
const root = dirname(prismaFolder);
const require = createRequire(import.meta.url);
const prismaCli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

if (writePostgresqlSchema()) console.log('prisma/postgresql/schema.prisma was out of date: rewritten from prisma/schema.prisma');

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
for (const schema of [sqliteSchemaPath, postgresqlSchemaPath]) {
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', relative(root, schema)], { cwd: root, env, stdio: 'inherit' });
}
