import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CSP_META, SECURITY_HEADERS } from './scripts/csp.ts';
import { standalonePage } from './scripts/vite/standalonePage.ts';

/**
 * Writes the Content-Security-Policy into the built index.html (not in `npm start`: Vite's dev server and
 * React's refresh inject inline scripts).
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'news-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), ...standalonePage(), contentSecurityPolicy()],
  // True only in the self-contained page's build (scripts/vite/standalonePage.ts).
  define: { __ATLAS_PAGE__: 'false' },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: { headers: SECURITY_HEADERS },
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
