import { describe, it } from 'vitest';

/**
 * When a service the tests need is away: a failing test when `required` (CI sets REQUIRE_…=1),
 * otherwise a skip with a console warning saying how to make it a failure.
 */
export function describeWithoutService(name: string, service: { name: string; url: string; variable: string; unreachable: string }): void {
  const { name: serviceName, url, variable, unreachable } = service;
  if (process.env[variable] === '1') {
    describe(name, () => {
      it(`needs ${serviceName} (${variable}=1)`, () => {
        throw new Error(`${serviceName} at ${url} cannot be reached: ${unreachable}`);
      });
    });
    return;
  }
  console.warn(`Skipping ${name}: ${url} cannot be reached (${unreachable}). Set ${variable}=1 to make this a failure.`);
  describe.skip(`${name} (${serviceName} not reachable)`, () => {
    it('skipped', () => {});
  });
}
