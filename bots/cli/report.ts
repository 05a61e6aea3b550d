import { ReportPeriodError } from '../../core/errors.js';
import { createReportActions, reportPeriod } from '../../core/reports/report-actions.js';
import { createRuntimeOrExit, loadConfigurationOrExit } from '../runtime/start-or-exit.js';
import { createLogger } from '../runtime/create-logger.js';
import { commandLineArguments } from './command-line-arguments.js';

const usage = 'Usage: npm run report -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format json|csv] [--json]';

/**
 * `npm run report`: the report of docs/coordinators.md from the terminal (default the last 30
 * days, JSON), for whoever runs the server and so has the database; counts under 5 suppressed.
 */
const { values } = commandLineArguments({
  options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string', default: 'json' }, json: { type: 'boolean', default: false } },
}, usage);
const format = values.json ? 'json' : values.format;
if (format !== 'json' && format !== 'csv') {
  process.stderr.write(`--format is json or csv\n${usage}\n`);
  process.exit(2);
}
const configuration = loadConfigurationOrExit();
const runtime = await createRuntimeOrExit(configuration, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn') });
try {
  const { organisation, socialMap } = configuration;
  const reports = createReportActions({
    workers: runtime.store, reports: runtime.store, collectiveOffers: runtime.store, clock: runtime.clock,
    settings: { neighbourhoodNames: organisation.neighbourhoods?.names ?? [], officeHours: organisation.officeHours, socialMap, intakeIdleHours: organisation.reports.intakeIdleHours },
  });
  const period = reportPeriod(values.from, values.to, runtime.clock.now());
  process.stdout.write(format === 'csv' ? await reports.csv(null, period) : `${JSON.stringify(await reports.report(null, period), null, 2)}\n`);
} catch (error) {
  if (!(error instanceof ReportPeriodError)) throw error;
  process.stderr.write(`${error.message}\n${usage}\n`);
  process.exitCode = 2;
} finally {
  await runtime.close();
}
