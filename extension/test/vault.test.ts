import { describe, expect, it } from 'vitest';
import { pseudonymise } from '../src/client-key';
import {
  MIN_ITERATIONS,
  VaultError,
  changePassphrase,
  createVault,
  newClientSecret,
  openClientSecret,
  seal,
  unlockVault,
  unseal,
} from '../src/store/vault';
import { PACK_FROM_BYTES } from '../src/store/packing';

const PASS = 'paarse olifant 42 op de trap';
const rejects = async (work: Promise<unknown>, reason: string) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(VaultError);
  expect((error as VaultError).reason).toBe(reason);
};

describe('vault: large records are compressed before they are sealed', () => {
  // An intake's size: a scored result is tens of kilobytes of repetitive JSON.
  const large = { result: Array.from({ length: 400 }, (_, i) => ({ scale: `schaal-${i % 12}`, text: 'Een hoger cijfer betekent meer klachten.', score: i })) };

  it('packs a large record: far fewer bytes on disk, the same record back', async () => {
    const { vault } = await createVault(PASS);
    const json = JSON.stringify(large).length;
    expect(json).toBeGreaterThan(PACK_FROM_BYTES);
    const sealed = await seal(vault, 'intakes', 'abc', large);
    expect(sealed.packed).toBe('deflate-raw');
    expect(sealed.data.length).toBeLessThan(json / 4);
    expect(await unseal(vault, 'intakes', 'abc', sealed)).toEqual(large);
  });

  it('leaves a small record unpacked', async () => {
    const { vault } = await createVault(PASS);
    const sealed = await seal(vault, 'drafts', 'abc', { answers: { 'bg.age': 27 } });
    expect(sealed).not.toHaveProperty('packed');
  });

  it('opens a large record sealed before packing existed (unpacked) as it is', async () => {
    const { vault } = await createVault(PASS);
    const sealed = await seal(vault, 'intakes', 'abc', large, Infinity);
    expect(sealed).not.toHaveProperty('packed');
    expect(await unseal(vault, 'intakes', 'abc', sealed)).toEqual(large);
  });

  it('a packing flag changed on disk (taken off, put on, another format): the record is unreadable, nothing thrown past the vault', async () => {
    const { vault } = await createVault(PASS);
    const { packed: _flag, ...stripped } = await seal(vault, 'intakes', 'abc', large);
    await rejects(unseal(vault, 'intakes', 'abc', stripped), 'unreadable');
    const plain = await seal(vault, 'intakes', 'abc', large, Infinity);
    await rejects(unseal(vault, 'intakes', 'abc', { ...plain, packed: 'deflate-raw' }), 'unreadable');
    await rejects(unseal(vault, 'intakes', 'abc', { ...plain, packed: 'gzip' }), 'unreadable');
  });
});

describe('vault: the passphrase opens the records, nothing else does', () => {
  it('seals a record that only the same vault, store and key open again; the ciphertext holds none of the text', async () => {
    const { header, vault } = await createVault(PASS);
    const record = { reason: 'Opvang geregeld via de buurvrouw', answers: { 'dass4.anx1': 4 } };
    const sealed = await seal(vault, 'intakes', 'abc', record);
    expect(new TextDecoder().decode(sealed.data)).not.toContain('buurvrouw');
    expect(await unseal(vault, 'intakes', 'abc', sealed)).toEqual(record);
    // moved to another key or store: unreadable (the additional data binds it)
    await rejects(unseal(vault, 'intakes', 'abd', sealed), 'unreadable');
    await rejects(unseal(vault, 'drafts', 'abc', sealed), 'unreadable');
    // tampered: unreadable
    const flipped = { iv: sealed.iv, data: sealed.data.slice() };
    flipped.data[0]! ^= 1;
    await rejects(unseal(vault, 'intakes', 'abc', flipped), 'unreadable');
    // the same passphrase unlocks the same data key
    const again = await unlockVault(header, PASS);
    expect(await unseal(again, 'intakes', 'abc', sealed)).toEqual(record);
  });

  it('refuses a wrong passphrase with a reason and keeps the data key non-extractable', async () => {
    const { header, vault } = await createVault(PASS);
    await rejects(unlockVault(header, 'paarse olifant 43 op de trap'), 'wrong-passphrase');
    expect(vault.dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', vault.dataKey)).rejects.toThrow();
  });

  it('uses PBKDF2-SHA-256 with at least 600,000 iterations and a fresh salt; refuses fewer and short passphrases', async () => {
    const a = await createVault(PASS);
    const b = await createVault(PASS);
    expect(a.header.kdf).toMatchObject({ name: 'PBKDF2-SHA-256', iterations: MIN_ITERATIONS });
    expect(Buffer.from(a.header.kdf.salt).equals(Buffer.from(b.header.kdf.salt))).toBe(false);
    await rejects(createVault(PASS, 1000), 'bad-header');
    await rejects(unlockVault({ ...a.header, kdf: { ...a.header.kdf, iterations: 1000 } }, PASS), 'bad-header');
    await rejects(createVault('kort'), 'weak-passphrase');
  });

  it('changes the passphrase without touching the records: the old one stops working, the new one opens the same records', async () => {
    const { header, vault } = await createVault(PASS);
    const sealed = await seal(vault, 'clients', 'k', { label: 'J. (dinsdag)' });
    const next = await changePassphrase(header, PASS, 'een heel ander wachtwoord');
    await rejects(unlockVault(next, PASS), 'wrong-passphrase');
    expect(await unseal(await unlockVault(next, 'een heel ander wachtwoord'), 'clients', 'k', sealed)).toEqual({ label: 'J. (dinsdag)' });
    await rejects(changePassphrase(header, 'fout wachtwoord hier', 'nog een ander wachtwoord'), 'wrong-passphrase');
  });

  it('seals the client-key secret: the same reference gives the same key after unlocking again, and no key without the vault', async () => {
    const { header, vault } = await createVault(PASS);
    const { sealed, key } = await newClientSecret(vault);
    expect(key.extractable).toBe(false);
    const before = await pseudonymise('123456782', key);
    const reopened = await openClientSecret(await unlockVault(header, PASS), sealed);
    expect(await pseudonymise('123456782', reopened)).toBe(before);
    const other = await createVault(PASS);
    await rejects(openClientSecret(other.vault, sealed), 'unreadable');
  });
});
