import type { Classification } from '../classification/classification.js';
import type { DialogueEvent, StepResult } from '../dialogue/step-types.js';
import { initialDialogueState, type DialogueState, type Phase } from '../dialogue/dialogue-state.js';
import { detectCommand } from '../dialogue/commands.js';
import { absorbMessage, openQuestions } from '../dialogue/intake-progress.js';
import { isNo, isYes, matchQuickReply } from '../dialogue/answer-matching.js';
import { topics as topicDefinitions, type ConversationLanguage } from '../taxonomy/index.js';
import { textsFor } from '../texts/texts-for.js';
import { redactText } from '../privacy/redaction.js';
import type { LanguageModel } from './language-model.js';
import type { ModelGuard } from './guarded-language-model.js';
import { modelReadingSchema, modelSummarySchema } from './model-schemas.js';
import { mergeReading } from './merge-reading.js';
import { checkSummary } from './summary-check.js';

export interface ModelUnderstanding {
  classification: Classification;
  preferredQuestionId: string | null;
}

/** What the assistant asks of a language model in one turn. Both calls share one time budget and never throw. */
export interface ModelAssist {
  readonly description: string;
  /** performance.now() deadline for this turn's model calls. */
  startTurn(): number;
  understand(input: { conversationId: string; state: DialogueState; event: DialogueEvent; offline: Classification; deadline: number }): Promise<ModelUnderstanding | null>;
  /** Replaces a fresh template summary with the model's, when it passes the checks. */
  improveSummary(input: { conversationId: string; before: DialogueState; result: StepResult; deadline: number }): Promise<StepResult>;
}

/** Phases where the resident tells their story; contact details and consent never go to a model. */
const readingPhases = new Set<Phase>(['new', 'opening', 'clarify', 'choose-domain', 'confirm', 'correct', 'closed']);
const earlierMessages = 3;
const storyMessages = 12;
const cut = (text: string, length: number) => (text.length > length ? text.slice(0, length) : text);

function shouldRead(state: DialogueState, event: DialogueEvent, offline: Classification): boolean {
  const text = event.text.trim();
  // The deterministic crisis answer needs nothing from a model, and must not wait for one.
  if (offline.crisis || event.kind !== 'text' || event.quickReplyId || text.length < 3) return false;
  if (!readingPhases.has(state.phase) || detectCommand(text) || matchQuickReply(text, state.offeredReplies)) return false;
  return !(state.phase === 'confirm' && (isYes(text) || isNo(text)));
}

export function createModelAssist(model: LanguageModel, guard: ModelGuard, timeoutMs: number): ModelAssist {
  const languageOf = (state: DialogueState, offline?: Classification): ConversationLanguage =>
    state.phase === 'new' && offline?.language === 'en' ? 'en' : state.language;

  return {
    description: model.description,
    startTurn: () => performance.now() + timeoutMs,

    async understand({ conversationId, state, event, offline, deadline }) {
      if (!shouldRead(state, event, offline)) return null;
      const message = redactText(cut(event.text.trim(), 2000));
      const language = languageOf(state, offline);
      // A new or closed conversation starts afresh in the step; read it the same way.
      const base = state.phase === 'new' || state.phase === 'closed' ? { ...initialDialogueState(), language } : state;
      const provisional = absorbMessage(base, event.text, offline);
      const questions = ['clarify', 'opening', 'new', 'closed', 'choose-domain'].includes(state.phase) ? openQuestions(provisional) : [];
      const texts = textsFor(language);
      const openQuestionChoices = questions.map((question) => ({ id: question.id, text: texts.questions[question.id] ?? question.id }));
      const reading = await guard({
        conversationId,
        operation: 'read',
        deadline,
        run: (options) =>
          model.read(
            {
              language,
              message,
              earlier: base.story.slice(-earlierMessages).map((text) => redactText(cut(text, 500))),
              knownTopics: base.topics.map((topic) => topic.id),
              openQuestions: openQuestionChoices,
            },
            options,
          ),
        accept: (value) => {
          const parsed = modelReadingSchema.safeParse(value);
          return parsed.success ? parsed.data : null;
        },
      });
      if (!reading) return null;
      const allowed = new Set(openQuestionChoices.map((choice) => choice.id));
      return {
        classification: mergeReading(offline, reading, message),
        preferredQuestionId: reading.preferredQuestionId && allowed.has(reading.preferredQuestionId) ? reading.preferredQuestionId : null,
      };
    },

    async improveSummary({ conversationId, before, result, deadline }) {
      const { state } = result;
      const fresh = state.phase === 'confirm' && state.summary && (before.phase !== 'confirm' || before.summary !== state.summary);
      if (!fresh || !state.summary || state.crisis) return result;
      const texts = textsFor(state.language);
      const templateLines = state.summary.split('\n');
      const index = result.replies.findIndex((reply) => reply.text === texts.summary(templateLines));
      if (index < 0) return result;
      const summary = await guard({
        conversationId,
        operation: 'summarise',
        deadline,
        run: (options) =>
          model.summarise(
            {
              language: state.language,
              topicLabels: state.topics.slice(0, 3).map((topic) => topicDefinitions[topic.id].label[state.language]),
              story: state.story.slice(-storyMessages).map((text) => redactText(cut(text, 500))),
              templateLines: templateLines.map((line) => redactText(line.replace(/^-\s*/, ''))),
            },
            options,
          ),
        accept: (value) => {
          const parsed = modelSummarySchema.safeParse(value);
          return parsed.success ? checkSummary(parsed.data, { instructionTexts: model.instructionTexts }) : null;
        },
      });
      if (!summary) return result;
      const lines = summary.lines.map((line) => `- ${line}`);
      const replies = result.replies.map((reply, position) => (position === index ? { ...reply, text: texts.summary(lines) } : reply));
      return { ...result, replies, state: { ...state, summary: lines.join('\n'), caseNote: summary.caseNote } };
    },
  };
}
