import { CircuitState, ConsecutiveBreaker, circuitBreaker, handleAll, type CircuitBreakerPolicy } from 'cockatiel';

export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit skips the model; then one trial call at a time may try again. */
  coolDownMs: number;
}

/** Cockatiel's breaker: it records the outcome of the very call it let through, so concurrent calls cannot mix up its state. */
export type CircuitBreaker = CircuitBreakerPolicy;

export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  return circuitBreaker(handleAll, { halfOpenAfter: options.coolDownMs, breaker: new ConsecutiveBreaker(options.failureThreshold) });
}

const stateNames: Record<CircuitState, 'closed' | 'open' | 'half-open' | 'isolated'> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/** The breaker's state as the logs name it. */
export function circuitStateName(breaker: CircuitBreaker): string {
  return stateNames[breaker.state];
}
