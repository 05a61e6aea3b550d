// Run as a separate process by the contract suite: two of these started at once must apply each
// migration exactly once between them. Prints the names it applied as JSON.
import { applyMigrations } from '../../prisma/store/apply-migrations.js';

const result = await applyMigrations(process.argv[2]!);
process.stdout.write(JSON.stringify(result.applied));
