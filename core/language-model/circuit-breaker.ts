import type { Clock } from '../ports/clock.js';

export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit skips the model; then one call may try again. */
  coolDownMs: number;
  clock: Clock;
}

export interface CircuitBreaker {
  /** False while open: skip the model. After the cool-down one trial call is let through. */
  allowsCall(): boolean;
  recordSuccess(): void;
  recordFailure(): void;
  readonly state: 'closed' | 'open' | 'half-open';
}

export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  let failures = 0;
  let openedAt: number | null = null;
  let trialRunning = false;
  const now = () => options.clock.now().getTime();
  const coolingDown = () => openedAt !== null && now() - openedAt < options.coolDownMs;
  return {
    get state() {
      if (openedAt === null) return 'closed';
      return coolingDown() ? 'open' : 'half-open';
    },
    allowsCall() {
      if (openedAt === null) return true;
      if (coolingDown() || trialRunning) return false;
      trialRunning = true;
      return true;
    },
    recordSuccess() {
      failures = 0;
      openedAt = null;
      trialRunning = false;
    },
    recordFailure() {
      failures += 1;
      trialRunning = false;
      if (failures >= options.failureThreshold || openedAt !== null) openedAt = now();
    },
  };
}
