import type { FastifyInstance } from 'fastify';
import { createReportActions, reportPeriod } from '../../core/reports/report-actions.js';
import { keyLabel, sectionTitles, type ReportSection } from '../../core/reports/report-labels.js';
import type { Runtime } from '../runtime/create-runtime.js';
import type { WorkerSessions } from './worker-sessions.js';

/** The coordinators' dashboard data and the municipality's CSV (docs/coordinators.md); a plain worker gets 403. */
export function registerReportRoutes(server: FastifyInstance, runtime: Runtime, sessions: WorkerSessions): void {
  const { organisation, socialMap } = runtime.configuration;
  const reports = createReportActions({
    workers: runtime.store,
    reports: runtime.store,
    clock: runtime.clock,
    settings: { neighbourhoodNames: organisation.neighbourhoods?.names ?? [], officeHours: organisation.officeHours, socialMap },
  });
  const periodOf = (query: unknown) => {
    const { from, to } = (query ?? {}) as { from?: string; to?: string };
    return reportPeriod(from || undefined, to || undefined, runtime.clock.now());
  };

  // `labels=1` (the dashboard) adds the Dutch name of every key; the municipality's JSON stays keys and counts.
  server.get('/api/inbox/report', async (request) => {
    const { worker } = await sessions.require(request);
    const report = await reports.report(worker.id, periodOf(request.query));
    if ((request.query as { labels?: string }).labels !== '1') return report;
    const labels = Object.fromEntries(
      (Object.keys(sectionTitles) as ReportSection[]).map((section) => [section, Object.fromEntries(Object.keys(report[section]).map((key) => [key, keyLabel(section, key, socialMap)]))]),
    );
    return { ...report, labels, sectionTitles };
  });

  server.get('/api/inbox/report.csv', async (request, reply) => {
    const { worker } = await sessions.require(request);
    const period = periodOf(request.query);
    const csv = await reports.csv(worker.id, period);
    const name = `inloop-rapportage-${period.from.toISOString().slice(0, 10)}.csv`;
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${name}"`).send(csv);
  });
}
