// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, so the two never drift:
// a generated client is per provider, but the model is one. Only the provider and the client's
// output folder differ. Run by prisma/generate.mjs; run it yourself after editing the schema.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const prismaFolder = dirname(fileURLToPath(import.meta.url));
export const sqliteSchemaPath = join(prismaFolder, 'schema.prisma');
export const postgresqlSchemaPath = join(prismaFolder, 'postgresql', 'schema.prisma');

const header =
  '// GENERATED from prisma/schema.prisma by prisma/write-postgresql-schema.mjs: edit that file instead.\n';

export function postgresqlSchemaText(sqliteText) {
  const replaced = sqliteText
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=\s*"\.\/generated\/sqlite"/, 'output$1= "../generated/postgresql"');
  if (!replaced.includes('"postgresql"') || !replaced.includes('../generated/postgresql')) {
    throw new Error('prisma/schema.prisma no longer has the provider/output lines this script rewrites');
  }
  return header + replaced;
}

/** Returns true when the file changed. */
export function writePostgresqlSchema() {
  const text = postgresqlSchemaText(readFileSync(sqliteSchemaPath, 'utf8'));
  let current = null;
  try {
    current = readFileSync(postgresqlSchemaPath, 'utf8');
  } catch {
    // first run: no file yet
  }
  if (current === text) return false;
  mkdirSync(dirname(postgresqlSchemaPath), { recursive: true });
  writeFileSync(postgresqlSchemaPath, text);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(writePostgresqlSchema() ? 'wrote prisma/postgresql/schema.prisma' : 'prisma/postgresql/schema.prisma is up to date');
}
