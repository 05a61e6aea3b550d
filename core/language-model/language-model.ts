import type { ConversationLanguage, TopicId } from '../taxonomy/index.js';
import type { ModelReading, ModelSummary } from './model-schemas.js';

/** Tokens one model call used, as the server reported them. */
export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface ModelAnswer<T> {
  value: T;
  usage: ModelUsage;
}

export interface ModelCallOptions {
  /** Aborted when the turn's time budget is spent. */
  signal: AbortSignal;
}

/** A question the model may choose, with the words the resident would see. */
export interface QuestionChoice {
  id: string;
  text: string;
}

/** Everything in a request is already redacted: no BSN, IBAN, phone, e-mail, address or name. */
export interface ReadingRequest {
  language: ConversationLanguage;
  /** The message to read. */
  message: string;
  /** Earlier words of the resident in this intake, oldest first (a few at most). */
  earlier: string[];
  /** Topics already known in the conversation. */
  knownTopics: TopicId[];
  /** Open questions of the question bank the model may prefer; empty when no question is due. */
  openQuestions: QuestionChoice[];
}

export interface SummaryRequest {
  language: ConversationLanguage;
  topicLabels: string[];
  /** The resident's own words during the intake, oldest first. */
  story: string[];
  /** The template summary lines: the facts the summary must cover, and no others. */
  templateLines: string[];
}

/**
 * The language-model port: the core asks, an adapter (bots/language-model) answers with data that
 * matches the zod schemas. Implementations throw on any failure; the core's guard turns that
 * into "no answer" and the offline path carries on.
 */
export interface LanguageModel {
  /** Shown in logs and evaluation reports, e.g. "gpt-4o-mini at https://api.openai.com/v1". */
  readonly description: string;
  /** The instruction texts sent, so an answer that repeats them can be recognised and refused. */
  readonly instructionTexts: readonly string[];
  read(request: ReadingRequest, options: ModelCallOptions): Promise<ModelAnswer<ModelReading>>;
  summarise(request: SummaryRequest, options: ModelCallOptions): Promise<ModelAnswer<ModelSummary>>;
}
