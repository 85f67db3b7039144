import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // No test asserts on time; these limits only catch a hang. Sized for a 2-core CI machine that is
    // fully loaded (Vitest's 5 s default failed tests that pass on a quiet machine).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
