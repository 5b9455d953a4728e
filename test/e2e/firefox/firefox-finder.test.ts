// Finding Firefox for the end-to-end tests (scripts/lib/firefox.mjs), without starting it.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ensureFirefox, FIREFOX_INSTALL_HINT, findFirefox } from '../../../scripts/lib/firefox.mjs';

describe('finding Firefox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trede-firefox-finder-'));
  const saved = process.env.TREDE_FIREFOX;
  afterEach(() => {
    if (saved === undefined) delete process.env.TREDE_FIREFOX;
    else process.env.TREDE_FIREFOX = saved;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('TREDE_FIREFOX wins when it is an executable file, and counts as missing when it is not', () => {
    const exe = join(dir, 'firefox');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    const plain = join(dir, 'not-executable');
    writeFileSync(plain, '');
    expect(findFirefox({ TREDE_FIREFOX: exe })).toBe(exe);
    expect(findFirefox({ TREDE_FIREFOX: plain })).toBeNull();
    expect(findFirefox({ TREDE_FIREFOX: join(dir, 'missing') })).toBeNull();
  });

  it('a TREDE_FIREFOX that is not executable fails with its name instead of installing anything', async () => {
    process.env.TREDE_FIREFOX = join(dir, 'missing');
    await expect(ensureFirefox({ install: true, log: () => {} })).rejects.toThrow(/TREDE_FIREFOX=.*missing is not an executable file/);
  });

  it('without installing: the machine\'s Firefox when there is one, else an error with the apt-get command', async () => {
    expect(FIREFOX_INSTALL_HINT).toContain('apt-get install -y firefox-esr');
    delete process.env.TREDE_FIREFOX;
    const found = findFirefox({});
    if (found) expect(await ensureFirefox({ install: false, log: () => {} })).toBe(found);
    else await expect(ensureFirefox({ install: false, log: () => {} })).rejects.toThrow(FIREFOX_INSTALL_HINT);
  });
});
