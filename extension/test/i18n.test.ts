import { describe, expect, it } from 'vitest';
import { adapterMessages } from '../src/i18n/areas/adapters';
import { messages, type MessageKey } from '../src/i18n/messages';
import { addMessages, both, isLang, t } from '../src/i18n/t';
import { localeFiles } from '../src/manifest';
import { AuditActionSchema, OUTCOME_REASONS, OutcomeKindSchema, OutcomePhaseSchema } from '../src/store/schema';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  // The side panel's strings and the options page's (kept apart so the panel does not load the latter).
  const entries = Object.entries({ ...messages, ...adapterMessages }) as [MessageKey, { nl: string; en: string }][];

  it('keeps the options page’s strings out of the side panel’s until that page adds them', () => {
    const optionsOnly = Object.keys(adapterMessages) as MessageKey[];
    expect(optionsOnly.length).toBeGreaterThan(20);
    for (const key of optionsOnly) expect(messages, key).not.toHaveProperty([key]);
    expect(t('adapters.list.active' as MessageKey, 'nl')).toBe('adapters.list.active');
    addMessages(adapterMessages);
    expect(t('adapters.list.active' as MessageKey, 'nl')).toBe(adapterMessages['adapters.list.active'].nl);
    expect(t('adapter.issue.origin', 'en')).toBe(adapterMessages['adapter.issue.origin'].en);
  });

  it('every key has a non-empty Dutch and English text', () => {
    for (const [key, text] of entries) {
      expect(Object.keys(text).sort(), key).toEqual(['en', 'nl']);
      expect(text.nl.trim(), `${key} nl`).not.toBe('');
      expect(text.en.trim(), `${key} en`).not.toBe('');
    }
  });

  it('Dutch and English use the same placeholders', () => {
    for (const [key, text] of entries) expect(placeholders(text.nl), key).toEqual(placeholders(text.en));
  });

  it('has a label for every outcome kind, phase and reason, and every audit action', () => {
    const keys = new Set<string>(Object.keys(messages));
    for (const kind of OutcomeKindSchema.options) expect(keys.has(`outcome.kind.${kind}`), kind).toBe(true);
    for (const phase of OutcomePhaseSchema.options) expect(keys.has(`outcome.phase.${phase}`), phase).toBe(true);
    for (const reason of Object.keys(OUTCOME_REASONS)) expect(keys.has(`outcome.reason.${reason}`), reason).toBe(true);
    for (const action of AuditActionSchema.options) expect(keys.has(`audit.${action}`), action).toBe(true);
  });

  it('every outcome reason cites a source', () => {
    for (const [reason, citations] of Object.entries(OUTCOME_REASONS)) expect(citations.length, reason).toBeGreaterThan(0);
  });
});

describe('t()', () => {
  it('is Dutch by default and fills placeholders', () => {
    expect(t('language.label')).toBe('Taal');
    expect(t('language.label', 'en')).toBe('Language');
    expect(t('error.store.notFound', 'en', { store: 'intakes', key: 'x' })).toBe('No record in "intakes" with key x.');
    expect(both('error.store.notFound', { store: 's', key: 'k' }).nl).toBe('Geen record in "s" met sleutel k.');
  });

  it('leaves unknown placeholders visible rather than dropping them', () => {
    expect(t('error.store.notFound', 'nl', { store: 's' })).toContain('{key}');
  });

  it('knows its languages', () => {
    expect(isLang('nl')).toBe(true);
    expect(isLang('de')).toBe(false);
  });
});

describe('_locales for the manifest', () => {
  it('has the same keys in nl and en, from the manifest.* messages, within Chrome limits', () => {
    const files = Object.fromEntries(localeFiles().map((f) => [f.relativeDest, JSON.parse(f.contents) as Record<string, { message: string }>]));
    const nl = files['_locales/nl/messages.json']!;
    const en = files['_locales/en/messages.json']!;
    expect(Object.keys(nl).sort()).toEqual(['actionTitle', 'description', 'name']);
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(nl.description!.message.length).toBeLessThanOrEqual(132);
    expect(en.description!.message.length).toBeLessThanOrEqual(132);
    expect(nl.name!.message.length).toBeLessThanOrEqual(75);
  });
});
