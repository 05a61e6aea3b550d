import { ChatOpenAI } from '@langchain/openai';
import { APIError } from 'openai';
import { HumanMessage, SystemMessage, type AIMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import { LanguageModelError } from '../../core/language-model/language-model-error.js';
import type { LanguageModel, ModelAnswer, ModelUsage } from '../../core/language-model/language-model.js';
import { modelReadingSchema, modelSummarySchema, type ModelReading, type ModelSummary } from '../../core/language-model/model-schemas.js';
import { fillPrompt } from '../../core/language-model/prompt-template.js';
import { crisisList, languageName, questionList, quoteResident, topicList } from '../../core/language-model/prompt-values.js';
import { topicIds, topics, type ConversationLanguage } from '../../core/taxonomy/index.js';
import { loadPrompts, type PromptTexts } from './prompt-files.js';

export type StructuredOutputMethod = 'jsonSchema' | 'functionCalling';

export interface OpenAiLanguageModelOptions {
  apiKey: string;
  /** An OpenAI-compatible endpoint: OpenAI, Azure OpenAI (…/openai/v1/), Ollama, vLLM, a llama.cpp server. */
  baseURL?: string;
  model: string;
  /** Only for Azure's older deployment URLs (…/openai/deployments/NAME): sent as ?api-version= with an api-key header. */
  apiVersion?: string;
  /** json_schema response format (default), or tool calling for servers without it. */
  method?: StructuredOutputMethod;
  promptDirectory?: string;
}

const confirmLead: Record<ConversationLanguage, string> = {
  nl: 'Klopt het dat', en: 'Is it right that', tr: 'Doğru mu anladım:', ar: 'هل فهمت بشكل صحيح أن', pl: 'Czy dobrze rozumiem, że', uk: 'Чи правильно я розумію, що',
};
const lineForm: Record<ConversationLanguage, string> = {
  nl: 'bijvoorbeeld "je huur te laat is"',
  en: 'for example "your rent is late"',
  tr: 'örneğin "kiran gecikmiş"',
  ar: 'مثلا "الإيجار متأخر"',
  pl: 'na przykład "czynsz jest zaległy"',
  uk: 'наприклад "у вас борг за оренду"',
};
const address: Record<ConversationLanguage, string> = { nl: '"je"', en: '"you"', tr: '"sen"', ar: '"أنت"', pl: '"ty"', uk: '"ви"' };

type StructuredRunnable<T> = Runnable<unknown, { raw: AIMessage; parsed: T | null }>;

function usageOf(raw: AIMessage | undefined): ModelUsage {
  const usage = raw?.usage_metadata;
  return { inputTokens: usage?.input_tokens ?? 0, outputTokens: usage?.output_tokens ?? 0 };
}

/**
 * LangChain passes the openai SDK's APIError on. A server that refused the request itself (400, a
 * wrong key, an unknown model) refuses it again: only a timeout, a conflict, a rate limit, a server
 * error or a broken connection is worth another attempt within the turn.
 */
function worthRetrying(error: unknown): boolean {
  if (!(error instanceof APIError) || error.status === undefined) return true;
  return error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500;
}

const block = (lines: string[]) => (lines.length === 0 ? '(geen)' : lines.map(quoteResident).join('\n---\n'));

/** The LangChain implementation of the language-model port (outside core: core only sees the port). */
export function createOpenAiLanguageModel(options: OpenAiLanguageModelOptions): LanguageModel {
  const prompts: PromptTexts = loadPrompts(options.promptDirectory);
  const chat = new ChatOpenAI({
    model: options.model,
    apiKey: options.apiKey,
    temperature: 0,
    // Retries and the time budget belong to the core's guard, which knows the turn's deadline.
    maxRetries: 0,
    configuration: {
      baseURL: options.baseURL,
      ...(options.apiVersion ? { defaultQuery: { 'api-version': options.apiVersion }, defaultHeaders: { 'api-key': options.apiKey } } : {}),
    },
  });
  const method = options.method ?? 'jsonSchema';
  const reader = chat.withStructuredOutput(modelReadingSchema, { name: 'message_reading', method, includeRaw: true }) as unknown as StructuredRunnable<ModelReading>;
  const summariser = chat.withStructuredOutput(modelSummarySchema, { name: 'intake_summary', method, includeRaw: true }) as unknown as StructuredRunnable<ModelSummary>;

  const systemFor = {
    read: (language: ConversationLanguage) =>
      fillPrompt(prompts['read-message.system.txt'], { language: languageName(language), topics: topicList(language), crisisIds: crisisList() }),
    summarise: (language: ConversationLanguage) =>
      fillPrompt(prompts['summarise.system.txt'], {
        language: languageName(language),
        confirmLead: confirmLead[language],
        lineForm: lineForm[language],
        address: address[language],
        topicLabels: topicIds.map((id) => topics[id].label[language].toLowerCase()).join(', '),
      }),
  };

  async function ask<T>(runnable: StructuredRunnable<T>, system: string, user: string, signal: AbortSignal): Promise<ModelAnswer<T>> {
    let answer: { raw: AIMessage; parsed: T | null };
    try {
      answer = await runnable.invoke([new SystemMessage(system), new HumanMessage(user)], { signal });
    } catch (error) {
      throw new LanguageModelError(`the model call failed: ${(error as Error).message}`, { cause: error, retriable: worthRetrying(error) });
    }
    if (answer.parsed === null || answer.parsed === undefined) throw new LanguageModelError('the model answered without the structured output');
    return { value: answer.parsed, usage: usageOf(answer.raw) };
  }

  return {
    description: `${options.model} at ${options.baseURL ?? 'https://api.openai.com/v1'} (${method === 'jsonSchema' ? 'json_schema' : 'tool calling'})`,
    instructionTexts: [prompts['read-message.system.txt'], prompts['summarise.system.txt'], systemFor.read('nl'), systemFor.summarise('nl'), systemFor.summarise('en')],

    read(request, { signal }) {
      const user = fillPrompt(prompts['read-message.user.txt'], {
        knownTopics: request.knownTopics.length ? request.knownTopics.join(', ') : '(geen)',
        questions: questionList(request.openQuestions),
        earlier: block(request.earlier),
        message: quoteResident(request.message),
      });
      return ask(reader, systemFor.read(request.language), user, signal);
    },

    summarise(request, { signal }) {
      const user = fillPrompt(prompts['summarise.user.txt'], {
        topics: request.topicLabels.length ? request.topicLabels.join(', ') : '(nog onbekend)',
        facts: request.templateLines.map((line) => `- ${line}`).join('\n'),
        story: block(request.story),
      });
      return ask(summariser, systemFor.summarise(request.language), user, signal);
    },
  };
}
