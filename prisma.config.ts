// For the Prisma 7 CLI on a machine that has its native engine (`prisma migrate deploy`,
// `prisma studio`). The app itself never needs the CLI at run time: it applies the same
// migrations with prisma/store/apply-migrations.ts. DATABASE_URL picks the provider's folder.
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:./data/inloop.db';
const postgresql = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgresql ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma',
  migrations: { path: postgresql ? 'prisma/postgresql/migrations' : 'prisma/migrations' },
  datasource: { url },
});
