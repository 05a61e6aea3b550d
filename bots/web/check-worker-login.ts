import type { Clock } from '../../core/ports/clock.js';
import type { WorkerRecord, WorkerStore } from '../../core/ports/worker-store.js';
import { hashPassword, verifyPassword } from '../runtime/password-hashing.js';
import type { TotpChecker } from '../runtime/totp-codes.js';

/** The delay after the first failure; it doubles after each further one. */
export const firstLoginDelayMilliseconds = 1000;
/** The longest delay: reached after eleven failures in a row. */
export const maximumLoginDelayMilliseconds = 15 * 60_000;

/**
 * How long after an attempt that brings the count to `failedLogins` the next attempt waits.
 *
 * The delay is set only by the attempt that is checked, when the previous delay has passed;
 * attempts during a delay are counted (so the next delay is longer, up to the cap) but never
 * move it. So an anonymous client, however many wrong passwords it sends, keeps a worker out for
 * at most the cap after its last checked attempt: stopping frees the account within fifteen
 * minutes, and keeping it out longer takes one well-timed attempt at every expiry, which the
 * limits per source make costly. A hard lock after N failures would hand that lever to anyone
 * who knows a username.
 */
export function loginDelayMilliseconds(failedLogins: number): number {
  return Math.min(maximumLoginDelayMilliseconds, firstLoginDelayMilliseconds * 2 ** Math.max(0, failedLogins - 1));
}

export interface LoginRequest {
  username: string;
  password: string;
  /** The six digits from the authenticator app, when the worker has one. */
  code?: string;
}

export interface LoginPolicy {
  totp: TotpChecker;
  /** REQUIRE_COORDINATOR_TOTP: a coordinator without a TOTP secret cannot log in. */
  requireCoordinatorTotp: boolean;
}

/**
 * `refused` is one answer for an unknown name, a wrong password, a wrong or missing code and an
 * attempt during the delay, so the answer tells nothing about which names exist.
 * `second-factor-missing` is told only to someone who gave the right password.
 */
export type LoginResult = { outcome: 'signed-in'; worker: WorkerRecord } | { outcome: 'refused' } | { outcome: 'second-factor-missing' };

let dummyHash: Promise<string> | null = null;

export async function checkWorkerLogin(store: WorkerStore, clock: Clock, policy: LoginPolicy, request: LoginRequest): Promise<LoginResult> {
  const worker = await store.findWorkerByUsername(request.username);
  const now = clock.now();
  // Counted before the password is checked, in one atomic UPDATE: of many parallel attempts only
  // the first after a delay is checked, and a crash half-way leaves the failure counted.
  const attempt = worker ? await store.countLoginAttempt(worker.id, now, (failures) => new Date(now.getTime() + loginDelayMilliseconds(failures))) : null;
  // One password hash on every path (unknown name, delay, real check), so the time taken does
  // not tell them apart either.
  dummyHash ??= hashPassword('not-a-real-password');
  const passwordRight = await verifyPassword(request.password, worker?.passwordHash ?? (await dummyHash));
  if (!worker || !attempt?.checkable || !passwordRight) return { outcome: 'refused' };
  if (worker.totpSecret) {
    // A wrong or missing code stays counted as a failed login, like a wrong password.
    if (!policy.totp.check(worker.id, worker.totpSecret, request.code ?? '', now)) return { outcome: 'refused' };
  } else if (worker.permission === 'coordinator' && policy.requireCoordinatorTotp) {
    return { outcome: 'second-factor-missing' };
  }
  const signedIn = await store.updateWorker(worker.id, { failedLogins: 0, lockedUntil: null });
  return { outcome: 'signed-in', worker: signedIn };
}
