import type { TopicId } from '../taxonomy/index.js';

/**
 * A coordinator started a collective offer for a signal (a wijk and a main topic rising above its
 * own level; docs/coordinators.md "Signals"). No resident is in it: only the cell, the offer and who.
 */
export interface CollectiveOfferStart {
  id: string;
  neighbourhood: string;
  topic: TopicId;
  /** The name of an offer of the social map, or the coordinator's words for a new one. */
  offer: string;
  /** The coordinator's worker id. */
  startedBy: string;
  startedAt: Date;
}

export type NewCollectiveOfferStart = Omit<CollectiveOfferStart, 'id'>;

export interface CollectiveOfferStore {
  /** The latest start of each wijk and topic, of those started at or after `since`. */
  listCollectiveOfferStarts(since: Date): Promise<CollectiveOfferStart[]>;
  /** How many starts were recorded from `from` up to `to` (exclusive), every one of every wijk and topic (the report's count). */
  countCollectiveOfferStarts(from: Date, to: Date): Promise<number>;
  /**
   * Records a start. CollectiveOfferError('already-started') when the wijk and topic have a start
   * at or after `since`, also when another coordinator records one at the same moment.
   */
  startCollectiveOffer(start: NewCollectiveOfferStart, since: Date): Promise<CollectiveOfferStart>;
}
