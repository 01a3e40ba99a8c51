import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each file opens its own database; two workers match the two cores of the build machines.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'api', include: ['tests/{unit,integration,flows}/**/*.test.ts'] },
      },
      {
        // The web app in a real Chromium against the real server; run once, on the embedded database.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          maxWorkers: 1,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
