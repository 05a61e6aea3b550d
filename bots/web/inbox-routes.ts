import type { FastifyInstance, FastifyRequest } from 'fastify';
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
import { isRoleId } from '../../core/roles/role-ids.js';
import type { WorkerSessions } from './worker-sessions.js';
import { HttpProblem } from './web-errors.js';
import { closingOutcomeIds, closingOutcomeLabels, isClosingOutcomeId, type ClosingOutcome } from '../../core/outcomes/closing-outcome.js';

const statusChoices: Record<string, CaseStatus[]> = { open: ['waiting', 'claimed'], waiting: ['waiting'], claimed: ['claimed'], closed: ['closed'] };

function caseFilter(query: Record<string, string | undefined>): CaseFilter {
  const filter: CaseFilter = { statuses: statusChoices[query.status ?? 'open'] ?? statusChoices.open };
  if (query.topic && (topicIds as readonly string[]).includes(query.topic)) filter.topic = query.topic as TopicId;
  if (query.domain && (domainIds as readonly string[]).includes(query.domain)) filter.domain = query.domain as DomainId;
  if (query.team) filter.team = query.team.slice(0, 100);
  if (isRoleId(query.role)) filter.role = query.role;
  return filter;
}

/** `confirmTakeOver: true` says the coordinator confirmed taking over a colleague's case in the inbox's dialog. */
const takeOverOptions = (body: unknown) => ({ confirmTakeOver: (body as { confirmTakeOver?: unknown } | null)?.confirmTakeOver === true });

function requiredText(body: unknown, field: string, maximum: number, emptyMessage: string): string {
  const value = (body as Record<string, unknown> | null)?.[field];
  if (typeof value !== 'string' || !value.trim()) throw new HttpProblem(400, emptyMessage);
  if (value.length > maximum) throw new HttpProblem(413, 'Die tekst is te lang.');
  return value;
}

/**
 * A close from the inbox: `{ outcome: <id>, partnerId?, improvedDomains?, note? }` is structured;
 * `{ outcome: "<words>" }` (older clients) stays words, which the statistics read a category from.
 */
function closingOutcomeOf(body: unknown): string | ClosingOutcome {
  const fields = (body ?? {}) as Record<string, unknown>;
  if (!isClosingOutcomeId(fields.outcome)) return requiredText(body, 'outcome', 500, 'Kies een uitkomst.');
  const improved = fields.improvedDomains ?? [];
  if (!Array.isArray(improved)) throw new HttpProblem(400, 'Kies leefgebieden uit de lijst.');
  const note = fields.note;
  if (note !== undefined && note !== null && typeof note !== 'string') throw new HttpProblem(400, 'De toelichting is geen tekst.');
  if (typeof note === 'string' && note.length > 500) throw new HttpProblem(413, 'Die tekst is te lang.');
  return {
    outcome: fields.outcome,
    partnerId: typeof fields.partnerId === 'string' ? fields.partnerId : null,
    improvedDomains: improved as DomainId[],
    note: typeof note === 'string' ? note : null,
  };
}

/** The worker inbox API: every route needs a session, every state change its CSRF token. */
export function registerInboxRoutes(server: FastifyInstance, runtime: Runtime, sessions: WorkerSessions): void {
  const { desk, store, clock } = runtime;
  // A quiet open case shows the retention notice (core/retention/retention-notice.ts).
  const retention = { retentionDays: runtime.configuration.RETENTION_DAYS, graceDays: runtime.configuration.RETENTION_GRACE_DAYS };
  const caseId = (request: FastifyRequest) => (request.params as { caseId: string }).caseId;

  server.get('/api/inbox/taxonomy', async (request) => {
    await sessions.require(request);
    return {
      topics: topicIds.map((id) => ({ id, label: topics[id].label.nl, domain: topics[id].domain })),
      domains: domainIds.map((id) => ({ id, label: domainLabels[id].nl })),
    };
  });

  server.get('/api/inbox/workers', async (request) => {
    await sessions.require(request);
    return { workers: (await store.listWorkers()).map(workerView) };
  });

  server.get('/api/inbox/cases', async (request) => {
    const { worker } = await sessions.require(request);
    const query = request.query as Record<string, string | undefined>;
    // status=snoozed: the open cases that are snoozed (follow-up); every other view leaves them out.
    const cases = await desk.queue(worker.id, caseFilter({ ...query, status: query.status === 'snoozed' ? 'open' : query.status }), query.status === 'snoozed' ? 'snoozed' : 'active');
    const now = clock.now();
    return { cases: cases.map((record) => toCaseView(record, now, retention)) };
  });

  server.get('/api/inbox/cases/:caseId', async (request) => {
    const { worker } = await sessions.require(request);
    const card = await desk.openCard(caseId(request), worker.id);
    const whatsApp = { messages: card.messages, templateConfigured: Boolean(runtime.configuration.WHATSAPP_TEMPLATE_REPLY) };
    // The conversation's state says in which language each line is written (WCAG 3.1.2).
    const conversation = await runtime.store.findConversation(card.case.conversationId);
    return {
      case: toCaseView(card.case, clock.now(), retention, whatsApp),
      messages: card.messages.map((message) => toMessageView(message, conversation?.state)),
      notes: card.notes.map((note) => ({ id: note.id, workerId: note.workerId, text: note.text, createdAt: note.createdAt.toISOString() })),
      audit: card.audit.map((entry) => ({ actor: entry.actor, action: entry.action, detail: entry.detail, createdAt: entry.createdAt.toISOString() })),
    };
  });

  server.post('/api/inbox/cases/:caseId/claim', async (request) => {
    const { worker } = await sessions.require(request);
    return { case: toCaseView(await desk.claim(caseId(request), worker.id, takeOverOptions(request.body)), clock.now()) };
  });

  server.post('/api/inbox/cases/:caseId/messages', async (request) => {
    const { worker } = await sessions.require(request);
    const text = requiredText(request.body, 'text', 4000, 'Typ eerst een bericht.');
    return { message: toMessageView(await desk.reply(caseId(request), worker.id, text)) };
  });

  server.post('/api/inbox/cases/:caseId/notes', async (request) => {
    const { worker } = await sessions.require(request);
    const note = await desk.addNote(caseId(request), worker.id, requiredText(request.body, 'text', 4000, 'Typ eerst een notitie.'));
    return { note: { id: note.id, workerId: note.workerId, text: note.text, createdAt: note.createdAt.toISOString() } };
  });

  server.post('/api/inbox/cases/:caseId/reassign', async (request) => {
    const { worker } = await sessions.require(request);
    const target = (request.body as { workerId?: unknown } | null)?.workerId;
    if (target !== null && typeof target !== 'string') throw new HttpProblem(400, 'Kies een collega, of niemand.');
    return { case: toCaseView(await desk.reassign(caseId(request), worker.id, target, takeOverOptions(request.body)), clock.now()) };
  });

  registerFollowUpRoutes(server, runtime, sessions);
  registerRoleRoutes(server, runtime, sessions);
  registerReportRoutes(server, runtime, sessions);

  // The outcomes, partners and life domains the close form offers (issue 17).
  server.get('/api/inbox/closing-outcomes', async (request) => {
    await sessions.require(request);
    return {
      outcomes: closingOutcomeIds.map((id) => ({ id, label: closingOutcomeLabels[id] })),
      partners: desk.followUp.referralPartners().map((partner) => ({ id: partner.id, name: partner.name })),
      domains: domainIds.map((id) => ({ id, label: domainLabels[id].nl })),
    };
  });

  server.post('/api/inbox/cases/:caseId/close', async (request) => {
    const { worker } = await sessions.require(request);
    return { case: toCaseView(await desk.close(caseId(request), worker.id, closingOutcomeOf(request.body), takeOverOptions(request.body)), clock.now()) };
  });
}
