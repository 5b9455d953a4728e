// What a copy of the Firefox profile holds after typing in Trede: Firefox's session store keeps what is typed
// in a page's fields (to restore tabs), unless a field says autocomplete="off" (extension/test/form-state.test.ts).
// A nickname is typed and not saved, the session store has time to write, and every file of the profile,
// the compressed session files decoded, is searched for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClientByKeyboard } from '../flows/panel-steps.js';
import { decodeMozLz4 } from '../flows/mozlz4.js';
import { fileCount, filesHolding } from '../flows/profile-files.js';
import { byTestId } from '../flows/surface.js';
import { type FirefoxSession, launchBuiltFirefox, openPanel } from './session.js';

const TYPED_NOT_SAVED = 'Mevrouw Akkerwindestraat';
// Firefox writes the session store every 15 s (browser.sessionstore.interval).
const SESSION_STORE_INTERVAL_MS = 15_000;

describe('Firefox: a copy of the profile', () => {
  let ff: FirefoxSession;

  beforeAll(async () => {
    ff = await launchBuiltFirefox();
  });

  afterAll(async () => {
    await ff?.close();
  });

  it('holds no nickname typed in the panel and not saved, once the session store has written', async () => {
    const panel = await openPanel(ff);
    await openClientByKeyboard(panel, '123456782');
    await panel.click(byTestId('nickname-edit'));
    await panel.focus(byTestId('nickname-input'));
    await panel.type(TYPED_NOT_SAVED);
    await new Promise((resolve) => setTimeout(resolve, SESSION_STORE_INTERVAL_MS + 5_000));
    // The session store was written and decodes to its JSON: the scan below looked inside it.
    const store = readFileSync(join(ff.profileDir, 'sessionstore-backups', 'recovery.jsonlz4'));
    expect(() => JSON.parse(decodeMozLz4(store).toString('utf8'))).not.toThrow();
    expect(fileCount(ff.profileDir)).toBeGreaterThan(20);
    expect(filesHolding(ff.profileDir, [TYPED_NOT_SAVED])).toEqual([]);
  });

  it('ran without script errors', () => {
    expect(ff.pageErrors).toEqual([]);
  });
});
