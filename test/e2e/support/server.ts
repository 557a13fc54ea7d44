/**
 * Build the app with Vite's JS API and serve the build on 127.0.0.1 (vite preview), for the end-to-end
 * tests and the browser benchmark. Nothing here uses the network beyond the loopback interface.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface ServedApp {
  url: string;
  outDir: string;
  close: () => Promise<void>;
}

/**
 * Build into a fresh temporary directory and serve it; `close()` stops the server and removes the build.
 * @example const app = await buildAndServe(); … await app.close();
 */
export async function buildAndServe(): Promise<ServedApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'news-atlas-dist-'));
  const configFile = join(ROOT, 'vite.config.ts');
  // Under vitest NODE_ENV is "test", which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, configFile, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    root: ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
