import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../../core/errors.js';

export type DatabaseLocation =
  | { provider: 'sqlite'; filePath: string }
  | { provider: 'postgresql'; connectionString: string; schema: string };

/**
 * `file:./data/inloop.db` (relative to the working directory), `file:/abs/path.db`, or
 * `postgresql://…` / `postgres://…` with an optional `?schema=name` (default `public`).
 * The schema parameter is taken out of the connection string: pg does not know it, Prisma does.
 */
export function parseDatabaseUrl(databaseUrl: string): DatabaseLocation {
  if (databaseUrl.startsWith('file:')) {
    const path = databaseUrl.slice('file:'.length).replace(/\?.*$/, '');
    if (path === '') throw new ConfigurationError('DATABASE_URL file: needs a path, e.g. file:./data/inloop.db');
    return { provider: 'sqlite', filePath: isAbsolute(path) ? path : resolve(process.cwd(), path) };
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    let url: URL;
    try {
      url = new URL(databaseUrl);
    } catch (error) {
      throw new ConfigurationError('DATABASE_URL is not a valid postgresql:// URL', { cause: error });
    }
    const schema = url.searchParams.get('schema') ?? 'public';
    url.searchParams.delete('schema');
    // The name also goes into a connection option (search_path), where quoting does not help.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new ConfigurationError(`DATABASE_URL schema "${schema}" must be letters, digits and _`);
    return { provider: 'postgresql', connectionString: url.toString(), schema };
  }
  throw new ConfigurationError('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
}

/** Double-quotes an SQL identifier, so a schema name can never break out of it. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
