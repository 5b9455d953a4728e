// Encryption at rest in real Chromium (issue 10). A first run set up by keyboard (the warning that a lost
// passphrase cannot be recovered comes before the fields), a client with a nickname, an intake and an override
// reason; locked, a wrong passphrase refused, unlocked, everything there; then every file of the closed
// browser's profile is scanned for the nickname, the reason and the client reference, and the browser locks
// on restart. And an install that worked without encryption: switched on in the settings, nothing lost, every
// record sealed; what LevelDB still holds of the records' earlier clear versions is the one copy left (see
// SUPERSEDED_IN_LEVELDB).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { answerStepByKeyboard, completeIntakeByKeyboard, openClientByKeyboard, startIntake, waitSaved } from '../../scripts/bench/panel.mjs';
import { removeProfileDir } from '../../scripts/lib/chromium.mjs';
import { seriousViolations } from './axe.js';
import { type ExtensionBrowser, launchBuiltExtension, saveScreenshot } from './browser.js';
import { fileCount, filesHolding } from './flows/profile-files.js';

const PASSPHRASE = 'correct horse battery staple';
const PANEL = { width: 420, height: 900 };

/** In a Trede page: the stores whose records, as they lie in IndexedDB now, hold one of `secrets` in the clear. */
async function storesHolding(page: Page, secrets: string[]): Promise<string[]> {
  return page.evaluate(async (texts) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('trede');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      const names = Array.from(db.objectStoreNames);
      const tx = db.transaction(names, 'readonly');
      const found: string[] = [];
      for (const name of names) {
        const records = await new Promise<unknown[]>((ok, fail) => {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => ok(request.result);
          request.onerror = () => fail(request.error);
        });
        const raw = JSON.stringify(records);
        for (const text of texts) if (raw.includes(text)) found.push(`${name}: ${text}`);
      }
      return found;
    } finally {
      db.close();
    }
  }, secrets);
}

/**
 * Chromium keeps IndexedDB in LevelDB, which leaves a record's earlier versions in its log and table files
 * until it compacts them (never on demand from a page). Records written in the clear before encryption was
 * switched on can linger there, and only there, after they were sealed in place.
 */
const SUPERSEDED_IN_LEVELDB = /^Default\/IndexedDB\/chrome-extension_[a-p]{32}_0\.indexeddb\.leveldb\/\d{6}\.(log|ldb): /;

async function openPanel(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(PANEL);
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  return page;
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '');

async function setNickname(page: Page, nickname: string): Promise<void> {
  await page.getByTestId('nickname-edit').click();
  await page.getByTestId('nickname-input').fill(nickname);
  await page.getByTestId('nickname-save').click();
  await page.getByTestId('nickname').waitFor();
}

describe('encryption at rest, set up on first run', () => {
  const profile = mkdtempSync(join(tmpdir(), 'trede-enc-'));
  const REFERENCE = 'ZK-7731-0519';
  const NICKNAME = 'Mevrouw Vlinderstruik';
  const TYPED_NOT_SAVED = 'Meneer Paardenbloemhof';
  const REASON = 'Kinderopvang geregeld bij tante Gerdientje.';
  const SECOND_REFERENCE = 'ZK-9902-3318';
  let browser: ExtensionBrowser | null = null;
  let page: Page;

  afterAll(async () => {
    await browser?.close();
    await removeProfileDir(profile);
  });

  it('is set up by keyboard, with the warning read before the passphrase is set', async () => {
    browser = await launchBuiltExtension({ userDataDir: profile, trede: null });
    page = await openPanel(browser);
    await page.getByTestId('setup-screen').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Focus starts on the heading; the warning sits between it and the first field.
    expect(await focused(page)).toBe('setup-heading');
    const warningFirst = await page.evaluate(() => {
      const warning = document.querySelector('[data-testid="setup-warning"]')!;
      const field = document.querySelector('[data-testid="setup-passphrase"]')!;
      return !!(warning.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(warningFirst).toBe(true);
    expect(await page.getByTestId('setup-warning').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('setup-passphrase');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('correct horse battery stable');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('setup-acknowledge');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('setup-encrypt');
    await page.keyboard.press('Enter');
    // A mismatch is named and nothing is set.
    await page.getByTestId('setup-repeat-error').waitFor();
    expect(await focused(page)).toBe('setup-repeat');
    await saveScreenshot(page, 'lock-01-setup', true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByTestId('client-ref').waitFor({ timeout: 20_000 });
    await page.getByTestId('lock-now').waitFor();
  });

  it('keeps a client with a nickname, an intake and an override reason', async () => {
    await openClientByKeyboard(page, REFERENCE);
    await setNickname(page, NICKNAME);
    await startIntake(page);
    await completeIntakeByKeyboard(page);
    const modelBand = await page.getByTestId('risk-before-start').getAttribute('data-band');
    await page.getByTestId('override-before-start').click();
    await page.getByTestId('override-band').selectOption(modelBand === 'much-higher' ? 'lower' : 'much-higher');
    await page.getByTestId('override-reason').fill(REASON);
    await page.getByTestId('override-save').click();
    await page.getByTestId('override-summary').waitFor();
  });

  it('locks, refuses a wrong passphrase with a clear message, unlocks, and everything is there', async () => {
    await page.getByTestId('lock-now').click();
    await page.getByTestId('unlock-screen').waitFor();
    expect(await page.getByTestId('app').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain(NICKNAME);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await focused(page)).toBe('unlock-passphrase');
    await page.keyboard.type('correct horse battery stapler');
    await page.keyboard.press('Enter');
    await page.getByTestId('unlock-passphrase-error').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('unlock-passphrase-error').textContent()).toContain('Deze wachtzin klopt niet. Er is niets veranderd');
    expect(await page.getByTestId('unlock-screen').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'lock-02-unlock-wrong', true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByTestId('client-ref').waitFor({ timeout: 20_000 });
    await openClientByKeyboard(page, REFERENCE);
    expect(await page.getByTestId('nickname').textContent()).toContain(NICKNAME);
    await page.getByTestId('open-results').click();
    await page.getByTestId('override-summary').waitFor();
    expect(await page.getByTestId('screen-results').textContent()).toContain(REASON);
  });

  it('locked from the options page while a number is being typed: the panel locks at once and the number is kept', async () => {
    const options = await browser!.context.newPage();
    await options.goto(`chrome-extension://${browser!.extensionId}/options.html`);
    await options.getByTestId('lock-now').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await page.reload();
    await page.getByTestId('client-ref').waitFor();
    await openClientByKeyboard(page, SECOND_REFERENCE);
    await startIntake(page);
    const age = page.locator('[data-testid="question-bg.age"] input[type="number"]');
    await age.pressSequentially('47');
    // Within the typing pause, the field not left: only the lock can make this answer land.
    await options.getByTestId('lock-now').click();
    await page.getByTestId('unlock-screen').waitFor();
    await options.getByTestId('unlock-screen').waitFor();
    expect(await page.locator('[data-testid="question-bg.age"]').count()).toBe(0);
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('client-ref').waitFor({ timeout: 20_000 });
    await openClientByKeyboard(page, SECOND_REFERENCE);
    await startIntake(page);
    await page.getByTestId('draft-resumed').waitFor();
    expect(await age.inputValue()).toBe('47');
    // The options page heard the unlock too.
    await options.getByTestId('lock-settings').waitFor();
    await options.close();
  });

  it('leaves no nickname, reason or reference in any file of the profile, and locks on restart', async () => {
    // A nickname typed and not saved when the browser closes: Chromium keeps a page's typed fields in the
    // profile's session files unless the field says autocomplete="off" (extension/test/form-state.test.ts).
    await page.reload();
    await page.getByTestId('client-ref').waitFor();
    await openClientByKeyboard(page, SECOND_REFERENCE);
    await page.getByTestId('nickname-edit').click();
    await page.getByTestId('nickname-input').fill(TYPED_NOT_SAVED);
    // Chromium saves the session a few seconds after a page's state changed.
    await page.waitForTimeout(5_000);
    await browser!.close();
    browser = null;
    expect(fileCount(profile)).toBeGreaterThan(20);
    expect(filesHolding(profile, [NICKNAME, TYPED_NOT_SAVED, REASON, REFERENCE, SECOND_REFERENCE, PASSPHRASE])).toEqual([]);
    browser = await launchBuiltExtension({ userDataDir: profile, trede: null });
    page = await openPanel(browser);
    await page.getByTestId('unlock-screen').waitFor();
    expect(await page.getByTestId('client-ref').count()).toBe(0);
  });

  it('with the passphrase lost, erases everything in two steps while another page is open; the next start is a first run', async () => {
    const options = await browser!.context.newPage();
    await options.goto(`chrome-extension://${browser!.extensionId}/options.html`);
    await options.getByTestId('unlock-screen').waitFor();
    await page.getByTestId('unlock-erase').click();
    await page.getByTestId('unlock-erase-warning').waitFor();
    await page.getByTestId('unlock-erase-confirm').click();
    await page.getByTestId('setup-screen').waitFor({ timeout: 20_000 });
    await options.getByTestId('setup-screen').waitFor({ timeout: 20_000 });
    const clients = await page.evaluate(
      () =>
        new Promise<number>((ok, fail) => {
          const request = indexedDB.open('trede');
          request.onerror = () => fail(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const names = Array.from(db.objectStoreNames);
            if (!names.includes('clients')) return ok(0);
            const count = db.transaction('clients').objectStore('clients').count();
            count.onsuccess = () => ok(count.result);
            count.onerror = () => fail(count.error);
          };
        }),
    );
    expect(clients).toBe(0);
  });
});

describe('an install from before encryption, switched on in the settings', () => {
  const profile = mkdtempSync(join(tmpdir(), 'trede-enc-late-'));
  const REFERENCE = 'ZK-4410-2207';
  const NICKNAME = 'Meneer Zonnebloemveld';
  const NEW_PASSPHRASE = 'zeven blauwe tulpen onder de brug';
  let browser: ExtensionBrowser | null = null;
  let page: Page;
  let options: Page;
  let answered = 0;

  afterAll(async () => {
    await browser?.close();
    await removeProfileDir(profile);
  });

  it('works without encryption first, and its records lie readable on disk', async () => {
    browser = await launchBuiltExtension({ userDataDir: profile, trede: null });
    page = await openPanel(browser);
    await page.getByTestId('setup-plain-choice').waitFor();
    expect(await page.getByTestId('setup-plain-choice').textContent()).toContain('later alsnog aanzetten in de instellingen');
    await page.getByTestId('setup-plain').click();
    await page.getByTestId('client-ref').waitFor();
    expect(await page.getByTestId('lock-now').count()).toBe(0);
    await openClientByKeyboard(page, REFERENCE);
    await setNickname(page, NICKNAME);
    await startIntake(page);
    answered = await answerStepByKeyboard(page);
    await waitSaved(page);
    expect(await storesHolding(page, [NICKNAME])).toEqual([`clients: ${NICKNAME}`]);
    await browser.close();
    browser = null;
    // The scan finds what is stored in the clear: it would see a leak.
    expect(filesHolding(profile, [NICKNAME])).not.toEqual([]);
  });

  it('is switched on in the settings: the records are sealed in place, nothing lost', async () => {
    browser = await launchBuiltExtension({ userDataDir: profile, trede: null });
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const settings = options.getByTestId('lock-settings');
    await settings.waitFor();
    expect(await settings.getAttribute('data-encryption')).toBe('off');
    expect(await options.getByTestId('setup-plain').count()).toBe(0);
    await options.getByTestId('setup-passphrase').fill(PASSPHRASE);
    await options.getByTestId('setup-repeat').fill(PASSPHRASE);
    await options.getByTestId('setup-acknowledge').check();
    await options.getByTestId('setup-encrypt').click();
    await options.getByTestId('lock-change-form').waitFor({ timeout: 20_000 });
    expect(await settings.getAttribute('data-encryption')).toBe('on');
    await options.getByTestId('lock-now').waitFor();

    page = await openPanel(browser);
    await page.getByTestId('client-ref').waitFor();
    await openClientByKeyboard(page, REFERENCE);
    expect(await page.getByTestId('nickname').textContent()).toContain(NICKNAME);
    await startIntake(page);
    await page.getByTestId('draft-resumed').waitFor();
    expect(Number(await page.getByTestId('intake-progress').getAttribute('aria-valuenow'))).toBe(answered);
    // Every record as it lies in the database now is sealed.
    expect(await storesHolding(page, [NICKNAME])).toEqual([]);
  });

  it('changes the passphrase: a wrong current one is refused and changes nothing; then only the new one unlocks', async () => {
    await options.getByTestId('lock-change-current').fill('not the passphrase at all');
    await options.getByTestId('lock-change-next').fill(NEW_PASSPHRASE);
    await options.getByTestId('lock-change-repeat').fill(NEW_PASSPHRASE);
    await options.getByTestId('lock-change-submit').click();
    await options.getByTestId('lock-change-current-error').waitFor({ timeout: 20_000 });
    expect(await options.getByTestId('lock-change-current-error').textContent()).toContain('Er is niets veranderd; de oude wachtzin geldt nog');
    await options.getByTestId('lock-change-current').fill(PASSPHRASE);
    await options.getByTestId('lock-change-submit').click();
    await options.getByTestId('lock-change-outcome').waitFor({ timeout: 20_000 });
    expect(await options.getByTestId('lock-change-outcome').textContent()).toContain('De wachtzin is gewijzigd');
    await options.getByTestId('lock-now').click();
    await page.getByTestId('unlock-screen').waitFor();
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('unlock-passphrase-error').waitFor({ timeout: 20_000 });
    await page.getByTestId('unlock-passphrase').fill(NEW_PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('client-ref').waitFor({ timeout: 20_000 });
  });

  it('leaves no clear copy on disk outside LevelDB’s superseded versions, and no passphrase anywhere', async () => {
    await browser!.close();
    browser = null;
    expect(filesHolding(profile, [PASSPHRASE, NEW_PASSPHRASE])).toEqual([]);
    const left = filesHolding(profile, [NICKNAME, REFERENCE]);
    expect(left.filter((hit) => !SUPERSEDED_IN_LEVELDB.test(hit))).toEqual([]);
  });
});

describe('an install from before encryption existed, on its first start with it', () => {
  const REFERENCE = 'ZK-1187-6023';
  const NICKNAME = 'Juffrouw Pimpernelweide';
  let browser: ExtensionBrowser | null = null;

  afterAll(async () => {
    await browser?.close();
  });

  it('the set-up screen says the existing records will be encrypted in place; after it they are sealed and all there', async () => {
    browser = await launchBuiltExtension({ trede: 'plain' });
    let page = await openPanel(browser);
    await page.getByTestId('client-ref').waitFor();
    await openClientByKeyboard(page, REFERENCE);
    await setNickname(page, NICKNAME);
    // As before encryption existed: records in the clear and no choice recorded.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('trede');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction('vault', 'readwrite');
      tx.objectStore('vault').clear();
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onabort = () => fail(tx.error);
      });
      db.close();
    });
    await page.close();
    page = await openPanel(browser);
    await page.getByTestId('setup-screen').waitFor();
    expect(await page.getByTestId('setup-existing').textContent()).toContain('worden hier op deze computer versleuteld; er gaat niets verloren');
    await page.getByTestId('setup-passphrase').fill(PASSPHRASE);
    await page.getByTestId('setup-repeat').fill(PASSPHRASE);
    await page.getByTestId('setup-acknowledge').check();
    await page.getByTestId('setup-encrypt').click();
    await page.getByTestId('client-ref').waitFor({ timeout: 20_000 });
    expect(await storesHolding(page, [NICKNAME])).toEqual([]);
    await openClientByKeyboard(page, REFERENCE);
    expect(await page.getByTestId('nickname').textContent()).toContain(NICKNAME);
  });
});
