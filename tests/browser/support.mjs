// Shared set-up for the browser tests: the static server and a headless
// Chromium driven by playwright-core. Not a test file itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export { startServer, DEFAULT_CSP } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Launches Chromium with a fresh profile. Returns the browser context and a
 * `close()` that also deletes the profile. `options` go to playwright's
 * launchPersistentContext (e.g. `colorScheme`, `acceptDownloads`).
 */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'quotelight-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
