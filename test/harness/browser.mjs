// Debian's Chromium driven by playwright-core (from the harness cache), headless, per the offline recipe.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { harnessPaths, loadPlaywright } from './setup.mjs';

export const CHROMIUM_ARGS = Object.freeze(['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--font-render-hinting=none']);

/**
 * Launches Chromium with a fresh profile under `runDir` and returns { context, page, close() }.
 * viewport defaults to 1400x900 so screenshots are comparable between runs.
 */
export async function launchBrowser({ runDir, tmpDir, viewport = { width: 1400, height: 900 }, headless = !process.env.CLAIM_LENS_HEADED } = {}) {
  const paths = harnessPaths();
  const { chromium } = await loadPlaywright(paths);
  const profile = path.join(runDir, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: paths.chromium,
    headless,
    args: [...CHROMIUM_ARGS],
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    // Chromium's crashpad and caches follow XDG: keep them in the run dir, not in ~/.config/chromium.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_CACHE_HOME: path.join(runDir, 'xdg-cache'),
      ...(tmpDir ? { TMPDIR: tmpDir } : {}) },
  });
  const page = context.pages()[0] ?? await context.newPage();
  return {
    context, page,
    async close() { try { await context.close(); } catch { /* already gone */ } },
  };
}
