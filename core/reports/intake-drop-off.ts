import type { IntakeStop } from '../ports/report-store.js';
import { dutchTexts } from '../texts/dutch-texts.js';
import { shownTotal, suppressSmallCells, type Counts, type ShownCounts } from './small-cells.js';

/**
 * Intake drop-off (docs/coordinators.md): conversations whose dialogue still stands at a question of
 * the intake, with no case from it, and quiet for `idleHours`: the resident stopped there. A
 * question of the topic is counted by its own id (`question:<id>`), the other steps by phase.
 */
export const intakeSteps = ['opening', 'choose-domain', 'clarify', 'confirm', 'correct', 'neighbourhood', 'contact', 'contact-details', 'consent', 'offer-details'] as const;
export const defaultIntakeIdleHours = 24;

const stepNames: Record<(typeof intakeSteps)[number], string> = {
  opening: 'Welkom: nog niets verteld',
  'choose-domain': 'Kiezen waar het over gaat',
  clarify: 'Vervolgvraag',
  confirm: 'Samenvatting bevestigen',
  correct: 'Samenvatting aanpassen',
  neighbourhood: 'Vraag naar de wijk',
  contact: 'Hoe we contact opnemen',
  'contact-details': 'Telefoonnummer of adres',
  consent: 'Toestemming om te delen',
  'offer-details': 'Hulp aanbieden: wat, wanneer, waar',
};

export interface IntakeDropOff {
  /** How long a conversation is quiet before it counts as stopped. */
  idleHours: number;
  /** Conversations stopped in the intake; null under the minimum. */
  stopped: number | null;
  /** Per step (keys of intakeSteps, or `question:<id>`), suppressed as any breakdown beside `stopped`. */
  atStep: ShownCounts;
}

const isIntakeStep = (phase: string): phase is (typeof intakeSteps)[number] => (intakeSteps as readonly string[]).includes(phase);

/** The step a stopped conversation stands at: a topic question by its id, otherwise the phase. */
export function intakeStepOf(stop: IntakeStop): string | null {
  if (!isIntakeStep(stop.phase)) return null;
  return stop.phase === 'clarify' && stop.pendingQuestion ? `question:${stop.pendingQuestion}` : stop.phase;
}

export function intakeDropOff(stops: IntakeStop[], idleHours: number, minimum: number): IntakeDropOff {
  const counts: Counts = Object.fromEntries(intakeSteps.map((step) => [step, 0]));
  let total = 0;
  for (const stop of stops) {
    const step = intakeStepOf(stop);
    if (!step) continue;
    counts[step] = (counts[step] ?? 0) + 1;
    total += 1;
  }
  const stopped = shownTotal(total, minimum);
  return { idleHours, stopped, atStep: suppressSmallCells(counts, stopped, minimum) };
}

/** The Dutch name of a step, for the dashboard and the CSV: a topic question by its own words. */
export function intakeStepLabel(key: string): string {
  if (key.startsWith('question:')) {
    const text = dutchTexts.questions[key.slice('question:'.length)];
    return text ? `Vervolgvraag: ${text}` : `Vervolgvraag (${key.slice('question:'.length)})`;
  }
  return isIntakeStep(key) ? stepNames[key] : key;
}
