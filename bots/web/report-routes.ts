import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createReportActions, reportPeriod } from '../../core/reports/report-actions.js';
import { createCollectiveOfferActions } from '../../core/reports/collective-offer-actions.js';
import { topicIds } from '../../core/taxonomy/index.js';
import { keyLabel, sectionTitles, type ReportSection } from '../../core/reports/report-labels.js';
import { intakeStepLabel } from '../../core/reports/intake-drop-off.js';
import type { Runtime } from '../runtime/create-runtime.js';
import { signedInWorker } from './signed-in-worker.js';
import { requestText } from './web-errors.js';
import { workerTexts } from '../../core/texts/worker-texts.js';

/** The coordinators' dashboard data and the municipality's CSV (docs/coordinators.md); a plain worker gets 403. */
const periodQuery = z.object({
  from: z.string().optional().describe('a date (YYYY-MM-DD); default 30 days before to'),
  to: z.string().optional().describe('a date (YYYY-MM-DD); default today'),
});

const offerText = requestText(workerTexts.chooseCollectiveOffer);
const collectiveOfferBody = z.object({
  neighbourhood: z.string().trim().min(1).max(60).describe('the signal\'s wijk, as in signals[].neighbourhood'),
  topic: z.enum(topicIds).describe('the signal\'s main topic'),
  offer: z.string({ error: offerText }).trim().min(1, offerText).max(200, offerText).describe('the name of an offer of the card, or the words for a new one'),
}, { error: offerText });

export function registerReportRoutes(server: FastifyInstance, runtime: Runtime): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const { organisation, socialMap } = runtime.configuration;
  const dependencies = {
    workers: runtime.store,
    reports: runtime.store,
    collectiveOffers: runtime.store,
    clock: runtime.clock,
    settings: { neighbourhoodNames: organisation.neighbourhoods?.names ?? [], officeHours: organisation.officeHours, socialMap, intakeIdleHours: organisation.reports.intakeIdleHours },
  };
  const reports = createReportActions(dependencies);
  const collectiveOffers = createCollectiveOfferActions(dependencies);
  const periodOf = ({ from, to }: z.infer<typeof periodQuery>) => reportPeriod(from || undefined, to || undefined, runtime.clock.now());

  // `labels=1` (the dashboard) adds the Dutch name of every key; the municipality's JSON stays keys and counts.
  api.get('/api/inbox/report', {
    schema: {
      summary: 'Coordinators only: the report of a period from live cases and statistics, every count under 5 suppressed (null), with the signals; ' +
        'labels=1 adds Dutch names and who started a signal\'s collective offer',
      querystring: periodQuery.extend({ labels: z.string().optional() }),
    },
  }, async (request) => {
    const worker = signedInWorker(request);
    const dashboard = request.query.labels === '1';
    const report = await reports.report(worker.id, periodOf(request.query), { startedBy: dashboard });
    if (!dashboard) return report;
    const labels = Object.fromEntries(
      (Object.keys(sectionTitles) as ReportSection[]).map((section) => [section, Object.fromEntries(Object.keys(report[section]).map((key) => [key, keyLabel(section, key, socialMap)]))]),
    );
    const intakeLabels = Object.fromEntries(Object.keys(report.intakeDropOff.atStep).map((key) => [key, intakeStepLabel(key)]));
    return { ...report, labels: { ...labels, intakeDropOff: intakeLabels }, sectionTitles };
  });

  api.post('/api/inbox/signals/collective-offer', {
    schema: {
      summary: 'Coordinators only (403 for a worker): record that a collective offer was started for the signal of this wijk and topic; ' +
        '404 when it is no signal now, 409 when one was started for it already',
      body: collectiveOfferBody,
    },
    config: { invalidRequestText: workerTexts.chooseCollectiveOffer },
  }, async (request) => {
    const worker = signedInWorker(request);
    return { collectiveOffer: await collectiveOffers.start(worker.id, request.body) };
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
