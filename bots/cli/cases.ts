import { caseStatuses, type CaseStatus } from '../../core/ports/case-record.js';
import { createRuntimeOrExit, loadConfigurationOrExit } from '../runtime/start-or-exit.js';
import { createLogger } from '../runtime/create-logger.js';
import { caseSummary } from './case-summary.js';
import { commandLineArguments } from './command-line-arguments.js';

const usage = 'Usage: npm run cases -- [--json] [--status waiting,claimed,closed]';

/** `npm run cases -- [--json] [--status waiting,claimed,closed]`: the cases, queue order. */
const { values } = commandLineArguments({ options: { json: { type: 'boolean', default: false }, status: { type: 'string' } } }, usage);
const statuses = (values.status !== undefined ? values.status.split(',') : [...caseStatuses]) as CaseStatus[];
const runtime = await createRuntimeOrExit(loadConfigurationOrExit(), { logger: createLogger(process.env.LOG_LEVEL ?? 'warn') });
const cases = (await runtime.store.listCases({ statuses })).map(caseSummary);
await runtime.close();

if (values.json) {
  process.stdout.write(`${JSON.stringify(cases, null, 2)}\n`);
} else if (cases.length === 0) {
  process.stdout.write('Geen zaken.\n');
} else {
  for (const entry of cases) {
    process.stdout.write(
      `${entry.createdAt}  ${entry.status.padEnd(8)} ${entry.urgency.padEnd(7)} ${entry.channel.padEnd(9)} ${entry.topics.join(',') || '-'}\n` +
        `    ${(entry.summary ?? entry.firstWords).replace(/\n/g, ' ').slice(0, 140)}\n`,
    );
  }
}
