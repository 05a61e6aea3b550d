import type { CaseRecord } from '../ports/case-record.js';

/** How long personal content is kept (RETENTION_DAYS) and how long a quiet open case waits after its notice (RETENTION_GRACE_DAYS). */
export interface RetentionPeriods {
  retentionDays: number;
  graceDays: number;
}

const day = 24 * 60 * 60 * 1000;

/** What the inbox shows on a case that will be purged: the Dutch notice for the coordinators. */
export interface RetentionNotice {
  noticedAt: Date;
  purgeAt: Date;
  quietDays: number;
  purgeInDays: number;
  text: string;
}

export function retentionNoticeText(quietDays: number, purgeInDays: number): string {
  const days = (count: number) => `${count} ${count === 1 ? 'dag' : 'dagen'}`;
  return `Deze casus is al ${days(quietDays)} stil en wordt over ${days(purgeInDays)} verwijderd.`;
}

/**
 * The notice of a case flagged by the retention job, or null. It was flagged after
 * `retentionDays` without activity, so it has been quiet at least that long plus the days since.
 */
export function retentionNoticeFor(record: Pick<CaseRecord, 'status' | 'retentionNoticeAt'>, now: Date, periods: RetentionPeriods): RetentionNotice | null {
  if (!record.retentionNoticeAt || record.status === 'closed') return null;
  const noticedAt = record.retentionNoticeAt;
  const purgeAt = new Date(noticedAt.getTime() + periods.graceDays * day);
  const quietDays = periods.retentionDays + Math.max(0, Math.floor((now.getTime() - noticedAt.getTime()) / day));
  const purgeInDays = Math.max(0, Math.ceil((purgeAt.getTime() - now.getTime()) / day));
  return { noticedAt, purgeAt, quietDays, purgeInDays, text: retentionNoticeText(quietDays, purgeInDays) };
}
