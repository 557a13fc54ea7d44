import { inject } from 'vitest';
import './provided';

/** The app built and served once by the e2e project's global setup (support/globalSetup.ts). */
export function servedApp(): { url: string; outDir: string } {
  return { url: inject('appUrl'), outDir: inject('appOutDir') };
}
