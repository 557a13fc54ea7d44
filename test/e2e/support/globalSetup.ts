/**
 * Builds and serves the app once for all end-to-end test files (each used to run its own Vite build).
 * Vitest runs this only when an e2e test is queued, and hands the address to the tests through `inject`.
 */
import type { TestProject } from 'vitest/node';
import './provided';
import { buildAndServe } from './server';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const app = await buildAndServe();
  project.provide('appUrl', app.url);
  project.provide('appOutDir', app.outDir);
  return app.close;
}
