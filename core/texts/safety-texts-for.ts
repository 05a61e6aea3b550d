import type { LanguageCode } from '../taxonomy/index.js';
import type { SafetyTexts } from './safety-texts.js';
import { arabicSafetyTexts } from './safety/arabic-safety-texts.js';
import { dutchSafetyTexts } from './safety/dutch-safety-texts.js';
import { englishSafetyTexts } from './safety/english-safety-texts.js';
import { polishSafetyTexts } from './safety/polish-safety-texts.js';
import { turkishSafetyTexts } from './safety/turkish-safety-texts.js';
import { ukrainianSafetyTexts } from './safety/ukrainian-safety-texts.js';
import { formalDutchSafetyTexts } from './safety/formal-dutch-safety-texts.js';

const both = (english: string, dutch: string) => `${english}\n\n${dutch}`;
const bothWith = <A extends unknown[]>(pick: (texts: SafetyTexts) => (...args: A) => string) => (...args: A) =>
  both(pick(englishSafetyTexts)(...args), pick(dutchSafetyTexts)(...args));

/** A language the intake does not speak: English and Dutch together, so the numbers are understood either way. */
const englishAndDutchSafetyTexts: SafetyTexts = {
  crisis: bothWith((texts) => texts.crisis),
  bystander: bothWith((texts) => texts.bystander),
  urgent: bothWith((texts) => texts.urgent),
  refusesToCall: bothWith((texts) => texts.refusesToCall),
  stayWithYou: englishSafetyTexts.stayWithYou.map((english, index) => both(english, dutchSafetyTexts.stayWithYou[index] ?? '')),
  concernQuestion: bothWith((texts) => texts.concernQuestion),
  concernYes: 'Yes / Ja',
  concernNo: 'No / Nee',
  concernDeclined: both(englishSafetyTexts.concernDeclined, dutchSafetyTexts.concernDeclined),
  handOffOpen: both(englishSafetyTexts.handOffOpen, dutchSafetyTexts.handOffOpen),
  handOffClosed: bothWith((texts) => texts.handOffClosed),
  workerAlerted: both(englishSafetyTexts.workerAlerted, dutchSafetyTexts.workerAlerted),
  moment: englishSafetyTexts.moment,
};

const byLanguage: Record<LanguageCode, SafetyTexts> = {
  nl: dutchSafetyTexts,
  en: englishSafetyTexts,
  tr: turkishSafetyTexts,
  ar: arabicSafetyTexts,
  pl: polishSafetyTexts,
  uk: ukrainianSafetyTexts,
  other: englishAndDutchSafetyTexts,
};

/** What to say in a crisis or concern, in the resident's language. */
export function safetyTextsFor(language: LanguageCode, formal = false): SafetyTexts {
  return formal && language === 'nl' ? formalDutchSafetyTexts : byLanguage[language];
}
