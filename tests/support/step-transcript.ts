import type { Classification } from '../../core/classification/classification.js';
import { dialogueStep } from '../../core/dialogue/dialogue-step.js';
import { initialDialogueState, type DialogueState } from '../../core/dialogue/dialogue-state.js';
import type { DialogueEvent, DialogueSettings, StepContext, StepResult } from '../../core/dialogue/step-types.js';
import { defaultOfficeHours } from '../../core/office-hours/office-hours.js';
import { noSafetySignal } from '../../core/safety/safety-signal.js';
import { dutchCrisisNumbers } from '../../core/texts/assistant-texts.js';

/** A Dutch message about money, as the offline classifier would read it; tests override what they need. */
export function classified(overrides: Partial<Classification> = {}): Classification {
  return {
    language: 'nl',
    topics: [{ id: 'money', confidence: 0.9 }],
    domain: 'self-reliance',
    unclear: false,
    crisis: null,
    safety: noSafetySignal,
    urgency: 'normal',
    ...overrides,
  };
}

export const stepSettings: DialogueSettings = {
  maximumQuestions: 0,
  officeHours: defaultOfficeHours,
  socialMap: { offers: [], partners: [] },
  crisisNumbers: dutchCrisisNumbers,
  retentionDays: 30,
};

/** A Wednesday at 10:00 in Amsterdam: office hours. */
export const officeTime = new Date('2026-12-02T09:00:00Z');

export interface StepMessage {
  text?: string;
  kind?: DialogueEvent['kind'];
  quickReplyId?: string;
  classification?: Classification;
  activeCase?: StepContext['activeCase'];
}

/**
 * A conversation over the pure dialogueStep, without a database or a runtime (in the spirit of
 * botbuilder's TestFlow): each send feeds the step the state the previous one returned.
 */
export function stepTranscript(settings: Partial<DialogueSettings> = {}, now: Date = officeTime) {
  let state: DialogueState = initialDialogueState();
  const results: StepResult[] = [];
  return {
    get state() {
      return state;
    },
    results,
    send(message: StepMessage | string): StepResult {
      const { text = '', kind = 'text', quickReplyId, classification = classified(), activeCase = null } = typeof message === 'string' ? { text: message } : message;
      const event: DialogueEvent = quickReplyId ? { text, kind, quickReplyId } : { text, kind };
      const result = dialogueStep(state, event, { classification, now, activeCase, settings: { ...stepSettings, ...settings } });
      state = result.state;
      results.push(result);
      return result;
    },
  };
}
