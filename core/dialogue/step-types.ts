import type { Classification } from '../classification/classification.js';
import type { NewCase } from '../ports/case-record.js';
import type { MessageKind, Reply } from '../ports/message.js';
import type { CrisisNumbers } from '../texts/assistant-texts.js';
import type { OfficeHours } from '../office-hours/office-hours.js';
import type { SocialMap } from '../social-map/social-map.js';
import type { RoleConfiguration } from '../roles/role-configuration.js';
import type { DialogueState } from './dialogue-state.js';
import type { NeighbourhoodSettings } from './neighbourhood-answer.js';

export interface DialogueSettings {
  maximumQuestions: number;
  officeHours: OfficeHours;
  socialMap: SocialMap;
  crisisNumbers: CrisisNumbers;
  retentionDays: number;
  /** Which role gets a case (core/roles/); absent: docs/residents/intake.md's defaults. */
  roles?: RoleConfiguration;
  /** The optional "where" question; absent: not asked (config/organisation.json `neighbourhoods`). */
  neighbourhoods?: NeighbourhoodSettings;
}

export interface DialogueEvent {
  text: string;
  kind: MessageKind;
  quickReplyId?: string;
  /** Characters kept when a long message was cut. */
  truncatedTo?: number;
}

export interface StepContext {
  classification: Classification;
  now: Date;
  /** The conversation's waiting or claimed case, looked up before the step. */
  activeCase: { id: string; status: 'waiting' | 'claimed' } | null;
  settings: DialogueSettings;
  /** A question a language model would ask next; used only when it is an open question of the bank that is due anyway. */
  preferredQuestionId?: string | null;
}

export type DialogueEffect =
  | { type: 'open-case'; draft: Omit<NewCase, 'conversationId'> }
  | { type: 'update-case'; caseId: string; patch: Partial<NewCase> }
  | { type: 'erase-resident' };

export interface StepResult {
  state: DialogueState;
  replies: Reply[];
  effects: DialogueEffect[];
}
