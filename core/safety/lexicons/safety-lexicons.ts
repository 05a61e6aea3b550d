import type { SafetyLexicon } from '../safety-lexicon.js';
import { arabicSafetyLexicon } from './arabic-safety-lexicon.js';
import { dutchSafetyLexicon } from './dutch-safety-lexicon.js';
import { englishSafetyLexicon } from './english-safety-lexicon.js';
import { polishSafetyLexicon } from './polish-safety-lexicon.js';
import { turkishSafetyLexicon } from './turkish-safety-lexicon.js';
import { ukrainianSafetyLexicon } from './ukrainian-safety-lexicon.js';
import { universalSafetyLexicon } from './universal-safety-lexicon.js';

/** All lexicons; each message is checked against all of them. */
export const safetyLexicons: readonly SafetyLexicon[] = [
  dutchSafetyLexicon,
  englishSafetyLexicon,
  turkishSafetyLexicon,
  arabicSafetyLexicon,
  polishSafetyLexicon,
  ukrainianSafetyLexicon,
  universalSafetyLexicon,
];
