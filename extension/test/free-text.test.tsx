// @vitest-environment happy-dom
// Free text the caseworker types (nicknames, override reasons) and the typed client reference: identifiers are
// refused with a message that names them, in the store and in the screens, lengths are bounded, nothing is
// cut off or lost, and a pasted 10 KB reference cannot stretch the panel.
import { afterEach, describe, expect, it } from 'vitest';
import { TredeError } from '../src/errors';
import { maskReference, MAX_REFERENCE_LENGTH } from '../src/reference';
import { checkFreeText, freeTextProblem, TEXT_LIMITS } from '../src/store/free-text';
import { openStore, type TredeStore } from '../src/store/repo';
import { KEY_A } from './support/fixtures';
import { completePersona, mountView, setValue, waitFor as waitForResult, type Mounted as ResultsMounted } from './support/results-ui';
import { dumpDatabase, freshStore, tickingClock, uniqueName } from './support/store';
import { byTestId, click, mountScreens, typeInto, waitFor, type Mounted } from './support/ui';

/** A BSN written as the issue found it slipping through, each way. */
const BSN_BYPASSES = ['123_456_782', '123,456,782', '1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8\u200b2', '١٢٣٤٥٦٧٨٢', '12345672'];

let mounted: Mounted | ResultsMounted | null = null;
let store: TredeStore | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  store?.close();
  store = null;
});

describe('free text in the store', () => {
  it.each(BSN_BYPASSES)('refuses a nickname with a BSN written as %j, names it, and stores nothing', async (bsn) => {
    store = await freshStore();
    await store.ensureClient(KEY_A);
    const error = await store.setClientLabel(KEY_A, `J. ${bsn}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TredeError);
    expect((error as TredeError).nl).toContain('De bijnaam bevat een BSN');
    expect((error as TredeError).en).toContain('The nickname contains a BSN');
    expect((await store.getClient(KEY_A))?.label).toBeUndefined();
  });

  it('names every kind it finds, in both languages', () => {
    const problem = freeTextProblem('reason', 'mail jan@example.nl of bel 06-12345678');
    expect(problem?.nl).toContain('De reden bevat een telefoonnummer en een e-mailadres');
    expect(problem?.en).toContain('The reason contains a phone number and an e-mail address');
  });

  it('refuses a nickname over 60 characters and says how long it is', async () => {
    store = await freshStore();
    await store.ensureClient(KEY_A);
    const error = (await store.setClientLabel(KEY_A, 'x'.repeat(61)).catch((e: unknown) => e)) as TredeError;
    expect(error.nl).toContain('De bijnaam is 61 tekens lang; er mogen er hoogstens 60 zijn');
    expect((await store.getClient(KEY_A))?.label).toBeUndefined();
    expect((await store.setClientLabel(KEY_A, `  ${'x'.repeat(60)}  `)).label).toBe('x'.repeat(60));
  });

  it('refuses an override reason with a BSN, a name-and-address line with a postcode, or 10,000 characters; the intake is unchanged', async () => {
    store = await freshStore(tickingClock());
    const intake = await completePersona(store, KEY_A, 'anouk');
    const before = await store.getIntake(intake.id);
    const reasons: [string, string][] = [
      ['Gezien, BSN 123 456 782', 'bevat een BSN'],
      ['Jan Jansen, Dorpsstraat 12, 1234 AB Ergens', 'bevat een postcode met huisnummer'],
      ['x'.repeat(10_000), 'is 10000 tekens lang; er mogen er hoogstens 500 zijn'],
    ];
    for (const [reason, said] of reasons) {
      const error = (await store.recordOverride(intake.id, 'during', 'higher', reason).catch((e: unknown) => e)) as TredeError;
      expect(error, reason.slice(0, 20)).toBeInstanceOf(TredeError);
      expect(error.nl).toContain(said);
    }
    expect(await store.getIntake(intake.id)).toEqual(before);
    // Exactly the limit is fine, and the spaces around it do not count.
    const longest = 'Al in zorg. '.repeat(50).slice(0, TEXT_LIMITS.reason.max - 1) + '.';
    const saved = await store.recordOverride(intake.id, 'during', 'higher', `  ${longest}  `);
    expect(saved.overrides.during?.[0]?.reason).toBe(longest);
  });

  it('checkFreeText gives back the trimmed text it accepts', () => {
    expect(checkFreeText('reason', '  Al in behandeling bij de GGZ  ')).toBe('Al in behandeling bij de GGZ');
    expect(() => checkFreeText('reason', 'ab')).toThrow(/minstens 3 tekens/);
  });

  it(`refuses a client reference over ${MAX_REFERENCE_LENGTH} characters, from any caller`, async () => {
    store = await freshStore();
    expect(await store.clientKeyFor('A'.repeat(MAX_REFERENCE_LENGTH))).toMatch(/^[0-9a-f]{64}$/);
    const error = (await store.clientKeyFor('A'.repeat(10_240)).catch((e: unknown) => e)) as TredeError;
    expect(error).toBeInstanceOf(TredeError);
    expect(error.nl).toContain(`hoogstens ${MAX_REFERENCE_LENGTH} tekens; dit zijn er 10240`);
  });

  it('masks a long reference with at most 12 dots', () => {
    expect(maskReference('123456782')).toBe('••••••782');
    expect(maskReference('A'.repeat(64))).toBe(`${'•'.repeat(12)}AAA`);
  });
});

describe('free text in the screens', () => {
  async function clientScreen() {
    const name = uniqueName('free-text');
    store = await openStore({ name });
    const screens = await mountScreens(store, { screen: 'client' });
    mounted = screens;
    return { name, root: screens.root };
  }

  async function openClient(root: HTMLElement, reference: string) {
    await typeInto(byTestId(root, 'client-ref') as HTMLInputElement, reference);
    await click(byTestId(root, 'client-open'));
  }

  it('a nickname with a BSN in any script: the message names it, the text stays in the field, nothing is stored', async () => {
    const { name, root } = await clientScreen();
    await openClient(root, 'KL-2026-0042');
    await waitFor(root, '[data-testid="client-panel"] .client-state');
    for (const bsn of BSN_BYPASSES) {
      if (!root.querySelector('[data-testid="nickname-input"]')) await click(byTestId(root, 'nickname-edit'));
      const input = (await waitFor(root, '[data-testid="nickname-input"]')) as HTMLInputElement;
      await typeInto(input, `J. ${bsn}`);
      await click(byTestId(root, 'nickname-save'));
      expect((await waitFor(root, '[data-testid="nickname-error"]')).textContent, bsn).toContain('De bijnaam bevat een BSN');
      expect((byTestId(root, 'nickname-input') as HTMLInputElement).value).toBe(`J. ${bsn}`);
    }
    expect(byTestId(root, 'nickname-input').getAttribute('maxlength')).toBeNull();
    expect(byTestId(root, 'nickname-input').getAttribute('aria-describedby')).toContain('nickname-error');
    expect(byTestId(root, 'nickname-form').textContent).toContain('Noteer geen naam, adres of BSN');
    const clients = (await dumpDatabase(name)).clients ?? [];
    expect(clients.every((row) => (row.value as { label?: string }).label === undefined)).toBe(true);
  });

  it('a pasted 10 KB reference is refused with a message and opens nothing', async () => {
    const { root } = await clientScreen();
    const pasted = '7'.repeat(10_240);
    await openClient(root, pasted);
    const error = await waitFor(root, '#client-ref-error');
    expect(error.textContent).toContain('hoogstens 64 tekens; dit zijn er 10240');
    expect(root.querySelector('[data-testid="client-panel"]')).toBeNull();
    expect(root.querySelector('[data-testid="client-heading"]')).toBeNull();
    expect((byTestId(root, 'client-ref') as HTMLInputElement).value).toBe(pasted);
  });

  it('the override reason: an identifier or too long is said at once, save stays off, and nothing is cut off', async () => {
    store = await freshStore(tickingClock());
    const intake = await completePersona(store, KEY_A, 'anouk');
    const ui = await mountView(store, { screen: 'results', clientKey: intake.clientKey, intakeId: intake.id });
    mounted = ui;
    await waitForResult(() => ui.byTestId('ladder'));
    await click(ui.byTestId('override-during'));
    const card = ui.byTestId('risk-during');
    const reason = card.querySelector<HTMLTextAreaElement>('[data-testid="override-reason"]')!;
    const save = card.querySelector<HTMLButtonElement>('[data-testid="override-save"]')!;
    const hint = () => card.querySelector('[data-testid="override-hint"]')!;
    expect(hint().textContent).toContain('Noteer geen naam, adres of BSN');
    expect(reason.getAttribute('maxlength')).toBeNull();

    await setValue(reason, 'Zie mail van jan.jansen@example.nl');
    expect(hint().textContent).toContain('De reden bevat een e-mailadres');
    expect(hint().getAttribute('role')).toBe('alert');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(save.disabled).toBe(true);

    const long = 'Lang verhaal. '.repeat(50);
    await setValue(reason, long);
    expect(hint().textContent).toContain(`De reden is ${long.trim().length} tekens lang; er mogen er hoogstens 500 zijn`);
    expect(card.querySelector('[data-testid="override-count"]')!.textContent).toBe(`${long.trim().length} van 500 tekens`);
    expect(reason.value).toBe(long);
    expect(save.disabled).toBe(true);

    await setValue(reason, 'Al in behandeling bij de GGZ');
    expect(hint().getAttribute('role')).toBeNull();
    expect(save.disabled).toBe(false);
  });
});
