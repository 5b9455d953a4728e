// Encryption at rest in the benches (bench/extension.mjs, bench/retention.mjs): switching it on for a store
// that already holds records (the records are sealed in place), locking, unlocking, and the cost of keying
// references. Driven through Trede's own pages with the stable data-testids of src/ui/lock/.
import { TEST_PASSPHRASE } from '../lib/trede-ready.mjs';

/**
 * Switches encryption on in the options page of an install that works without it, and times it from the
 * click until the page shows the settings of an encrypted install (every stored record sealed by then).
 * @returns {Promise<number>} milliseconds
 */
export async function switchEncryptionOn(context, extensionId, { passphrase = TEST_PASSPHRASE, timeoutMs = 600_000 } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByTestId('setup-passphrase').fill(passphrase);
    await page.getByTestId('setup-repeat').fill(passphrase);
    await page.getByTestId('setup-acknowledge').check();
    const started = Date.now();
    await page.getByTestId('setup-encrypt').click();
    await page.getByTestId('lock-change-form').waitFor({ timeout: timeoutMs });
    return Date.now() - started;
  } finally {
    await page.close();
  }
}

/** Locks every Trede page, as the lock button does: the data key leaves the browser's session storage. */
export async function lockTrede(context, extensionId) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate(() => chrome.storage.session.remove('trede.vault.key'));
  } finally {
    await page.close();
  }
}

/**
 * Times one unlock in a fresh side panel page: from the click on "unlock" until the client screen takes
 * input (the passphrase stretched with PBKDF2, the data key unwrapped, the store opened).
 * @returns {Promise<number>} milliseconds
 */
export async function timeUnlock(context, extensionId, { passphrase = TEST_PASSPHRASE } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await page.getByTestId('unlock-passphrase').fill(passphrase);
    const started = Date.now();
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('client-ref').waitFor();
    return Date.now() - started;
  } finally {
    await page.close();
  }
}

/**
 * In a Trede page: what keying `count` references costs with encryption on — the two HMAC-SHA-256 of each
 * reference (the install secret's, then the sealed secret's: src/client-key.ts, src/store/codec.ts), in a row,
 * with WebCrypto as the store calls it. Returns milliseconds for all of them.
 */
export async function keyingInPage({ count }) {
  const hmac = () => crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const [inner, outer] = [await hmac(), await hmac()];
  const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
  const text = new TextEncoder();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const first = hex(await crypto.subtle.sign('HMAC', inner, text.encode(`trede.client-key/1\n${100000000 + i}`)));
    await crypto.subtle.sign('HMAC', outer, text.encode(`trede.client-key.sealed/1\n${first}`));
  }
  return performance.now() - started;
}
