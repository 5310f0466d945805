import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    // Note: a limit for a test that hangs, not a goal: timings live in `npm run bench`, and a busy
    // 2-core machine can be several times slower than a quiet one.
    testTimeout: 60_000,
  },
});
