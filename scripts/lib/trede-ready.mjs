// Bringing a fresh Trede install past its first-run choice, for the tests, the bench and the demo: with
// encryption (the product's default; a fixed passphrase the tests know) or without it (for tests that read
// records raw from IndexedDB). The unlocked key then stays in the browser's session storage, so every Trede
// page opened later in the same browser is ready for work. Driven through the set-up screen as a caseworker
// would, with the stable data-testids of src/ui/lock/.

/** The passphrase automated runs set: long enough for the rule, and written down here on purpose. */
export const TEST_PASSPHRASE = 'paars konijn fietst langzaam naar huis';

/**
 * Opens the side panel page once and makes the first-run choice, or unlocks when the install is set up
 * already. `mode`: 'encrypted' or 'plain'. Resolves when the client screen shows.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {{ mode?: 'encrypted' | 'plain', passphrase?: string, timeoutMs?: number }} [options]
 */
export async function makeTredeReady(context, extensionId, { mode = 'encrypted', passphrase = TEST_PASSPHRASE, timeoutMs = 30_000 } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const first = page.locator('[data-testid="setup-screen"], [data-testid="unlock-screen"], [data-testid="client-ref"]').first();
    await first.waitFor({ timeout: timeoutMs });
    if (await page.getByTestId('setup-screen').count()) {
      if (mode === 'plain') await page.getByTestId('setup-plain').click();
      else {
        await page.getByTestId('setup-passphrase').fill(passphrase);
        await page.getByTestId('setup-repeat').fill(passphrase);
        await page.getByTestId('setup-acknowledge').check();
        await page.getByTestId('setup-encrypt').click();
      }
    } else if (await page.getByTestId('unlock-screen').count()) {
      await page.getByTestId('unlock-passphrase').fill(passphrase);
      await page.getByTestId('unlock-submit').click();
    }
    await page.getByTestId('client-ref').waitFor({ timeout: timeoutMs });
  } finally {
    await page.close();
  }
}
