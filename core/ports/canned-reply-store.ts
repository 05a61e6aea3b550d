/** A standard reply: a title for the menu and a short B1 text per language, with placeholders. */
export interface CannedReply {
  id: string;
  title: string;
  /** Language code → text; `nl` is always there. */
  texts: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
}

export type CannedReplyInput = Pick<CannedReply, 'title' | 'texts'>;

export interface CannedReplyStore {
  /** By title. */
  listCannedReplies(): Promise<CannedReply[]>;
  /** Creates with the given id; a second create with the same id is ignored (defaults seeded by two instances at once). */
  createCannedReply(id: string, reply: CannedReplyInput, at: Date): Promise<CannedReply | null>;
  /** NotFoundError when there is no such reply. */
  updateCannedReply(id: string, reply: CannedReplyInput, at: Date): Promise<CannedReply>;
  /** NotFoundError when there is no such reply. */
  deleteCannedReply(id: string): Promise<void>;
}
