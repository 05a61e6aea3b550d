import type { ModelAssist } from '../../core/language-model/model-assist.js';
import { createLogger } from '../runtime/create-logger.js';
import { createModelAssistFromEnvironment, loadLanguageModelEnvironment } from './language-model-configuration.js';

/** The language model for the classify and eval commands, from the environment; null when OPENAI_API_KEY is unset. Logs go to stderr. */
export function commandLineModel(environment: NodeJS.ProcessEnv = process.env): ModelAssist | null {
  const settings = loadLanguageModelEnvironment(environment);
  const logger = createLogger(environment.LOG_LEVEL ?? 'warn');
  return createModelAssistFromEnvironment(settings, { logger });
}
