import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/scenario/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/fast-check-setup.ts'],
    // Property tests play hundreds of generated sessions; on a shared, busy machine that can
    // take longer than the default 5 s without anything being wrong.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/core/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95 },
    },
  },
});
