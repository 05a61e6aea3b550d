import type { CrisisId } from '../taxonomy/index.js';
import type { CrisisNumbers } from './assistant-texts.js';

/** When the team opens next: days from today, the weekday (0 = Sunday) and the time, "09:00". */
export interface NextOpening {
  dayOffset: number;
  weekday: number;
  time: string;
}

/**
 * What the assistant says in a crisis or concern, for one language (docs/residents/intake.md "Safety signals").
 * Each text names the Dutch numbers in plain words; adapters make them tappable. Never implies
 * that someone is watching the chat: honesty about time is in `handOff` and `handOffClosed`.
 */
export interface SafetyTexts {
  /** First answer to a crisis: the numbers for this crisis, then that a worker is told. */
  crisis(crisis: CrisisId, numbers: CrisisNumbers): string;
  /** First answer when the resident writes about someone else (a neighbour, a friend, a child of others). */
  bystander(crisis: CrisisId, numbers: CrisisNumbers): string;
  /** A later message with more risk (a plan, means, a time, alone): more urgent, 112 first. */
  urgent(crisis: CrisisId, numbers: CrisisNumbers): string;
  /** The resident will not or cannot call: the chats and other ways, no thanks for "adding". */
  refusesToCall(crisis: CrisisId, numbers: CrisisNumbers): string;
  /** Later messages of a crisis conversation without new risk; used in turn, never twice in a row. */
  stayWithYou: readonly string[];
  /** The concern question, asked directly and kindly, with the numbers already in it. */
  concernQuestion(concern: CrisisId, numbers: CrisisNumbers): string;
  /** Button labels of the concern question. */
  concernYes: string;
  concernNo: string;
  /** After "no" to the concern question: thanks, the numbers stay valid, the intake goes on. */
  concernDeclined: string;
  /** The team is open: a worker is told now and reacts as soon as possible. */
  handOffOpen: string;
  /** The team is closed: it reads this from the next opening (its words come from `moment`); the numbers are there now. */
  handOffClosed(opening: NextOpening, numbers: CrisisNumbers): string;
  /** A worker has the case and was alerted by this message. */
  workerAlerted: string;
  /** "today at 09:00", "tomorrow at 09:00", "on Monday at 09:00" (weekday 0 = Sunday). */
  moment(dayOffset: number, weekday: number, time: string): string;
}
