/**
 * One Chromium for a file or a describe block, and the pages its tests open through it. After each test every
 * page is closed (a page left open keeps the app's database open, which the next first visit deletes) and
 * the pages opened with `open` must have logged no console error.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type Browser, launchChromium } from './browser';
import { type OpenOptions, openApp, type Recorded } from './page';

export interface ChromiumSession {
  /** The launched browser; throws when asked for before `beforeAll` ran. */
  readonly browser: Browser;
  /**
   * Open `url` as `openApp` does; the page's console errors are asserted empty after the test.
   * @example const { page } = await session.open(app.url);
   */
  open(url: string, waitFor?: string, options?: OpenOptions): Promise<Recorded>;
}

/**
 * Register the hooks that launch, clean up after each test, and close one Chromium; call it at the top of a
 * file or inside a `describe`.
 * @example const session = chromiumSession({ touch: true }); it('…', async () => { const { page } = await session.open(app.url); });
 */
export function chromiumSession(launch: Parameters<typeof launchChromium>[0] = {}): ChromiumSession {
  let launched: Browser | undefined;
  const opened: Recorded[] = [];
  beforeAll(async () => {
    launched = await launchChromium(launch);
  }, 60_000);
  afterAll(async () => {
    await launched?.close();
  });
  afterEach(async () => {
    const checked = opened.splice(0);
    for (const page of launched?.context.pages() ?? []) await page.close();
    for (const r of checked) expect(r.errors, 'console errors').toEqual([]);
  });
  return {
    get browser() {
      if (!launched) throw new Error('Chromium is launched in beforeAll: use the session inside a test or hook');
      return launched;
    },
    async open(url, waitFor, options) {
      const r = await openApp(this.browser.context, url, waitFor, options);
      opened.push(r);
      return r;
    },
  };
}
