/** Whether the database answers now: what a readiness probe asks. */
export interface StoreHealth {
  /** Resolves once the database answered a trivial query; rejects with a StoreError when it cannot. */
  ping(): Promise<void>;
}
