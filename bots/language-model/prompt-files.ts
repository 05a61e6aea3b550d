import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../../core/errors.js';
import { promptPlaceholders } from '../../core/language-model/prompt-template.js';

export const defaultPromptDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prompts');

/** The prompt files and the placeholders each must use (and may only use). */
const expected = {
  'read-message.system.txt': ['language', 'topics', 'crisisIds'],
  'read-message.user.txt': ['knownTopics', 'questions', 'earlier', 'message'],
  'summarise.system.txt': ['language', 'confirmLead', 'lineForm', 'address', 'topicLabels'],
  'summarise.user.txt': ['topics', 'facts', 'story'],
} as const;

export type PromptName = keyof typeof expected;
export type PromptTexts = Record<PromptName, string>;

/** Reads the prompts once at start-up; a missing file or a wrong placeholder is a configuration error. */
export function loadPrompts(directory = defaultPromptDirectory): PromptTexts {
  const entries = (Object.keys(expected) as PromptName[]).map((name) => {
    const path = join(directory, name);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new ConfigurationError(`prompt file ${path} cannot be read`, { cause: error });
    }
    const used = promptPlaceholders(text).sort();
    const wanted = [...expected[name]].sort();
    if (used.join(',') !== wanted.join(',')) {
      throw new ConfigurationError(`prompt file ${path} uses {{${used.join('}}, {{')}}} but needs exactly {{${wanted.join('}}, {{')}}}`);
    }
    return [name, text] as const;
  });
  return Object.fromEntries(entries) as PromptTexts;
}
