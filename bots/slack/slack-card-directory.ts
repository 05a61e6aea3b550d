import type { CaseStore } from '../../core/ports/case-store.js';
import type { Clock } from '../../core/ports/clock.js';

export interface SlackCardRef {
  channel: string;
  ts: string;
}

export const slackPostedAction = 'slack-posted';

/**
 * Which Slack message is the card of which case. Durable as an audit entry on the case
 * (actor "slack", action "slack-posted", detail "<channel>/<ts>"), so no schema change is needed;
 * fast through two in-memory maps, filled when a card is posted and rebuilt from the audit of
 * the open cases at start-up and whenever a thread is not found (a card posted by another instance).
 */
export function createSlackCardDirectory(cases: CaseStore, clock: Clock) {
  const byCase = new Map<string, SlackCardRef>();
  const byMessage = new Map<string, string>();
  const key = (ref: SlackCardRef) => `${ref.channel}/${ref.ts}`;
  /** Threads known not to be cards: ordinary chatter in the channel does not scan the audit again and again. */
  const notCards = new Set<string>();
  let rebuilding: Promise<void> | null = null;

  function remember(caseId: string, ref: SlackCardRef) {
    byCase.set(caseId, ref);
    byMessage.set(key(ref), caseId);
  }

  async function readFromAudit(caseId: string): Promise<SlackCardRef | null> {
    const entries = await cases.listAudit(caseId);
    const posted = entries.filter((entry) => entry.action === slackPostedAction && entry.detail).at(-1);
    const [channel, ts] = posted?.detail?.split('/') ?? [];
    return channel && ts ? { channel, ts } : null;
  }

  async function rebuild(): Promise<void> {
    for (const record of await cases.listCases({ statuses: ['waiting', 'claimed'] })) {
      if (byCase.has(record.id)) continue;
      const ref = await readFromAudit(record.id);
      if (ref) remember(record.id, ref);
    }
  }

  return {
    async record(caseId: string, ref: SlackCardRef): Promise<void> {
      remember(caseId, ref);
      await cases.recordAudit({ caseId, actor: 'slack', action: slackPostedAction, detail: key(ref) }, clock.now());
    },

    async cardOf(caseId: string): Promise<SlackCardRef | null> {
      const known = byCase.get(caseId);
      if (known) return known;
      const ref = await readFromAudit(caseId);
      if (ref) remember(caseId, ref);
      return ref;
    },

    /** The case whose card is this thread's parent message. */
    async caseOfThread(channel: string, threadTs: string): Promise<string | null> {
      const thread = key({ channel, ts: threadTs });
      const found = byMessage.get(thread);
      if (found || notCards.has(thread)) return found ?? null;
      rebuilding ??= rebuild().finally(() => (rebuilding = null));
      await rebuilding;
      const rebuilt = byMessage.get(thread) ?? null;
      if (!rebuilt) {
        if (notCards.size >= 10_000) notCards.clear();
        notCards.add(thread);
      }
      return rebuilt;
    },

    /** Loads the cards of all open cases; returns the ids of open cases that have none yet. */
    async load(): Promise<string[]> {
      await rebuild();
      const open = await cases.listCases({ statuses: ['waiting', 'claimed'] });
      return open.filter((record) => !byCase.has(record.id)).map((record) => record.id);
    },

  };
}

export type SlackCardDirectory = ReturnType<typeof createSlackCardDirectory>;
