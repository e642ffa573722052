import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The CLI tests spawn the built bin; build once before all files run.
    globalSetup: ['tests/global-setup.ts'],
  },
});
