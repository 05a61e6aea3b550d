import type { EventBus, EventListener, InloopEvent } from '../ports/event-bus.js';

/** The default bus for one process; a shared bus (PostgreSQL, Redis) implements the same port. */
export function createInProcessEventBus(onListenerError: (error: unknown) => void = () => {}): EventBus {
  const listeners = new Set<EventListener>();
  return {
    async publish(event: InloopEvent) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
