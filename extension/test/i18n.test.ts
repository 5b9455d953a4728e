import { describe, expect, it } from 'vitest';
import { adapterMessages } from '../src/i18n/areas/adapters';
import { lockMessages } from '../src/i18n/areas/lock';
import { rightsMessages } from '../src/i18n/areas/rights';
import { messages, type MessageKey } from '../src/i18n/messages';
import { addMessages, both, isLang, t } from '../src/i18n/t';
import { localeFiles } from '../src/manifest';
import { citationText, OUTCOME_KINDS, OUTCOME_PHASES, OUTCOME_REASONS } from '@trede/core';
import { reasonSources } from '../src/ui/outcomes/OutcomeForm';
import { AuditActionSchema, OutcomeKindSchema, OutcomePhaseSchema, OutcomeReasonSchema } from '../src/store/schema';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  // The side panel's strings and the options page's (kept apart so the panel does not load the latter).
  const entries = Object.entries({ ...messages, ...adapterMessages, ...rightsMessages, ...lockMessages }) as [MessageKey, { nl: string; en: string }][];

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

  it('has a label for every audit action, loaded with the screens that show them (not by the panel to open)', () => {
    const keys = new Set<string>(Object.keys(rightsMessages));
    for (const action of AuditActionSchema.options) expect(keys.has(`audit.${action}`), action).toBe(true);
    for (const key of Object.keys(rightsMessages)) expect(messages, key).not.toHaveProperty([key]);
  });

  it('leaves the outcome words to core: no outcome labels of its own', () => {
    expect(Object.keys(messages).filter((key) => /^outcome\.(kind|phase|reason)\./.test(key))).toEqual([]);
  });
});

describe('outcome kinds, phases and reasons (worded by @trede/core)', () => {
  it('the store accepts exactly core’s codes', () => {
    expect(OutcomeKindSchema.options).toEqual(Object.keys(OUTCOME_KINDS));
    expect(OutcomePhaseSchema.options).toEqual(Object.keys(OUTCOME_PHASES));
    expect(OutcomeReasonSchema.options).toEqual(Object.keys(OUTCOME_REASONS));
  });

  it('each has a Dutch and an English label, and each reason cites a source in both languages', () => {
    for (const label of [...Object.values(OUTCOME_KINDS), ...Object.values(OUTCOME_PHASES), ...Object.values(OUTCOME_REASONS).map((r) => r.label)]) {
      expect(label.nl.trim(), label.en).not.toBe('');
      expect(label.en.trim(), label.nl).not.toBe('');
    }
    for (const reason of OutcomeReasonSchema.options) {
      expect(OUTCOME_REASONS[reason].citations.length, reason).toBeGreaterThan(0);
      expect(reasonSources(reason, 'nl'), reason).toBe(OUTCOME_REASONS[reason].citations.map((c) => citationText(c, 'nl')).join('; '));
    }
    // The form's tooltip follows the interface language.
    expect(reasonSources('care-advice', 'nl')).toBe('TNO 2013, tabellen 11 en 17 (advies zorg)');
    expect(reasonSources('care-advice', 'en')).toBe('TNO 2013, tables 11 and 17 (advies zorg)');
    expect(reasonSources('motivation', 'en')).toContain('; Pilot loondispensatie 2012, table 3.8');
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
