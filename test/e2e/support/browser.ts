/**
 * Headless Debian Chromium through playwright-core. When the browser is missing this fails with a clear
 * message (CI installs it with apt) instead of skipping the browser tests.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Launch a fresh headless Chromium profile.
 * @example const { context, close } = await launchChromium(); const page = await context.newPage();
 */
export async function launchChromium(options: { acceptDownloads?: boolean; touch?: boolean } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH; the browser tests need it and are not skipped.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'news-atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: options.acceptDownloads ?? true,
    viewport: options.touch ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    // A phone: touch events, no hover.
    ...(options.touch ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
