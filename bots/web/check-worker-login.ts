import type { Clock } from '../../core/ports/clock.js';
import type { WorkerRecord, WorkerStore } from '../../core/ports/worker-store.js';
import { hashPassword, verifyPassword } from '../runtime/password-hashing.js';

export const maximumFailedLogins = 5;
export const lockMinutes = 15;

export type LoginResult = { outcome: 'signed-in'; worker: WorkerRecord } | { outcome: 'invalid' } | { outcome: 'locked' };

let dummyHash: Promise<string> | null = null;

/** Checks a password; after five failures in a row the account is locked for fifteen minutes. */
export async function checkWorkerLogin(store: WorkerStore, clock: Clock, username: string, password: string): Promise<LoginResult> {
  const worker = await store.findWorkerByUsername(username);
  if (!worker) {
    // Spend the same time as a real check, so response times do not reveal which usernames exist.
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(password, await dummyHash);
    return { outcome: 'invalid' };
  }
  const now = clock.now();
  if (worker.lockedUntil && worker.lockedUntil.getTime() > now.getTime()) return { outcome: 'locked' };
  if (await verifyPassword(password, worker.passwordHash)) {
    if (worker.failedLogins > 0 || worker.lockedUntil) await store.updateWorker(worker.id, { failedLogins: 0, lockedUntil: null });
    return { outcome: 'signed-in', worker };
  }
  const failures = worker.failedLogins + 1;
  if (failures >= maximumFailedLogins) {
    await store.updateWorker(worker.id, { failedLogins: 0, lockedUntil: new Date(now.getTime() + lockMinutes * 60_000) });
    return { outcome: 'locked' };
  }
  await store.updateWorker(worker.id, { failedLogins: failures });
  return { outcome: 'invalid' };
}
