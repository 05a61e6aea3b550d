import { topics, type CrisisId, type LanguageCode, type TopicId } from '../taxonomy/index.js';
import type { Classification, Classifier } from './classification.js';
import { defaultCorpusFiles, loadCorpus } from './corpus.js';
import { detectSafety } from '../safety/safety-check.js';
import { defaultLearnedConcern } from '../safety/default-learned-concern.js';
import { detectLanguage } from './detect-language.js';
import { dutchMarkers, englishMarkers } from './language-markers.js';
import { commonCorpusWords, learnLexicon } from './learned-lexicon.js';
import { learnTopics, type LearnedTopics } from './learned-topics.js';
import { tokenize, topicCharacterLimit } from './normalize-text.js';
import { createStemmer, type StemLanguage } from './stemmer.js';
import { addWeights } from './topic-weights.js';
import { createTermIndex, type TermIndex } from './term-index.js';
import { addAgeEvidence } from './age-evidence.js';
import { addFamilyEvidence } from './family-evidence.js';
import { weighCareContext } from './care-context.js';
import { scoreTopics } from './topic-scorer.js';
import { confidenceOf, defaultRankingOptions, rankTopics, type RankingOptions } from './topic-ranking.js';
import { isUrgentInWords } from './urgency-check.js';
import { defaultVocabularyDirectory, loadVocabulary } from './vocabulary.js';

export interface OfflineClassifierOptions {
  /** Folders of `<topic>.json` vocabulary files; defaults to the shipped one. Add your own folder to extend it. */
  vocabularyDirectories?: string[];
  /** Labelled JSON-lines files learned from at start-up; defaults to the shipped corpus. Add your own to retrain. */
  corpusFiles?: string[];
  ranking?: Partial<RankingOptions>;
  /** How much the learned topic models count next to the vocabulary (0 turns them off); see learnedTopicEvidence. */
  learnedTopicWeight?: number;
  /** Learned topic models to use instead of learning them from `corpusFiles` (for measuring). */
  learnedTopics?: LearnedTopics;
}

/**
 * The learned topic models' probability, times `weight`, is added to the vocabulary's evidence for
 * topics they give at least `minimum` (`minimumAlone` when the vocabulary found no topic). Chosen by
 * leaving each read file out in turn (`npx tsx tests/bench/topic-lofo.ts 2026-12-01-[ijkl]`; while 7a12026 was
 * made, on those four files top-1 rose from 0.705 to about 0.78 and the domain from 0.77 to 0.85).
 * `minimumAlone` stays 0.3: 0.15 gained half a point of top-1 leaving each of files i-u out, but
 * "weet ik niet" then read as mental health, and the resident lost the topic buttons it must get.
 * In a language the vocabulary does not have (Spanish, French, Somali...) it finds nothing, so there the models
 * alone decide from `minimumAloneOtherLanguage`: leaving each of files s-za out, 0.1 lifted top-1 in other languages
 * from 0.56 to 0.61 and overall by 0.002, and greetings ("Hola", "Bonjour, je peux parler avec quelqu'un?") stay unclear.
 * The weight went 8 -> 12 (with 8 epochs at rate 0.3 in learned-topics.ts) when the corpus had grown to 13,600 messages:
 * leaving the read files m-p and q-t out as groups, top-1 rose 0.863 -> 0.881 and 0.848 -> 0.869, domain 0.906 -> 0.917 and 0.878 -> 0.894.
 */
export const learnedTopicEvidence = { weight: 12, minimum: 0.05, minimumAlone: 0.3, minimumAloneOtherLanguage: 0.1 };

/** A crisis message that names no topic still tells the worker where to look. */
const crisisTopics: Partial<Record<CrisisId, TopicId>> = { suicide: 'mental-health', violence: 'relationships', emergency: 'physical-health' };
const crisisTopicScore = 3;

/**
 * The offline classifier: crisis patterns first, then language, then topic evidence from
 * vocabulary files and a lexicon learned from labelled examples, both built once here.
 */
export function createOfflineClassifier(options: OfflineClassifierOptions = {}): Classifier {
  const stemmer = createStemmer();
  const vocabulary = (options.vocabularyDirectories ?? [defaultVocabularyDirectory]).flatMap((directory) => loadVocabulary(directory));
  const corpus = loadCorpus(options.corpusFiles ?? defaultCorpusFiles);
  const learned = learnLexicon(corpus, stemmer);
  const common = commonCorpusWords(corpus);
  const learnedTopicWeight = options.learnedTopicWeight ?? learnedTopicEvidence.weight;
  const learnedTopics = learnedTopicWeight > 0 ? (options.learnedTopics ?? learnTopics(corpus)) : null;
  const ranking: RankingOptions = { ...defaultRankingOptions, ...options.ranking };
  // The safety check's learned model is trained here, at start-up, not in a resident's first turn.
  defaultLearnedConcern();
  const noCommonWords = new Set<string>();
  const indexes: Record<StemLanguage, TermIndex> = {
    nl: createTermIndex('nl', vocabulary, learned, new Set([...dutchMarkers, ...common.nl]), stemmer),
    en: createTermIndex('en', vocabulary, learned, new Set([...englishMarkers, ...common.en]), stemmer),
    tr: createTermIndex('tr', vocabulary, learned, noCommonWords, stemmer),
    ar: createTermIndex('ar', vocabulary, learned, noCommonWords, stemmer),
    pl: createTermIndex('pl', vocabulary, learned, noCommonWords, stemmer),
    uk: createTermIndex('uk', vocabulary, learned, noCommonWords, stemmer),
  };

  /** The index of the message's language; Russian and other Cyrillic reads with Ukrainian's (its file holds the Russian words residents mix in). */
  function primaryIndex(language: LanguageCode, text: string): TermIndex {
    if (language === 'other') return /\p{Script=Cyrillic}/u.test(text) ? indexes.uk : indexes.nl;
    return indexes[language];
  }

  const classifier: Classifier = {
    classify(text: string): Classification {
      const safety = detectSafety(text);
      const crisis = safety.tier === 'crisis' ? safety.crisis : null;
      const language = detectLanguage(text);
      const words = tokenize(text.length > topicCharacterLimit ? text.slice(0, topicCharacterLimit) : text);
      const primary = primaryIndex(language, text);
      let scores = scoreTopics(words, primary);
      // Dutch words inside another language ("gemeente", "huurtoeslag", "huisarts") count too.
      if (primary !== indexes.nl && primary !== indexes.en) addWeights(scores, scoreTopics(words, indexes.nl), 1, false);
      const olderPerson = addAgeEvidence(words, scores);
      addFamilyEvidence(words, scores);
      // Mixed messages ("ik heb stress over mijn job") or a wrong language guess: try the other index.
      if (rankTopics(scores, ranking).length === 0) {
        const secondary = scoreTopics(words, primary === indexes.nl ? indexes.en : indexes.nl);
        if (rankTopics(secondary, ranking).length > 0) scores = secondary;
      }
      const vocabularyScores = learnedTopics ? new Map(scores) : null;
      if (learnedTopics) {
        // Where the vocabulary found nothing, the models alone must be surer ("hoi", "kan ik iemand spreken?" stay unclear).
        const alone = language === 'other' ? learnedTopicEvidence.minimumAloneOtherLanguage : learnedTopicEvidence.minimumAlone;
        const minimum = rankTopics(scores, ranking).length === 0 ? alone : learnedTopicEvidence.minimum;
        for (const [topic, probability] of learnedTopics.probabilities(text, language)) {
          if (probability >= minimum) scores.set(topic, (scores.get(topic) ?? 0) + learnedTopicWeight * probability);
        }
      }
      // A safety question points the same way as a crisis: "ik heb de notities al geschreven" is about mental health.
      const signalled = crisis ?? safety.concern;
      // An emergency after drink or drugs (an overdose, a friend who will not wake after a party) is the addiction worker's.
      // Violence against or an emergency of an older person (a son who takes her pension, a fall at 90) is the ouderenadviseur's.
      const crisisTopic = signalled === null ? undefined : signalled === 'emergency' && (scores.get('addiction') ?? 0) > 0 ? 'addiction' : signalled !== 'suicide' && olderPerson ? 'ageing' : crisisTopics[signalled];
      for (const each of vocabularyScores ? [scores, vocabularyScores] : [scores]) {
        if (crisisTopic !== undefined) {
          const current = each.get(crisisTopic) ?? 0;
          // An older person's crisis is the ouderenadviseur's even where the models lean to relationships.
          const best = crisisTopic === 'ageing' ? Math.max(0, ...each.values()) : 0;
          each.set(crisisTopic, Math.max(current + crisisTopicScore, best + 1));
        }
        weighCareContext(each);
      }
      const ranked = rankTopics(scores, ranking);
      // The models may reorder and add topics, never drop one the vocabulary names strongly on its own:
      // a strong main topic must not push a second problem ("en heb zelf veel pijn") below the share.
      for (const named of vocabularyScores ? rankTopics(vocabularyScores, ranking) : []) {
        if (ranked.length >= ranking.maximumTopics) break;
        if ((vocabularyScores?.get(named.id) ?? 0) < ranking.vocabularyKeep) continue;
        if (!ranked.some((topic) => topic.id === named.id)) ranked.push({ id: named.id, confidence: confidenceOf(scores.get(named.id) ?? 0) });
      }
      const unclear = ranked.length === 0;
      return {
        language,
        topics: ranked,
        domain: unclear ? null : topics[ranked[0].id].domain,
        unclear,
        crisis,
        safety,
        urgency: crisis !== null ? 'crisis' : isUrgentInWords(words) ? 'urgent' : 'normal',
      };
    },
  };
  // The first message compiles the safety patterns and the models' code paths (about half a second):
  // pay that at start-up, before the first resident waits on it.
  classifier.classify('Hallo, ik heb een vraag over mijn huur en een brief van de gemeente.');
  return classifier;
}
