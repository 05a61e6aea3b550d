import { randomUUID } from 'node:crypto';
import type { CaseRecord } from '../ports/case-record.js';
import type { CannedReply, CannedReplyInput, CannedReplyStore } from '../ports/canned-reply-store.js';
import type { Clock } from '../ports/clock.js';
import type { EventBus } from '../ports/event-bus.js';
import type { CheckInRecord, FollowUpStore, ReferralRecord } from '../ports/follow-up-store.js';
import type { Logger } from '../ports/logger.js';
import type { MessageRecord, QuickReply } from '../ports/message.js';
import type { WorkerRecord } from '../ports/worker-store.js';
import { CaseStatusError, CoordinatorOnlyError, NotFoundError, ReferralConsentError, type DeliveryWindowClosedError } from '../errors.js';
import type { DeliveryContext } from '../ports/channel-sender.js';
import type { OfficeHours } from '../office-hours/office-hours.js';
import { findOffer, type SocialMap } from '../social-map/social-map.js';
import { topics as topicTable, type ConversationLanguage } from '../taxonomy/index.js';
import { cannedReplyText, describeOffer, describeOfficeHours, fillPlaceholders, firstName, type CannedReplyDefaults } from './canned-reply-text.js';
import { followUpTextsFor } from './follow-up-texts.js';
import { satisfactionQuestion, type ResidentVoice } from './satisfaction-question.js';

const day = 24 * 60 * 60 * 1000;

export interface FollowUpSettings {
  store: FollowUpStore & CannedReplyStore;
  socialMap: SocialMap;
  officeHours: OfficeHours;
  /** Seeded when the organisation has no canned replies yet (config/canned-replies.json). */
  cannedReplyDefaults: CannedReplyDefaults;
  /** Days after closing that the resident is asked "Is je vraag opgelost?" once; 0 (or absent) asks nothing. */
  satisfactionAfterDays?: number;
}

/** What the worker desk lends the follow-up actions, so every write keeps one path (core/worker-desk.ts). */
export interface FollowUpContext {
  settings: FollowUpSettings;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  requireWorker(workerId: string): Promise<WorkerRecord>;
  requireCase(caseId: string): Promise<CaseRecord>;
  visibleCase(caseId: string, worker: WorkerRecord): Promise<CaseRecord>;
  residentLanguage(conversationId: string): Promise<string>;
  residentVoice(conversationId: string): Promise<ResidentVoice>;
  sendToResident(record: CaseRecord, text: string, author: 'worker' | 'system', workerId: string | null, quickReplies?: QuickReply[], purpose?: DeliveryContext['purpose']): Promise<MessageRecord>;
  /** Why the resident's channel would refuse this kind of message now (WhatsApp's closed window without a template), or null. */
  undeliverable(record: CaseRecord, purpose: DeliveryContext['purpose']): Promise<DeliveryWindowClosedError | null>;
  audit(caseId: string, actor: string, action: string, detail?: string | null): Promise<void>;
}

export interface ReferralRequest {
  partnerId: string;
  /** What the resident agreed may be shared, in the worker's words. */
  shared: string;
  consentAsked: boolean;
  consentGiven: boolean;
}

/** A canned reply ready for the reply field: placeholders filled, in the case's language (else Dutch). */
export interface FilledCannedReply {
  id: string;
  title: string;
  text: string;
  language: string;
}

/** Snooze, check-ins, warm referrals and canned replies: the desk's follow-up (docs/workers/desk.md "Canned replies, follow-up and warm referrals"). */
export function createFollowUpActions(context: FollowUpContext) {
  const { settings, events, clock, logger } = context;
  const { store } = settings;

  /** Whoever has the case follows it up; a snooze may also be set by a coordinator. */
  async function ownCase(caseId: string, workerId: string, coordinatorMay = false) {
    const worker = await context.requireWorker(workerId);
    const record = await context.visibleCase(caseId, worker);
    const mayAct = record.assigneeId === workerId || (coordinatorMay && worker.permission === 'coordinator');
    if (record.status !== 'claimed' || !mayAct) throw new CaseStatusError(`case ${caseId} is not claimed by ${workerId}`);
    return { worker, record };
  }

  function requireCoordinator(worker: WorkerRecord, action: string) {
    if (worker.permission !== 'coordinator') throw new CoordinatorOnlyError(action);
  }

  /** The shipped defaults, once, when there are none: fixed ids make two instances seeding at once harmless. */
  async function cannedReplies(): Promise<CannedReply[]> {
    const stored = await store.listCannedReplies();
    if (stored.length) return stored;
    for (const { id, ...reply } of settings.cannedReplyDefaults.replies) await store.createCannedReply(id, reply, clock.now());
    return store.listCannedReplies();
  }

  /** Ends a snooze and reminds the worker: the inbox shows `snooze-ended`, the Slack desk posts in the case's thread. */
  async function wake(caseId: string, reason: 'time' | 'reply' | 'worker', actor: string): Promise<CaseRecord | null> {
    const woken = await store.wakeCase(caseId, reason, clock.now());
    if (!woken) return null;
    await context.audit(caseId, actor, 'snooze-ended', reason);
    await events.publish({ type: 'case-updated', case: woken, action: 'snooze-ended' });
    logger.info({ caseId, reason }, 'snoozed case back in the queue');
    return woken;
  }

  return {
    /** Out of the active queue until `until`, or until the resident writes (`untilReply`), or both. */
    async snooze(caseId: string, workerId: string, until: Date | null, untilReply: boolean): Promise<CaseRecord> {
      const { record } = await ownCase(caseId, workerId, true);
      if (!until && !untilReply) throw new CaseStatusError('a snooze needs a moment or "until the resident writes"');
      if (until && until.getTime() <= clock.now().getTime()) throw new CaseStatusError('a snooze ends in the future');
      const snoozed = await store.snoozeCase(record.id, { until, untilReply }, clock.now());
      await context.audit(caseId, workerId, 'snoozed', [until?.toISOString(), untilReply ? 'until-reply' : null].filter(Boolean).join(' '));
      await events.publish({ type: 'case-updated', case: snoozed, action: 'snoozed' });
      return snoozed;
    },

    /** The worker ends the snooze early. */
    async unsnooze(caseId: string, workerId: string): Promise<CaseRecord> {
      const { record } = await ownCase(caseId, workerId, true);
      return (await wake(record.id, 'worker', workerId)) ?? record;
    },

    /** A resident's message wakes a case snoozed until they write; any instance may call this, one wins. */
    async wakeOnResidentMessage(caseId: string): Promise<CaseRecord | null> {
      return wake(caseId, 'reply', 'system');
    },

    /** Wakes every case whose snooze moment has come (the follow-up job, on the leader). */
    async wakeDueSnoozes(): Promise<CaseRecord[]> {
      const woken: CaseRecord[] = [];
      for (const record of await store.listDueSnoozes(clock.now())) {
        const done = await wake(record.id, 'time', 'system');
        if (done) woken.push(done);
      }
      return woken;
    },

    /** Schedules a check-in; without text, the default "Hoe gaat het nu met …?" in the resident's language. */
    async scheduleCheckIn(caseId: string, workerId: string, sendAt: Date, text: string | null): Promise<CheckInRecord> {
      const { record } = await ownCase(caseId, workerId);
      if (sendAt.getTime() <= clock.now().getTime()) throw new CaseStatusError('a check-in is scheduled for later');
      const language = await context.residentLanguage(record.conversationId);
      const topic = record.topics[0] ? topicTable[record.topics[0].id].label[language as ConversationLanguage] ?? topicTable[record.topics[0].id].label.nl : null;
      const message = text?.trim() || followUpTextsFor(language).checkIn((topic ?? '').toLocaleLowerCase(language) || '…');
      const checkIn = await store.scheduleCheckIn({ caseId, workerId, sendAt, text: message.slice(0, 4000) }, clock.now());
      await context.audit(caseId, workerId, 'check-in-scheduled', sendAt.toISOString());
      return checkIn;
    },

    /** The check-ins and referrals of a case this worker may see. */
    async followUpOfCase(caseId: string, workerId: string): Promise<{ checkIns: CheckInRecord[]; referrals: ReferralRecord[] }> {
      const record = await context.visibleCase(caseId, await context.requireWorker(workerId));
      const [checkIns, referrals] = await Promise.all([store.listCheckIns(record.id), store.listReferrals(record.id)]);
      return { checkIns, referrals };
    },

    /**
     * At close: the satisfaction question is scheduled for the configured days later, once per
     * case (a case closed again gets no second one); nothing when the organisation turned it off.
     */
    async scheduleSatisfaction(record: CaseRecord): Promise<CheckInRecord | null> {
      const days = settings.satisfactionAfterDays ?? 0;
      if (!(days > 0) || record.status !== 'closed') return null;
      const closedAt = record.closedAt ?? clock.now();
      return store.scheduleSatisfactionQuestion(record.id, new Date(closedAt.getTime() + days * day), clock.now());
    },

    /**
     * Sends every check-in whose moment has come (the follow-up job, on the leader). Marked sent
     * before it goes out: a check-in is sent at most once, even when two leaders overlap.
     */
    async sendDueCheckIns(): Promise<CheckInRecord[]> {
      const sent: CheckInRecord[] = [];
      for (const checkIn of await store.listDueCheckIns(clock.now())) {
        if (!(await store.markCheckInSent(checkIn.id, clock.now()))) continue;
        const record = await context.requireCase(checkIn.caseId).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        });
        if (!record) continue;
        if (checkIn.kind === 'satisfaction') {
          // Only about a case that is still closed; asked once: the step moves from nothing to asked for one sender only.
          if (record.status !== 'closed') continue;
          // A channel that would refuse it now (WhatsApp after 24 hours without its template): not asked, and the audit says why.
          const refused = await context.undeliverable(record, 'satisfaction-question');
          if (refused) {
            if (await store.recordSatisfaction(checkIn.id, null, { step: 'done' })) {
              await context.audit(record.id, 'system', 'satisfaction-skipped', `${refused.channel}-window-closed-no-template`);
              logger.info({ caseId: record.id, channel: refused.channel }, 'satisfaction question skipped: the channel window is closed and no template is configured');
            }
            continue;
          }
          if (!(await store.recordSatisfaction(checkIn.id, null, { step: 'asked' }))) continue;
          const question = satisfactionQuestion(await context.residentVoice(record.conversationId));
          await context.sendToResident(record, question.text, 'system', null, question.quickReplies, 'satisfaction-question');
          await context.audit(record.id, 'system', 'satisfaction-asked', checkIn.id);
          sent.push({ ...checkIn, sentAt: clock.now(), step: 'asked' });
          continue;
        }
        await context.sendToResident(record, checkIn.text, 'worker', checkIn.workerId);
        await context.audit(record.id, 'system', 'check-in-sent', checkIn.id);
        sent.push({ ...checkIn, sentAt: clock.now() });
      }
      return sent;
    },

    referralPartners: () => settings.socialMap.partners,

    /**
     * A warm referral: only with the resident's consent, asked and given, to what is shared.
     * Recorded on the case (partner, date, what is shared); the resident is told who will contact them.
     */
    async refer(caseId: string, workerId: string, request: ReferralRequest): Promise<ReferralRecord> {
      const { worker, record } = await ownCase(caseId, workerId);
      if (!request.consentAsked || !request.consentGiven || !request.shared.trim()) throw new ReferralConsentError(caseId);
      const partner = settings.socialMap.partners.find((candidate) => candidate.id === request.partnerId);
      if (!partner) throw new NotFoundError('referral partner', request.partnerId);
      const referral = await store.recordReferral(
        { caseId, workerId, partnerId: partner.id, partnerName: partner.name, shared: request.shared.trim().slice(0, 2000), consentAsked: true, consentGiven: true },
        clock.now(),
      );
      await context.audit(caseId, workerId, 'referred', partner.name);
      const language = await context.residentLanguage(record.conversationId);
      await context.sendToResident(record, followUpTextsFor(language).referred(partner.name, firstName(worker.displayName)), 'system', null);
      await events.publish({ type: 'case-updated', case: record, action: 'referred' });
      return referral;
    },

    /** The menu of a case's reply box: every canned reply, filled, in the case's language. */
    async cannedRepliesForCase(caseId: string, workerId: string): Promise<FilledCannedReply[]> {
      const worker = await context.requireWorker(workerId);
      const record = await context.visibleCase(caseId, worker);
      const language = await context.residentLanguage(record.conversationId);
      const offer = findOffer(settings.socialMap, record.topics.map((topic) => topic.id));
      return (await cannedReplies()).map((reply) => {
        const chosen = cannedReplyText(reply, language);
        const values = {
          worker: firstName(worker.displayName),
          officeHours: describeOfficeHours(settings.officeHours, chosen.language),
          offer: offer ? describeOffer(offer) : followUpTextsFor(chosen.language).noOffer,
        };
        return { id: reply.id, title: reply.title, text: fillPlaceholders(chosen.text, values), language: chosen.language };
      });
    },

    /** Every canned reply as written (placeholders kept), for the coordinators' editor and the workers' view. */
    listCannedReplies: async (workerId: string) => {
      await context.requireWorker(workerId);
      return cannedReplies();
    },

    async saveCannedReply(workerId: string, id: string | null, reply: CannedReplyInput): Promise<CannedReply> {
      requireCoordinator(await context.requireWorker(workerId), 'manage canned replies');
      if (id) return store.updateCannedReply(id, reply, clock.now());
      await cannedReplies();
      const created = await store.createCannedReply(`reply-${randomUUID()}`, reply, clock.now());
      if (!created) throw new CaseStatusError('a canned reply with this id exists');
      return created;
    },

    async deleteCannedReply(workerId: string, id: string): Promise<void> {
      requireCoordinator(await context.requireWorker(workerId), 'manage canned replies');
      await store.deleteCannedReply(id);
    },
  };
}

export type FollowUpActions = ReturnType<typeof createFollowUpActions>;
