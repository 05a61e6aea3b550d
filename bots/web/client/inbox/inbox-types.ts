// The inbox API's answers as these pages read them. The case and its messages are the server's own
// view types, so a renamed field fails the type check here too; the rest names only what is read.
import type { CaseView } from '../../case-view.js';
import type { MessageView } from '../../message-view.js';

export type { CaseView, MessageView };

export interface Worker {
  id: string;
  username: string;
  displayName: string;
  team: string | null;
  permission: string;
}

/** GET /api/inbox/me and the sign-in: the worker, the CSRF token and the session's timing. */
export interface SignedIn {
  worker: Worker;
  csrfToken: string;
  session: SessionTiming | null;
}

export interface SessionTiming {
  expiresInSeconds: number;
  warningSeconds: number;
}

export interface Labelled {
  id: string;
  label: string;
}

/** GET /api/inbox/cases/:caseId. */
export interface CaseCard {
  case: CaseView;
  messages: MessageView[];
  notes: Array<{ id: string; workerId: string; text: string; createdAt: string }>;
  satisfaction: { answer: string; score: number | null; comment: string | null } | null;
}

/** The live frames of /api/inbox/socket (bots/web/worker-socket-hub.ts). */
export type InboxFrame =
  | { type: 'ready' }
  | { type: 'message'; caseId: string; message: MessageView }
  | { type: 'case-opened'; case: CaseView }
  | { type: 'case-updated'; action: string; case: CaseView }
  | { type: 'case-hidden'; caseId: string }
  | TakeOverFrame;

export interface TakeOverFrame {
  type: 'case-taken-over';
  caseId: string;
  byWorkerId: string;
  action: 'claimed' | 'reassigned' | 'closed';
}

/** The errors and confirmations of an action, said in the inbox's status and alert regions. */
export type Report = (message: string) => void;
