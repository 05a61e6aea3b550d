import type { RoleId } from '../roles/role-ids.js';

/** What an account may do in the desk (not a specialist role): see docs/operators/security.md. */
export type WorkerPermission = 'worker' | 'coordinator';

export interface WorkerRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  team: string | null;
  slackUserId: string | null;
  permission: WorkerPermission;
  /** Base32 TOTP secret when the worker has a second factor. */
  totpSecret: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
  /** Specialist roles (core/roles/); a worker may have several. */
  roles: RoleId[];
  /** "Afwezig": automatic assignment skips this worker. */
  away: boolean;
  /** Open cases before automatic assignment passes this worker by; null: the configured default. */
  capacity: number | null;
  createdAt: Date;
}

export type NewWorker = Pick<WorkerRecord, 'username' | 'displayName' | 'passwordHash' | 'team'>;

export interface WorkerSession {
  id: string;
  workerId: string;
  csrfToken: string;
  expiresAt: Date;
}

/** What counting one login attempt found (WorkerStore.countLoginAttempt). */
export interface LoginAttempt {
  /** The account's delay had passed: this attempt may be checked, and the next delay has begun. */
  checkable: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

export interface WorkerStore {
  createWorker(worker: NewWorker): Promise<WorkerRecord>;
  findWorkerById(workerId: string): Promise<WorkerRecord | null>;
  findWorkerByUsername(username: string): Promise<WorkerRecord | null>;
  findWorkerBySlackUser(slackUserId: string): Promise<WorkerRecord | null>;
  listWorkers(): Promise<WorkerRecord[]>;
  updateWorker(
    workerId: string,
    patch: Partial<Pick<WorkerRecord, 'passwordHash' | 'displayName' | 'team' | 'slackUserId' | 'permission' | 'totpSecret' | 'failedLogins' | 'lockedUntil' | 'roles' | 'away' | 'capacity'>>,
  ): Promise<WorkerRecord>;
  /**
   * Counts one login attempt as a failure before its password is checked, atomically, so
   * parallel attempts all count. When the account's delay has passed (lockedUntil empty or not
   * after `now`) the attempt is checkable and lockedUntil becomes lockedUntilAfter(new count);
   * otherwise lockedUntil stays as it is. A success resets both with updateWorker.
   */
  countLoginAttempt(workerId: string, now: Date, lockedUntilAfter: (failedLogins: number) => Date): Promise<LoginAttempt>;
  createSession(session: WorkerSession): Promise<void>;
  findSession(sessionId: string): Promise<WorkerSession | null>;
  deleteSession(sessionId: string): Promise<void>;
  /** Removes sessions that expired before `now`; returns how many. */
  deleteExpiredSessions(now: Date): Promise<number>;
}
