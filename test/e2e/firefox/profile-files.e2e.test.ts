// What a copy of the Firefox profile holds after typing in Trede: Firefox's session store keeps what is typed
// in a page's fields (to restore tabs), unless a field says autocomplete="off" (extension/test/form-state.test.ts).
// A nickname is typed and not saved, the session store has time to write, and every file of the profile,
// the compressed session files decoded, is searched for it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClientByKeyboard } from '../flows/panel-steps.js';
import { byTestId } from '../flows/surface.js';
import { decodeMozLz4, isMozLz4 } from './mozlz4.js';
import { type FirefoxSession, launchBuiltFirefox, openPanel } from './session.js';

const TYPED_NOT_SAVED = 'Mevrouw Akkerwindestraat';
// Firefox writes the session store every 15 s (browser.sessionstore.interval).
const SESSION_STORE_INTERVAL_MS = 15_000;

/** Every file under `dir` (files that go while it is read are skipped), with session files decoded. */
function profileFiles(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    try {
      if (statSync(path).isDirectory()) return profileFiles(path);
      const bytes = readFileSync(path);
      return [{ path, bytes: isMozLz4(bytes) ? decodeMozLz4(bytes) : bytes }];
    } catch {
      return [];
    }
  });
}

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
    const files = profileFiles(ff.profileDir);
    // The session store was written and decodes to its JSON: the search below looked inside it.
    const store = files.find((f) => f.path.endsWith(join('sessionstore-backups', 'recovery.jsonlz4')));
    expect(store, 'recovery.jsonlz4').toBeDefined();
    expect(() => JSON.parse(store!.bytes.toString('utf8'))).not.toThrow();
    expect(files.filter((f) => f.bytes.includes(TYPED_NOT_SAVED)).map((f) => f.path)).toEqual([]);
  });

  it('ran without script errors', () => {
    expect(ff.pageErrors).toEqual([]);
  });
});
