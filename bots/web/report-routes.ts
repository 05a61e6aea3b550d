import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createReportActions, reportPeriod } from '../../core/reports/report-actions.js';
import { keyLabel, sectionTitles, type ReportSection } from '../../core/reports/report-labels.js';
import { intakeStepLabel } from '../../core/reports/intake-drop-off.js';
import type { Runtime } from '../runtime/create-runtime.js';
import { signedInWorker } from './signed-in-worker.js';

/** The coordinators' dashboard data and the municipality's CSV (docs/coordinators.md); a plain worker gets 403. */
const periodQuery = z.object({
  from: z.string().optional().describe('a date (YYYY-MM-DD); default 30 days before to'),
  to: z.string().optional().describe('a date (YYYY-MM-DD); default today'),
});

export function registerReportRoutes(server: FastifyInstance, runtime: Runtime): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const { organisation, socialMap } = runtime.configuration;
  const reports = createReportActions({
    workers: runtime.store,
    reports: runtime.store,
    clock: runtime.clock,
    settings: { neighbourhoodNames: organisation.neighbourhoods?.names ?? [], officeHours: organisation.officeHours, socialMap, intakeIdleHours: organisation.reports.intakeIdleHours },
  });
  const periodOf = ({ from, to }: z.infer<typeof periodQuery>) => reportPeriod(from || undefined, to || undefined, runtime.clock.now());

  // `labels=1` (the dashboard) adds the Dutch name of every key; the municipality's JSON stays keys and counts.
  api.get('/api/inbox/report', {
    schema: {
      summary: 'Coordinators only: the report of a period from live cases and statistics, every count under 5 suppressed (null), with the signals; labels=1 adds Dutch names',
      querystring: periodQuery.extend({ labels: z.string().optional() }),
    },
  }, async (request) => {
    const worker = signedInWorker(request);
    const report = await reports.report(worker.id, periodOf(request.query));
    if (request.query.labels !== '1') return report;
    const labels = Object.fromEntries(
      (Object.keys(sectionTitles) as ReportSection[]).map((section) => [section, Object.fromEntries(Object.keys(report[section]).map((key) => [key, keyLabel(section, key, socialMap)]))]),
    );
    const intakeLabels = Object.fromEntries(Object.keys(report.intakeDropOff.atStep).map((key) => [key, intakeStepLabel(key)]));
    return { ...report, labels: { ...labels, intakeDropOff: intakeLabels }, sectionTitles };
  });

  api.get('/api/inbox/report.csv', {
    schema: { summary: 'Coordinators only: the same report as CSV for the municipality (Dutch, semicolons, suppressed counts empty)', querystring: periodQuery },
  }, async (request, reply) => {
    const worker = signedInWorker(request);
    const period = periodOf(request.query);
    const csv = await reports.csv(worker.id, period);
    const name = `inloop-rapportage-${period.from.toISOString().slice(0, 10)}.csv`;
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${name}"`).send(csv);
  });
}
