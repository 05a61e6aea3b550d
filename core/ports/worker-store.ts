/** What an account may do in the desk (not a specialist role): see docs/security.md. */
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
  createdAt: Date;
}

export type NewWorker = Pick<WorkerRecord, 'username' | 'displayName' | 'passwordHash' | 'team'>;

export interface WorkerSession {
  id: string;
  workerId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface WorkerStore {
  createWorker(worker: NewWorker): Promise<WorkerRecord>;
  findWorkerById(workerId: string): Promise<WorkerRecord | null>;
  findWorkerByUsername(username: string): Promise<WorkerRecord | null>;
  findWorkerBySlackUser(slackUserId: string): Promise<WorkerRecord | null>;
  listWorkers(): Promise<WorkerRecord[]>;
  updateWorker(
    workerId: string,
    patch: Partial<Pick<WorkerRecord, 'passwordHash' | 'displayName' | 'team' | 'slackUserId' | 'permission' | 'totpSecret' | 'failedLogins' | 'lockedUntil'>>,
  ): Promise<WorkerRecord>;
  createSession(session: WorkerSession): Promise<void>;
  findSession(sessionId: string): Promise<WorkerSession | null>;
  deleteSession(sessionId: string): Promise<void>;
  /** Removes sessions that expired before `now`; returns how many. */
  deleteExpiredSessions(now: Date): Promise<number>;
}
