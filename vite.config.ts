import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          // One fast-check seed for every run unless FC_SEED says otherwise (see the file).
          setupFiles: ['test/support/fastCheckSeed.ts'],
        },
      },
      // The browser tests share one build of the app, made only when one of them runs.
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/support/globalSetup.ts'], hookTimeout: 180_000 },
      },
    ],
  },
});
