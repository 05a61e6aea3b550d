import type { CrisisId, DomainId, LanguageCode, TopicId, Urgency } from '../taxonomy/index.js';
import type { SafetySignal } from '../safety/safety-signal.js';

export interface TopicScore {
  id: TopicId;
  /** 0..1, best first in a Classification. */
  confidence: number;
}

/** What the offline classifier (or a language model on top of it) understood of one message. */
export interface Classification {
  language: LanguageCode;
  topics: TopicScore[];
  /** Domain of the best topic; null when unclear. */
  domain: DomainId | null;
  /** True when the classifier abstains: a greeting, "ik heb een vraag", "het gaat niet goed". */
  unclear: boolean;
  /** Set only when the safety tier is crisis. */
  crisis: CrisisId | null;
  /** The safety check's full answer: crisis, concern (the safety question is asked) or none. */
  safety: SafetySignal;
  /** crisis when crisis is set; urgent for this-week trouble (eviction, cut-off, no food, no bed tonight). */
  urgency: Urgency;
  /** Facts a language model found word for word (a deadline); they fill the intake's slots. The offline classifier leaves this out. */
  slots?: Record<string, string>;
}

export interface Classifier {
  classify(text: string): Classification;
}
