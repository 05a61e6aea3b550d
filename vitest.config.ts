import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and server tests hold ports and processes; files run in parallel, tests in a file in order.
    pool: 'forks',
  },
});
