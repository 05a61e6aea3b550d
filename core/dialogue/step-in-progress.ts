import type { QuickReply, Reply } from '../ports/message.js';
import { textsFor } from '../texts/texts-for.js';
import type { AssistantTexts } from '../texts/assistant-texts.js';
import { availabilityAt } from '../office-hours/office-hours.js';
import { caseDraft } from './case-draft.js';
import type { DialogueState } from './dialogue-state.js';
import type { DialogueEffect, StepContext, StepResult } from './step-types.js';

/**
 * One dialogue step while it runs: the state so far and the replies and effects it has collected.
 * A step is the pure part of a turn; "turn" means only the whole of one resident message handled
 * (stored, read, stepped, saved, answered: core/assistant.ts).
 */
export class StepInProgress {
  replies: Reply[] = [];
  effects: DialogueEffect[] = [];
  constructor(
    public state: DialogueState,
    public context: StepContext,
  ) {}
  get texts(): AssistantTexts {
    return textsFor(this.state.language, this.state.formal ?? false);
  }
  say(text: string, quickReplies: QuickReply[] = [], tone: Reply['tone'] = 'normal'): this {
    this.replies.push(quickReplies.length ? { text, quickReplies, tone } : { text, tone });
    if (quickReplies.length) this.state = { ...this.state, offeredReplies: quickReplies };
    return this;
  }
  update(patch: Partial<DialogueState>): this {
    this.state = { ...this.state, ...patch };
    return this;
  }
  openCase(consent: boolean): this {
    this.effects.push({ type: 'open-case', draft: caseDraft(this.state, consent, this.context.settings.roles) });
    return this.update({ phase: 'handed-off' });
  }
  whenAWorkerReacts(): string {
    const availability = availabilityAt(this.context.now, this.context.settings.officeHours);
    if (availability.open) return this.texts.openNow(availability.responseHours);
    return this.texts.openLater(this.texts.moment(availability.dayOffset, availability.weekday, availability.time));
  }
  result(): StepResult {
    return { state: this.state, replies: this.replies, effects: this.effects };
  }
}
