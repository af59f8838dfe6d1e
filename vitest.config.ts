import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bin/**/*.test.ts', 'eval/**/*.test.ts'],
          exclude: [...configDefaults.exclude, '**/*.browser.test.ts'],
          globalSetup: ['tests/tmp-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        // The explorer in Chromium: globalSetup builds the knowledge base and the app
        // once and serves dist/ on a free 127.0.0.1 port.
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'src/app/**/*.browser.test.ts'],
          globalSetup: ['tests/tmp-setup.ts', 'tests/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
