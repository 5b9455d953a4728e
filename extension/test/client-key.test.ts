import { describe, expect, it } from 'vitest';
import { createSecretKey, isBsn, maskReference, normaliseReference, pseudonymise } from '../src/client-key';
import { findIdentifiers } from '../src/identifiers';

const containsBsn = (text: string) => findIdentifiers(text).includes('bsn');
import { TredeError } from '../src/errors';
import { freshStore } from './support/store';

/** Builds a valid BSN from 8 digits by choosing the 9th so that the elfproef holds (null if none fits). */
function completeBsn(first8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(first8[i]);
  const check = sum % 11; // need sum − d9 ≡ 0 (mod 11), so d9 = sum mod 11, which must be a single digit
  return check <= 9 ? `${first8}${check}` : null;
}

describe('isBsn (elfproef)', () => {
  const valid = ['12345678', '10000000', '98765432', '55555555', '31415926'].map(completeBsn).filter((b): b is string => b !== null);

  it('constructs valid numbers for the test', () => {
    expect(valid.length).toBeGreaterThanOrEqual(3);
    // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 = 156; 156 mod 11 = 2 → 123456782
    expect(valid[0]).toBe('123456782');
  });

  it('accepts numbers that pass the 11-test, written in the usual ways', () => {
    for (const bsn of valid) {
      expect(isBsn(bsn)).toBe(true);
      expect(isBsn(` ${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)} `)).toBe(true);
      expect(isBsn(`${bsn.slice(0, 3)}-${bsn.slice(3, 6)}-${bsn.slice(6)}`)).toBe(true);
    }
  });

  it('rejects a changed check digit, a swap of two digits, and the wrong length', () => {
    for (const bsn of valid) {
      const last = Number(bsn[8]);
      expect(isBsn(bsn.slice(0, 8) + String((last + 1) % 10))).toBe(false);
      if (bsn[0] !== bsn[1]) expect(isBsn(bsn[1]! + bsn[0]! + bsn.slice(2))).toBe(false);
      expect(isBsn(bsn.slice(0, 8))).toBe(false);
      expect(isBsn(`${bsn}0`)).toBe(false);
    }
  });

  it('rejects all zeros, letters and empty input', () => {
    expect(isBsn('000000000')).toBe(false);
    expect(isBsn('12345678A')).toBe(false);
    expect(isBsn('')).toBe(false);
    expect(isBsn('abcdefghi')).toBe(false);
  });

  it('agrees with a brute-force elfproef on many random 9-digit numbers', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const digits = String(next() % 1_000_000_000).padStart(9, '0');
      const d = [...digits].map(Number);
      const sum = d.slice(0, 8).reduce((acc, x, i) => acc + (9 - i) * x, 0) - d[8]!;
      expect(isBsn(digits)).toBe(sum % 11 === 0 && digits !== '000000000');
    }
  });

  it('finds a BSN inside a text (for nicknames)', () => {
    expect(containsBsn('Jan 123456782')).toBe(true);
    expect(containsBsn('Jan 1234.56.782 di')).toBe(true);
    expect(containsBsn('Jan dinsdag 14:00')).toBe(false);
    expect(containsBsn('client 123456781')).toBe(false);
  });
});

describe('normaliseReference and maskReference', () => {
  it('ignores whitespace and case', () => {
    expect(normaliseReference('  ab 12\t3c ')).toBe('AB123C');
    expect(normaliseReference('ＡＢ１２３')).toBe('AB123'); // full-width forms (NFKC)
  });

  it('drops separators only from all-digit references', () => {
    expect(normaliseReference('1234.56.782')).toBe('123456782');
    expect(normaliseReference('AB-123')).toBe('AB-123');
  });

  it('shows only the last 3 characters, and nothing of short references', () => {
    expect(maskReference('123456782')).toBe('••••••782');
    expect(maskReference(' ab-12345 ')).toBe('•••••345');
    expect(maskReference('12345')).toBe('•••••');
    expect(maskReference('')).toBe('');
  });
});

describe('pseudonymous client keys', () => {
  it('is HMAC-SHA-256 as 64 hex characters, the same for the same reference and secret', async () => {
    const secret = await createSecretKey();
    const a = await pseudonymise('123456782', secret);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await pseudonymise('123456782', secret)).toBe(a);
  });

  it('normalises whitespace, case and BSN separators before hashing', async () => {
    const secret = await createSecretKey();
    const key = await pseudonymise('ab123c', secret);
    expect(await pseudonymise(' AB 123 C ', secret)).toBe(key);
    const bsn = await pseudonymise('123456782', secret);
    expect(await pseudonymise('1234.56.782', secret)).toBe(bsn);
    expect(await pseudonymise('123-456-782', secret)).toBe(bsn);
    expect(await pseudonymise('123456783', secret)).not.toBe(bsn);
  });

  it('differs between secrets (installs)', async () => {
    const [s1, s2] = await Promise.all([createSecretKey(), createSecretKey()]);
    expect(await pseudonymise('123456782', s1)).not.toBe(await pseudonymise('123456782', s2));
  });

  it('refuses an empty reference', async () => {
    const secret = await createSecretKey();
    await expect(pseudonymise('  \t ', secret)).rejects.toBeInstanceOf(TredeError);
  });

  it('the secret is a non-extractable key: its bytes cannot be exported', async () => {
    const secret = await createSecretKey();
    expect(secret.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', secret)).rejects.toThrow();
  });

  it('keeps one secret per install: same key after reopening, another install gives another key', async () => {
    const store = await freshStore();
    const key = await store.clientKeyFor('123456782');
    expect(await store.clientKeyFor(' 1234.56.782 ')).toBe(key);
    const name = store.db.name;
    store.close();
    const { openStore } = await import('../src/store/repo');
    const reopened = await openStore({ name });
    expect(await reopened.clientKeyFor('123456782')).toBe(key);
    reopened.close();
    const other = await freshStore();
    expect(await other.clientKeyFor('123456782')).not.toBe(key);
    other.close();
  });

  it('creates only one secret when two pages ask at the same time', async () => {
    const first = await freshStore();
    const { openStore } = await import('../src/store/repo');
    const second = await openStore({ name: first.db.name });
    const [a, b] = await Promise.all([first.clientKeyFor('X1'), second.clientKeyFor('X1')]);
    expect(a).toBe(b);
    const secrets = await first.db.getAllKeys('secrets');
    expect(secrets).toEqual(['client-key']);
    first.close();
    second.close();
  });
});
