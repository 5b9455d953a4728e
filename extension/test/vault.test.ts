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

const PASS = 'paarse olifant 42 op de trap';
const rejects = async (work: Promise<unknown>, reason: string) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(VaultError);
  expect((error as VaultError).reason).toBe(reason);
};

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
