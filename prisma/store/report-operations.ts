import type { IntakeStop, ReportRecord, ReportStore } from '../../core/ports/report-store.js';
import type { TopicScore } from '../../core/classification/classification.js';
import type { ChannelId } from '../../core/ports/conversation-ref.js';
import type { CrisisId, DomainId, Urgency } from '../../core/taxonomy/index.js';
import type { StoreClient } from './create-prisma-client.js';
import { satisfactionFigures, toCaseRecord, toCaseStatistic } from './map-records.js';
import { findFirstAnswers } from './first-answers.js';
import { outcomeCategory } from '../../core/retention/outcome-category.js';

/**
 * Reports read the live cases and the statistics together: a purge moves a case from one table to
 * the other in one transaction, so every case opened in the period is counted once.
 */
export function createReportOperations(db: StoreClient): ReportStore {
  return {
    async listReportRecords(from, to) {
      const [cases, statistics, answers] = await Promise.all([
        db.case.findMany({ where: { createdAt: { gte: from, lt: to } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
        db.caseStatistic.findMany({ where: { openedAt: { gte: from, lt: to } }, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] }),
        db.checkIn.findMany({ where: { kind: 'satisfaction', answer: { not: null }, case: { createdAt: { gte: from, lt: to } } }, select: { caseId: true, answer: true, score: true } }),
      ]);
      const answerOf = new Map(answers.map((answer) => [answer.caseId, answer]));
      const firstAnswers = await findFirstAnswers(db, cases);
      const live: ReportRecord[] = cases.map(toCaseRecord).map((record) => ({
        topics: (record.topics as TopicScore[]).map((topic) => topic.id),
        domain: record.domain as DomainId | null,
        urgency: record.urgency as Urgency,
        crisis: record.crisis as CrisisId | null,
        channel: record.ref.channel as ChannelId,
        language: record.language,
        neighbourhood: record.neighbourhood ?? null,
        outcome: record.outcomeCategory ?? outcomeCategory(record.outcome),
        partner: record.outcomePartner ?? null,
        improvedDomains: record.improvedDomains ?? [],
        openedAt: record.createdAt,
        claimedAt: record.claimedAt,
        firstAnsweredAt: firstAnswers.get(record.id) ?? null,
        closedAt: record.closedAt,
        ...satisfactionFigures(answerOf.get(record.id) ?? null),
      }));
      const kept: ReportRecord[] = statistics.map(toCaseStatistic);
      return [...live, ...kept];
    },

    async listIntakeStops(from, to) {
      const rows = await db.conversation.findMany({
        where: { lastMessageAt: { gte: from, lt: to }, cases: { none: { status: { in: ['waiting', 'claimed'] } } } },
        select: { state: true, lastMessageAt: true },
      });
      // Only the phase and the pending question's id leave the store, never the resident's words in the state.
      return rows.map((row) => {
        const state = (row.state ?? {}) as { phase?: unknown; pendingQuestion?: unknown };
        return {
          phase: typeof state.phase === 'string' ? state.phase : 'new',
          pendingQuestion: typeof state.pendingQuestion === 'string' ? state.pendingQuestion : null,
          lastMessageAt: row.lastMessageAt,
        };
      });
    },
  };
}
