import type { SafetyLexicon } from '../safety-lexicon.js';

/** Placeholder until the lexicon is written. */
export const ukrainianSafetyLexicon: SafetyLexicon = {
  crisis: { suicide: [], violence: [], emergency: [] },
  concern: { suicide: [], violence: [], emergency: [] },
  figurative: [],
  bystander: [],
  risk: [],
  refusal: [],
};
