import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CaseFilter } from '../../core/ports/case-store.js';
import type { CaseStatus } from '../../core/ports/case-record.js';
import { domainIds, domainLabels, topicIds, topics, type DomainId, type TopicId } from '../../core/taxonomy/index.js';
import type { Runtime } from '../runtime/create-runtime.js';
import { workerView } from './auth-routes.js';
import { toCaseView } from './case-view.js';
import { toMessageView } from './message-view.js';
import { registerFollowUpRoutes } from './follow-up-routes.js';
import { registerRoleRoutes } from './role-routes.js';
import { registerReportRoutes } from './report-routes.js';
import { roleIds } from '../../core/roles/role-ids.js';
import type { WorkerSessions } from './worker-sessions.js';
import { requestText, tooLongText } from './web-errors.js';
import { caseParams, requiredText } from './route-schemas.js';
import { workerTexts } from '../../core/texts/worker-texts.js';
import { requireSignedIn, signedInWorker } from './signed-in-worker.js';
import { closingOutcomeIds, closingOutcomeLabels, isClosingOutcomeId, type ClosingOutcome } from '../../core/outcomes/closing-outcome.js';

const statusChoices: Record<string, CaseStatus[]> = { open: ['waiting', 'claimed'], waiting: ['waiting'], claimed: ['claimed'], closed: ['closed'] };

/** A choice the inbox does not offer is no filter: the view falls back as the inbox would. */
const optionalChoice = <const T extends readonly [string, ...string[]]>(choices: T) => z.enum(choices).optional().catch(undefined);
const caseQuery = z.object({
  status: optionalChoice(['open', 'waiting', 'claimed', 'closed', 'snoozed']).describe('default open; snoozed: the open cases that are snoozed'),
  topic: optionalChoice(topicIds),
  domain: optionalChoice(domainIds),
  team: z.string().optional(),
  role: optionalChoice(roleIds),
});

function caseFilter(query: z.infer<typeof caseQuery>): CaseFilter {
  const filter: CaseFilter = { statuses: statusChoices[query.status ?? 'open'] ?? statusChoices.open };
  if (query.topic) filter.topic = query.topic as TopicId;
  if (query.domain) filter.domain = query.domain as DomainId;
  if (query.team) filter.team = query.team.slice(0, 100);
  if (query.role) filter.role = query.role;
  return filter;
}

/** `confirmTakeOver: true` says the coordinator confirmed taking over a colleague's case in the inbox's dialog. */
const confirmTakeOver = z.boolean().optional().catch(undefined).describe("a coordinator confirmed taking the case from the colleague who has it");
const takeOverOptions = (body: { confirmTakeOver?: boolean } | undefined) => ({ confirmTakeOver: body?.confirmTakeOver === true });

const outcomeText = requestText(workerTexts.chooseOutcome);
const domainsText = requestText(workerTexts.chooseDomains);
/**
 * A close from the inbox: `{ outcome: <id>, partnerId?, improvedDomains?, note? }` is structured;
 * `{ outcome: "<words>" }` (older clients) stays words, which the statistics read a category from.
 */
const closeBody = z.object({
  outcome: requiredText(500, workerTexts.chooseOutcome).describe(`one of ${closingOutcomeIds.join(', ')}; other words are kept as words`),
  partnerId: z.string().nullish().catch(null),
  improvedDomains: z.array(z.string({ error: domainsText }), { error: domainsText }).optional(),
  note: z.string({ error: requestText(workerTexts.noteNotText) }).max(500, tooLongText).nullish(),
  confirmTakeOver,
}, { error: outcomeText });

function closingOutcomeOf(body: z.infer<typeof closeBody>): string | ClosingOutcome {
  if (!isClosingOutcomeId(body.outcome)) return body.outcome;
  return { outcome: body.outcome, partnerId: body.partnerId ?? null, improvedDomains: (body.improvedDomains ?? []) as DomainId[], note: body.note ?? null };
}

/** The worker inbox API, one encapsulated group: every route needs a session, every state change its CSRF token. */
export const inboxRoutes = (runtime: Runtime, sessions: WorkerSessions): FastifyPluginAsync => async (inbox) => {
  requireSignedIn(inbox, sessions);
  registerInboxCaseRoutes(inbox, runtime);
  registerFollowUpRoutes(inbox, runtime);
  registerRoleRoutes(inbox, runtime);
  registerReportRoutes(inbox, runtime);
};

function registerInboxCaseRoutes(server: FastifyInstance, runtime: Runtime): void {
  const { desk, store, clock } = runtime;
  const api = server.withTypeProvider<ZodTypeProvider>();
  // A quiet open case shows the retention notice (core/retention/retention-notice.ts).
  const retention = { retentionDays: runtime.configuration.RETENTION_DAYS, graceDays: runtime.configuration.RETENTION_GRACE_DAYS };

  api.get('/api/inbox/taxonomy', { schema: { summary: 'Topics and domains with labels, for filters' } }, async () => {
    return {
      topics: topicIds.map((id) => ({ id, label: topics[id].label.nl, domain: topics[id].domain })),
      domains: domainIds.map((id) => ({ id, label: domainLabels[id].nl })),
    };
  });

  api.get('/api/inbox/workers', { schema: { summary: 'Colleagues, for reassigning' } }, async () => {
    return { workers: (await store.listWorkers()).map(workerView) };
  });

  api.get('/api/inbox/cases', { schema: { summary: 'The queue: crisis first, then urgent, then longest waiting', querystring: caseQuery } }, async (request) => {
    const worker = signedInWorker(request);
    const query = request.query;
    // status=snoozed: the open cases that are snoozed (follow-up); every other view leaves them out.
    const cases = await desk.queue(worker.id, caseFilter({ ...query, status: query.status === 'snoozed' ? 'open' : query.status }), query.status === 'snoozed' ? 'snoozed' : 'active');
    const now = clock.now();
    return { cases: cases.map((record) => toCaseView(record, now, retention)) };
  });

  api.get('/api/inbox/cases/:caseId', { schema: { summary: 'The case card: the case, transcript, private notes, audit trail and the satisfaction answers after closing', params: caseParams } }, async (request) => {
    const worker = signedInWorker(request);
    const card = await desk.openCard(request.params.caseId, worker.id);
    const whatsApp = { messages: card.messages, templateConfigured: Boolean(runtime.configuration.WHATSAPP_TEMPLATE_REPLY) };
    // The conversation's state says in which language each line is written (WCAG 3.1.2).
    const conversation = await runtime.store.findConversation(card.case.conversationId);
    // The resident's answers to "Is je vraag opgelost?" after closing (docs/coordinators.md), once they answered.
    const satisfaction = await runtime.store.findSatisfaction(card.case.id);
    return {
      case: toCaseView(card.case, clock.now(), retention, whatsApp),
      messages: card.messages.map((message) => toMessageView(message, conversation?.state)),
      notes: card.notes.map((note) => ({ id: note.id, workerId: note.workerId, text: note.text, createdAt: note.createdAt.toISOString() })),
      audit: card.audit.map((entry) => ({ actor: entry.actor, action: entry.action, detail: entry.detail, createdAt: entry.createdAt.toISOString() })),
      satisfaction: satisfaction?.answer ? { answer: satisfaction.answer, score: satisfaction.score, comment: satisfaction.comment } : null,
    };
  });

  api.post('/api/inbox/cases/:caseId/claim', {
    schema: {
      summary: "Claim; a second claim answers 409. A coordinator takes over a colleague's case with confirmTakeOver (403 with confirmationNeeded without it)",
      params: caseParams, body: z.object({ confirmTakeOver }).nullish().catch(undefined),
    },
  }, async (request) => {
    const worker = signedInWorker(request);
    return { case: toCaseView(await desk.claim(request.params.caseId, worker.id, takeOverOptions(request.body ?? undefined)), clock.now()) };
  });

  const messageText = requiredText(4000, workerTexts.writeMessage);
  api.post('/api/inbox/cases/:caseId/messages', {
    schema: { summary: 'Write to the resident (only the worker who has the case)', params: caseParams, body: z.object({ text: messageText }, { error: requestText(workerTexts.writeMessage) }) },
  }, async (request) => {
    const worker = signedInWorker(request);
    return { message: toMessageView(await desk.reply(request.params.caseId, worker.id, request.body.text)) };
  });

  api.post('/api/inbox/cases/:caseId/notes', {
    schema: { summary: 'A private note (never shown to the resident)', params: caseParams, body: z.object({ text: requiredText(4000, workerTexts.writeNote) }, { error: requestText(workerTexts.writeNote) }) },
  }, async (request) => {
    const worker = signedInWorker(request);
    const note = await desk.addNote(request.params.caseId, worker.id, request.body.text);
    return { note: { id: note.id, workerId: note.workerId, text: note.text, createdAt: note.createdAt.toISOString() } };
  });

  const colleagueText = requestText(workerTexts.chooseColleague);
  api.post('/api/inbox/cases/:caseId/reassign', {
    schema: {
      summary: 'Give the case to a colleague, or back to the queue (workerId null)', params: caseParams,
      body: z.object({ workerId: z.string({ error: colleagueText }).nullable(), confirmTakeOver }, { error: colleagueText }),
    },
  }, async (request) => {
    const worker = signedInWorker(request);
    return { case: toCaseView(await desk.reassign(request.params.caseId, worker.id, request.body.workerId, takeOverOptions(request.body)), clock.now()) };
  });

  // The outcomes, partners and life domains the close form offers (issue 17).
  api.get('/api/inbox/closing-outcomes', { schema: { summary: 'The choices of the close form: outcomes, referral partners of the social map, life domains' } }, async () => {
    return {
      outcomes: closingOutcomeIds.map((id) => ({ id, label: closingOutcomeLabels[id] })),
      partners: desk.followUp.referralPartners().map((partner) => ({ id: partner.id, name: partner.name })),
      domains: domainIds.map((id) => ({ id, label: domainLabels[id].nl })),
    };
  });

  api.post('/api/inbox/cases/:caseId/close', {
    schema: { summary: 'Close with a structured outcome (partnerId when referred), optionally the improved life domains and a note; free words are still accepted (docs/coordinators.md)', params: caseParams, body: closeBody },
  }, async (request) => {
    const worker = signedInWorker(request);
    return { case: toCaseView(await desk.close(request.params.caseId, worker.id, closingOutcomeOf(request.body), takeOverOptions(request.body)), clock.now()) };
  });
}
