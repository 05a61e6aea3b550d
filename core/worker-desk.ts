import type { CaseStore, CaseFilter } from './ports/case-store.js';
import type { AuditEntry, CaseNote, CaseRecord } from './ports/case-record.js';
import type { Clock } from './ports/clock.js';
import type { ConversationStore } from './ports/conversation-store.js';
import type { EventBus } from './ports/event-bus.js';
import type { Logger } from './ports/logger.js';
import { noMetrics, type Metrics } from './ports/metrics.js';
import type { MessageRecord, QuickReply } from './ports/message.js';
import type { WorkerRecord, WorkerStore } from './ports/worker-store.js';
import { CaseStatusError, DeliveryWindowClosedError, DeskPermissionError, NotFoundError } from './errors.js';
import type { DeliveryContext } from './ports/channel-sender.js';
import { createChannelSenders } from './channel-senders.js';
import { caseForWorker, isCrisisCase, maySeeCase, takesFromColleague, type DeskRules, type DeskWorker } from './desk-permissions.js';
import { textsFor } from './texts/texts-for.js';
import { createFollowUpActions, type FollowUpSettings } from './follow-up/follow-up-actions.js';
import { createRoleActions } from './roles/role-actions.js';
import type { AssignmentConfiguration } from './roles/role-configuration.js';
import type { ClosingOutcome } from './outcomes/closing-outcome.js';
import { checkClosingOutcome } from './outcomes/check-closing-outcome.js';
import { outcomeFromWords } from './outcomes/outcome-from-words.js';

export interface CaseCard {
  case: CaseRecord;
  waitingSeconds: number;
  messages: MessageRecord[];
  notes: CaseNote[];
  audit: AuditEntry[];
}

export interface WorkerDeskDependencies {
  conversations: ConversationStore;
  cases: CaseStore;
  workers: WorkerStore;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  /** Team scoping (TEAM_SCOPED_INBOX); off when not given. */
  rules?: DeskRules;
  /** Snooze, check-ins, referrals and canned replies (core/follow-up/). */
  followUp: FollowUpSettings;
  /** Automatic assignment within a role (core/roles/); off when not given. */
  assignment?: AssignmentConfiguration;
  /** Pick-up times and failed deliveries, for operators (docs/operators/metrics.md). */
  metrics?: Metrics;
}

/** A take-over of a colleague's case happens only when the request says the coordinator confirmed it. */
export interface TakeOverOptions {
  confirmTakeOver?: boolean;
}

/** What a worker does with cases, the same from the web inbox and from Slack. */
export function createWorkerDesk(dependencies: WorkerDeskDependencies) {
  const { conversations, cases, workers, events, clock, logger } = dependencies;
  const senders = createChannelSenders();
  const metrics = dependencies.metrics ?? noMetrics;
  const rules: DeskRules = dependencies.rules ?? { teamScopedInbox: false };

  async function requireCase(caseId: string): Promise<CaseRecord> {
    const found = await cases.findCase(caseId);
    if (!found) throw new NotFoundError('case', caseId);
    return found;
  }

  async function requireWorker(workerId: string): Promise<WorkerRecord> {
    const found = await workers.findWorkerById(workerId);
    if (!found) throw new NotFoundError('worker', workerId);
    return found;
  }

  /** A case the worker may see, or a refusal; closed or missing cases are left to the store to refuse. */
  async function visibleCase(caseId: string, worker: WorkerRecord): Promise<CaseRecord> {
    const record = await requireCase(caseId);
    if (!maySeeCase(worker, record, rules)) throw new DeskPermissionError(caseId, 'other-team');
    return record;
  }

  /**
   * The rule of docs/operators/security.md: a claim, reassignment or close of a case a colleague has needs a
   * coordinator who confirmed it. Returns the assignee the write must still find (so a claim in
   * between is not overwritten) and whether this is a take-over.
   */
  async function checkChange(record: CaseRecord, worker: WorkerRecord, options: TakeOverOptions) {
    if (!takesFromColleague(worker, record)) return { expectedAssigneeId: record.assigneeId, takenFrom: null };
    const assigneeName = (await workers.findWorkerById(record.assigneeId!))?.displayName ?? null;
    const details = { assigneeName, crisis: isCrisisCase(record) };
    if (worker.permission !== 'coordinator') throw new DeskPermissionError(record.id, 'colleague-case', details);
    if (!options.confirmTakeOver) throw new DeskPermissionError(record.id, 'confirmation-needed', details);
    return { expectedAssigneeId: record.assigneeId, takenFrom: record.assigneeId };
  }

  /** The colleague hears it on their own inbox, and the audit keeps who took it from whom. */
  async function noticeTakeOver(record: CaseRecord, worker: WorkerRecord, fromWorkerId: string, action: 'claimed' | 'reassigned' | 'closed') {
    await audit(record.id, worker.id, 'taken-over', fromWorkerId);
    await events.publish({ type: 'case-taken-over', caseId: record.id, fromWorkerId, byWorkerId: worker.id, action });
    logger.info({ caseId: record.id, byWorkerId: worker.id, fromWorkerId, action }, 'case taken over by a coordinator');
  }

  async function residentVoice(conversationId: string) {
    const conversation = await conversations.findConversation(conversationId);
    return { language: conversation?.state?.language ?? 'nl', formal: conversation?.state?.formal ?? false };
  }

  async function residentLanguage(conversationId: string) {
    return (await residentVoice(conversationId)).language;
  }

  /** Stores the message first, then tells every instance, then delivers on the resident's channel. */
  async function sendToResident(
    record: CaseRecord, text: string, author: 'worker' | 'system', workerId: string | null, quickReplies: QuickReply[] = [], purpose?: DeliveryContext['purpose'],
  ): Promise<MessageRecord> {
    const [message] = await conversations.appendMessages(record.conversationId, [
      { direction: 'outbound', author, text, kind: 'text', workerId, quickReplies, createdAt: clock.now() },
    ]);
    await events.publish({ type: 'message-stored', conversationId: record.conversationId, ref: record.ref, caseId: record.id, message });
    const sender = senders.senderFor(record.ref.channel);
    if (sender) {
      try {
        await sender.deliver(record.ref, { text, quickReplies, author: author === 'worker' ? 'worker' : 'assistant' }, { messageId: message.id, ...(purpose ? { purpose } : {}) });
      } catch (error) {
        logger.error({ err: error, caseId: record.id, channel: record.ref.channel }, 'delivery to resident failed; message is stored');
        metrics.sendFailed({ channel: record.ref.channel });
      }
    }
    return message;
  }

  /** Why the resident's channel would refuse this kind of message now (WhatsApp's closed window), or null when it would go out. */
  async function undeliverable(record: CaseRecord, purpose: DeliveryContext['purpose']): Promise<DeliveryWindowClosedError | null> {
    try {
      await senders.senderFor(record.ref.channel)?.checkDeliverable?.(record.ref, { purpose });
      return null;
    } catch (error) {
      if (error instanceof DeliveryWindowClosedError) return error;
      throw error;
    }
  }

  async function audit(caseId: string, actor: string, action: string, detail: string | null = null) {
    await cases.recordAudit({ caseId, actor, action, detail }, clock.now());
  }

  const followUp = createFollowUpActions({
    settings: dependencies.followUp, events, clock, logger, requireWorker, requireCase, visibleCase, residentLanguage, residentVoice, sendToResident, undeliverable, audit,
  });

  return {
    /** A channel that delivers by itself registers here at start; it calls the returned function at stop. */
    registerSender: senders.register,
    senderFor: senders.senderFor,
    rules,

    /** Snooze, check-ins, warm referrals and canned replies, on the desk's own paths for audit and messages. */
    followUp,

    /** Roles, "Afwezig", automatic assignment and linking offers to requests (core/roles/). */
    roles: createRoleActions({ cases, workers, events, clock, logger, assignment: dependencies.assignment, requireWorker, visibleCase, audit }),

    /** The case as this worker may see it (contact details left out when not theirs), or null when team scoping hides it. */
    caseFor(worker: DeskWorker, record: CaseRecord): CaseRecord | null {
      return maySeeCase(worker, record, rules) ? caseForWorker(worker, record) : null;
    },

    /** The queue as this worker may see it. */
    async queue(workerId: string, filter: CaseFilter = { statuses: ['waiting', 'claimed'] }, view: 'active' | 'snoozed' = 'active'): Promise<CaseRecord[]> {
      const worker = await requireWorker(workerId);
      // A role's queue also shows every open crisis case, at the top (the store sorts crisis first).
      const { role, ...storeFilter } = filter;
      const listed = (await cases.listCases(storeFilter)).filter((record) => !role || record.role === role || (isCrisisCase(record) && record.status !== 'closed'));
      // A snoozed case leaves the active queue until its moment or the resident's message (follow-up).
      const now = clock.now().getTime();
      const snoozed = (record: CaseRecord) => record.status !== 'closed' && (Boolean(record.snoozedUntilReply) || (record.snoozedUntil?.getTime() ?? 0) > now);
      return listed
        .filter((record) => maySeeCase(worker, record, rules) && snoozed(record) === (view === 'snoozed'))
        .map((record) => caseForWorker(worker, record));
    },

    async openCard(caseId: string, workerId: string): Promise<CaseCard> {
      const worker = await requireWorker(workerId);
      const record = caseForWorker(worker, await visibleCase(caseId, worker));
      await audit(caseId, workerId, 'opened');
      const [messages, notes, auditEntries] = await Promise.all([
        conversations.listMessages(record.conversationId),
        cases.listNotes(caseId),
        cases.listAudit(caseId),
      ]);
      const waitingUntil = record.claimedAt ?? clock.now();
      return { case: record, waitingSeconds: Math.max(0, Math.round((waitingUntil.getTime() - record.createdAt.getTime()) / 1000)), messages, notes, audit: auditEntries };
    },

    /**
     * First claim wins; a later one throws CaseClaimConflictError. A coordinator who confirmed it
     * takes a colleague's case over instead (a reassignment to themselves).
     */
    async claim(caseId: string, workerId: string, options: TakeOverOptions = {}): Promise<CaseRecord> {
      const worker = await requireWorker(workerId);
      const record = await visibleCase(caseId, worker);
      if (takesFromColleague(worker, record) && worker.permission === 'coordinator') {
        const { expectedAssigneeId, takenFrom } = await checkChange(record, worker, options);
        const taken = await cases.reassignCase(caseId, workerId, clock.now(), expectedAssigneeId);
        await audit(caseId, workerId, 'claimed');
        await noticeTakeOver(taken, worker, takenFrom!, 'claimed');
        await events.publish({ type: 'case-updated', case: taken, action: 'claimed' });
        await sendToResident(taken, textsFor(await residentLanguage(taken.conversationId)).workerClaimed(worker.displayName), 'system', null);
        return caseForWorker(worker, taken);
      }
      // Anyone else meets the store's first-claim-wins answer (409), as in a race.
      const claimed = await cases.claimCase(caseId, workerId, clock.now());
      metrics.casePickedUp({ urgency: claimed.urgency, seconds: Math.max(0, ((claimed.claimedAt ?? clock.now()).getTime() - claimed.createdAt.getTime()) / 1000) });
      await audit(caseId, workerId, 'claimed');
      await events.publish({ type: 'case-updated', case: claimed, action: 'claimed' });
      const texts = textsFor(await residentLanguage(claimed.conversationId));
      await sendToResident(claimed, texts.workerClaimed(worker.displayName), 'system', null);
      return caseForWorker(worker, claimed);
    },

    /** Only the worker who has the case answers the resident. */
    async reply(caseId: string, workerId: string, text: string): Promise<MessageRecord> {
      const record = await requireCase(caseId);
      if (record.status !== 'claimed' || record.assigneeId !== workerId) throw new CaseStatusError(`case ${caseId} is not claimed by ${workerId}`);
      const trimmed = text.trim();
      if (!trimmed) throw new CaseStatusError('an empty reply is not sent');
      // Asked before storing: a message the channel will refuse (WhatsApp's closed window) must not look sent.
      await senders.senderFor(record.ref.channel)?.checkDeliverable?.(record.ref);
      return sendToResident(record, trimmed.slice(0, 4000), 'worker', workerId);
    },

    /** Notes follow what a worker may see: they change nothing for the resident or the case's owner. */
    async addNote(caseId: string, workerId: string, text: string): Promise<CaseNote> {
      await visibleCase(caseId, await requireWorker(workerId));
      const note = await cases.addNote(caseId, workerId, text.trim().slice(0, 4000), clock.now());
      await audit(caseId, workerId, 'noted');
      return note;
    },

    /** The assignee hands over (to a colleague, or back to the queue with null); anyone else needs checkChange. */
    async reassign(caseId: string, workerId: string, toWorkerId: string | null, options: TakeOverOptions = {}): Promise<CaseRecord> {
      const worker = await requireWorker(workerId);
      const record = await visibleCase(caseId, worker);
      const { expectedAssigneeId, takenFrom } = await checkChange(record, worker, options);
      if (toWorkerId && !(await workers.findWorkerById(toWorkerId))) throw new NotFoundError('worker', toWorkerId);
      const updated = await cases.reassignCase(caseId, toWorkerId, clock.now(), expectedAssigneeId);
      await audit(caseId, workerId, 'reassigned', toWorkerId);
      if (takenFrom) await noticeTakeOver(updated, worker, takenFrom, 'reassigned');
      await events.publish({ type: 'case-updated', case: updated, action: 'reassigned' });
      return caseForWorker(worker, updated);
    },

    /**
     * Closes with the worker's words (Slack, older clients: the statistics read a category from
     * them) or with a structured outcome (the inbox): answered, referred to which partner,
     * collective offer, no contact or declined, and the life domains that improved.
     */
    async close(caseId: string, workerId: string, outcome: string | ClosingOutcome, options: TakeOverOptions = {}): Promise<CaseRecord> {
      const worker = await requireWorker(workerId);
      const record = await visibleCase(caseId, worker);
      const partners = dependencies.followUp.socialMap.partners;
      // Words that start with an outcome ("doorverwezen schuldhulp", Slack's `close:`) count as that outcome.
      const structured = typeof outcome === 'string' ? outcomeFromWords(outcome, partners) : outcome;
      const closing = structured ? checkClosingOutcome(structured, partners) : null;
      const { expectedAssigneeId, takenFrom } = await checkChange(record, worker, options);
      // Words stay as the worker wrote them on the case; only the structured part reaches the statistics.
      const words = typeof outcome === 'string' ? outcome.trim().slice(0, 500) || 'closed' : closing!.words;
      const closed = await cases.closeCase(caseId, words, clock.now(), expectedAssigneeId, closing?.closing);
      await audit(caseId, workerId, 'closed', closed.outcome);
      if (takenFrom) await noticeTakeOver(closed, worker, takenFrom, 'closed');
      await events.publish({ type: 'case-updated', case: closed, action: 'closed' });
      await sendToResident(closed, textsFor(await residentLanguage(closed.conversationId)).caseClosed, 'system', null);
      await followUp.scheduleSatisfaction(closed);
      return caseForWorker(worker, closed);
    },
  };
}

export type WorkerDesk = ReturnType<typeof createWorkerDesk>;
