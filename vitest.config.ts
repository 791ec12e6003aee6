import { defineConfig } from 'vitest/config';

// Unit and integration tests. End-to-end tests in real Chromium have their own config
// (test/e2e/vitest.config.ts) because they need the built renderer.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['test/setup/renderer.ts'],
        },
      },
    ],
  },
});
