import type { IntakeStop, ReportRecord } from '../ports/report-store.js';
import type { CollectiveOfferStart } from '../ports/collective-offer-store.js';
import { channelIds } from '../ports/conversation-ref.js';
import { availabilityAt, type OfficeHours } from '../office-hours/office-hours.js';
import { closingOutcomeIds } from '../outcomes/closing-outcome.js';
import { satisfactionAnswers } from '../ports/follow-up-store.js';
import { collectiveOffersFor, type SocialMap } from '../social-map/social-map.js';
import { conversationLanguages, domainIds, topicIds, topics as topicTable } from '../taxonomy/index.js';
import { defaultMinimumCell, protectGroup, shownTotal, suppressSmallCells, type Counts, type ShownCounts } from './small-cells.js';
import type { Signal } from './signals.js';
import { defaultIntakeIdleHours, intakeDropOff, type IntakeDropOff } from './intake-drop-off.js';

/** What a report is made from, besides the records (docs/coordinators.md). */
export interface ReportSettings {
  minimumCell?: number;
  /** The configured wijken: each gets a row, also at zero. */
  neighbourhoodNames: string[];
  officeHours: OfficeHours;
  socialMap: SocialMap;
  /** Hours a conversation is quiet at an intake question before it counts as stopped (default 24). */
  intakeIdleHours?: number;
}

export interface Period {
  from: Date;
  /** Exclusive. */
  to: Date;
}

export interface WaitingFigure {
  count: number | null;
  /** The median time from opening to pick-up (or to the first answer); null under the minimum. */
  medianMinutes: number | null;
}

/** One waiting time, all cases and split by whether the case came in within office hours. */
export interface WaitingSplit {
  all: WaitingFigure;
  inOfficeHours: WaitingFigure;
  outsideOfficeHours: WaitingFigure;
}

export interface SignalCard extends Omit<Signal, 'pValue' | 'expected'> {
  topicLabel: string;
  text: string;
  /** Collective offers of the social map for the topic, in every wijk or in this one. */
  offers: Array<{ name: string; place: string; hours: string }>;
  /** The collective offer a coordinator started for this wijk and topic, or null. */
  collectiveOffer: CollectiveOfferCard | null;
}

/** What was started and when (ISO); no one's name, except `startedBy` on the dashboard (labels=1). */
export interface CollectiveOfferCard {
  offer: string;
  startedAt: string;
  /** The coordinator's display name: only for the dashboard, never in the municipality's JSON or CSV. */
  startedBy?: string;
}

export interface CaseReport {
  period: { from: string; to: string };
  minimumCell: number;
  total: number | null;
  crisis: number | null;
  byDomain: ShownCounts;
  byTopic: ShownCounts;
  byNeighbourhood: ShownCounts;
  byChannel: ShownCounts;
  byLanguage: ShownCounts;
  outcomes: ShownCounts;
  referredTo: ShownCounts;
  /** A case may count in several domains: each cell is suppressed on its own, no total beside it. */
  improvedDomains: ShownCounts;
  weekly: Array<{ week: string; count: number | null }>;
  /** Pick-up (pickedUp and its split) and the first answer by a worker (firstAnswer). */
  waiting: { pickedUp: WaitingFigure; inOfficeHours: WaitingFigure; outsideOfficeHours: WaitingFigure; firstAnswer: WaitingSplit };
  satisfaction: SatisfactionFigure;
  /** Conversations that stopped at a question of the intake (core/reports/intake-drop-off.ts). */
  intakeDropOff: IntakeDropOff;
  /** Collective offers coordinators started in the period (a signal card's "Start collectief aanbod"); null under the minimum. */
  collectiveOffersStarted: number | null;
  signals: SignalCard[];
}

/** What a report reads besides the cases: signals now, intake stops and collective offers. */
export interface ReportSources {
  signals?: Signal[];
  /** The weeks a signal's level is read over, for its card's text (default 12). */
  baselineWeeks?: number;
  intakeStops?: IntakeStop[];
  /** The latest start per wijk and topic over the signals' weeks, for the cards. */
  collectiveOfferStarts?: CollectiveOfferStart[];
  /** Every start within the report's period. */
  collectiveOffersStarted?: number;
}

/** "Is je vraag opgelost?" after closing: how many answered, yes/partly/no, and the mean score 1-5 (one decimal). */
export interface SatisfactionFigure {
  answered: number | null;
  answers: ShownCounts;
  scored: number | null;
  meanScore: number | null;
}

/** Older closes were words; their category is read into the closing outcomes it stands for. */
const legacyOutcomes: Record<string, string> = { helped: 'answered', advice: 'answered', withdrawn: 'declined' };
export const otherKey = 'other';
export const unknownKey = 'unknown';
export const openKey = 'open';
const otherPlacesKey = 'other-places';
const day = 24 * 60 * 60 * 1000;

function countBy(records: ReportRecord[], keys: readonly string[], keyOf: (record: ReportRecord) => string): Counts {
  const counts: Counts = Object.fromEntries(keys.map((key) => [key, 0]));
  for (const record of records) {
    const key = keyOf(record);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function waitingFigure(minutes: number[], minimum: number): WaitingFigure {
  const count = shownTotal(minutes.length, minimum);
  return { count, medianMinutes: count === null ? null : Math.round(median(minutes)) };
}

/**
 * Minutes from opening to `until` (pick-up, first answer) of the cases that have it, all and split
 * by office hours at opening. Beside the shown count of all, one hidden half would follow from the
 * other: then both halves are hidden.
 */
function waitingSplit(records: ReportRecord[], until: (record: ReportRecord) => Date | null | undefined, settings: ReportSettings, minimum: number): WaitingSplit {
  const waits = records.flatMap((record) => {
    const end = until(record);
    return end ? [{ minutes: (end.getTime() - record.openedAt.getTime()) / 60_000, open: availabilityAt(record.openedAt, settings.officeHours).open }] : [];
  });
  const all = waitingFigure(waits.map((wait) => wait.minutes), minimum);
  let inOfficeHours = waitingFigure(waits.filter((wait) => wait.open).map((wait) => wait.minutes), minimum);
  let outsideOfficeHours = waitingFigure(waits.filter((wait) => !wait.open).map((wait) => wait.minutes), minimum);
  if (all.count !== null && (inOfficeHours.count === null) !== (outsideOfficeHours.count === null)) {
    inOfficeHours = outsideOfficeHours = { count: null, medianMinutes: null };
  }
  return { all, inOfficeHours, outsideOfficeHours };
}

/** Monday 00:00 UTC of the week `at` falls in. */
function weekStart(at: Date): Date {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  return new Date(midnight - ((new Date(midnight).getUTCDay() + 6) % 7) * day);
}

const isoDate = (at: Date) => at.toISOString().slice(0, 10);

/** Counts per topic with, for every shown domain, its topics protected against that domain's count. */
function topicCells(records: ReportRecord[], total: number | null, byDomain: ShownCounts, minimum: number): ShownCounts {
  const counts = countBy(records, [...topicIds, unknownKey], (record) => record.topics[0] ?? unknownKey);
  let shown = suppressSmallCells(counts, total, minimum);
  for (let pass = 0; pass < 3; pass += 1) {
    for (const domain of domainIds) {
      const domainTopics = topicIds.filter((topic) => topicTable[topic].domain === domain);
      shown = protectGroup(shown, counts, domainTopics, byDomain[domain] ?? null, minimum);
    }
    shown = protectGroup(shown, counts, Object.keys(counts), total, minimum);
  }
  return shown;
}

/**
 * Configured wijken by name (also at zero); postcodes (and wijken no longer configured) by
 * themselves only with enough cases, the rest together: a row is never the sign of one case.
 */
function neighbourhoodCells(records: ReportRecord[], names: string[], total: number | null, minimum: number): ShownCounts {
  const raw = countBy(records, [...names, unknownKey], (record) => record.neighbourhood ?? unknownKey);
  const counts: Counts = { [otherPlacesKey]: 0 };
  for (const [key, count] of Object.entries(raw)) {
    const unlisted = !names.includes(key) && key !== unknownKey;
    if (unlisted && count < minimum) counts[otherPlacesKey] = (counts[otherPlacesKey] ?? 0) + count;
    else counts[key] = count;
  }
  return suppressSmallCells(counts, total, minimum);
}

/** The start recorded for a signal's wijk and topic (the store gives the latest per cell). */
export function startOf(starts: CollectiveOfferStart[], signal: Pick<Signal, 'neighbourhood' | 'topic'>): CollectiveOfferStart | undefined {
  return starts.find((start) => start.neighbourhood === signal.neighbourhood && start.topic === signal.topic);
}

function signalCard(signal: Signal, socialMap: SocialMap, baselineWeeks: number, starts: CollectiveOfferStart[]): SignalCard {
  const label = topicTable[signal.topic].label.nl;
  const perMonth = signal.baselinePerMonth.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  const { pValue: _pValue, expected: _expected, ...shown } = signal;
  const started = startOf(starts, signal);
  return {
    ...shown,
    topicLabel: label,
    text: `${signal.count} vragen over ${label.toLocaleLowerCase('nl')} in ${signal.neighbourhood} in ${signal.windowWeeks} weken; de ${baselineWeeks} weken daarvoor ${perMonth} per maand.`,
    offers: collectiveOffersFor(socialMap, signal.topic, signal.neighbourhood).map(({ name, place, hours }) => ({ name, place, hours })),
    collectiveOffer: started ? { offer: started.offer, startedAt: started.startedAt.toISOString() } : null,
  };
}

/** Answers beside their shown total, suppressed as any breakdown; the mean only over 5 or more scores. */
function satisfactionFigure(records: ReportRecord[], minimum: number): SatisfactionFigure {
  const answered = records.filter((record) => record.satisfaction);
  const answeredTotal = shownTotal(answered.length, minimum);
  const scores = records.flatMap((record) => (record.satisfactionScore ? [record.satisfactionScore] : []));
  const scored = shownTotal(scores.length, minimum);
  return {
    answered: answeredTotal,
    answers: suppressSmallCells(countBy(answered, satisfactionAnswers, (record) => record.satisfaction!), answeredTotal, minimum),
    scored,
    meanScore: scored === null ? null : Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10,
  };
}

/**
 * The report for a period: every count under the minimum suppressed (null), and no total that
 * lets a suppressed cell be worked out (core/reports/small-cells.ts).
 */
export function buildCaseReport(records: ReportRecord[], period: Period, settings: ReportSettings, sources: ReportSources = {}): CaseReport {
  const { signals = [], baselineWeeks = 12, intakeStops = [], collectiveOfferStarts = [], collectiveOffersStarted = 0 } = sources;
  const minimum = settings.minimumCell ?? defaultMinimumCell;
  const inPeriod = records.filter((record) => record.openedAt >= period.from && record.openedAt < period.to);
  const total = shownTotal(inPeriod.length, minimum);
  const byDomain = suppressSmallCells(countBy(inPeriod, [...domainIds, unknownKey], (record) => record.domain ?? unknownKey), total, minimum);
  const outcomeKeys = [...closingOutcomeIds, otherKey, openKey];
  const outcomeOf = (record: ReportRecord) => {
    if (!record.closedAt) return openKey;
    const outcome = legacyOutcomes[record.outcome ?? ''] ?? record.outcome ?? otherKey;
    return outcomeKeys.includes(outcome) ? outcome : otherKey;
  };
  const outcomes = suppressSmallCells(countBy(inPeriod, outcomeKeys, outcomeOf), total, minimum);
  const referred = inPeriod.filter((record) => outcomeOf(record) === 'referred');
  const partnerIds = settings.socialMap.partners.map((partner) => partner.id);
  const referredTo = suppressSmallCells(
    countBy(referred, [...partnerIds, otherKey], (record) => (record.partner && partnerIds.includes(record.partner) ? record.partner : otherKey)),
    outcomes.referred ?? null, minimum,
  );
  const improvedCounts: Counts = Object.fromEntries(domainIds.map((domain) => [domain, inPeriod.filter((record) => record.improvedDomains.includes(domain)).length]));
  const weeks = new Map<string, number>();
  for (let at = weekStart(period.from); at < period.to; at = new Date(at.getTime() + 7 * day)) weeks.set(isoDate(at), 0);
  for (const record of inPeriod) weeks.set(isoDate(weekStart(record.openedAt)), (weeks.get(isoDate(weekStart(record.openedAt))) ?? 0) + 1);
  const weekly = suppressSmallCells(Object.fromEntries(weeks), total, minimum);
  const pickUp = waitingSplit(inPeriod, (record) => record.claimedAt, settings, minimum);
  return {
    period: { from: isoDate(period.from), to: isoDate(new Date(period.to.getTime() - day)) },
    minimumCell: minimum,
    total,
    crisis: shownTotal(inPeriod.filter((record) => record.crisis !== null || record.urgency === 'crisis').length, minimum),
    byDomain,
    byTopic: topicCells(inPeriod, total, byDomain, minimum),
    byNeighbourhood: neighbourhoodCells(inPeriod, settings.neighbourhoodNames, total, minimum),
    byChannel: suppressSmallCells(countBy(inPeriod, channelIds, (record) => record.channel), total, minimum),
    byLanguage: suppressSmallCells(countBy(inPeriod, [...conversationLanguages, otherKey], (record) => ((conversationLanguages as readonly string[]).includes(record.language ?? '') ? record.language! : otherKey)), total, minimum),
    outcomes,
    referredTo,
    improvedDomains: suppressSmallCells(improvedCounts, null, minimum),
    weekly: Object.entries(weekly).map(([week, count]) => ({ week, count })),
    waiting: {
      pickedUp: pickUp.all, inOfficeHours: pickUp.inOfficeHours, outsideOfficeHours: pickUp.outsideOfficeHours,
      firstAnswer: waitingSplit(inPeriod, (record) => record.firstAnsweredAt, settings, minimum),
    },
    satisfaction: satisfactionFigure(inPeriod, minimum),
    intakeDropOff: intakeDropOff(intakeStops, settings.intakeIdleHours ?? defaultIntakeIdleHours, minimum),
    collectiveOffersStarted: shownTotal(collectiveOffersStarted, minimum),
    signals: signals.map((signal) => signalCard(signal, settings.socialMap, baselineWeeks, collectiveOfferStarts)),
  };
}
