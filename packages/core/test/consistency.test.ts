import { describe, expect, it } from 'vitest';
import { ladderInstrument } from '../src/ladder/definition.js';
import type { AnswerValue, IntakeWarning } from '../src/schema.js';
import { applicability } from '../src/scoring/applicability.js';
import { createCatalogue } from '../src/scoring/catalogue.js';
import { CONSISTENCY_RULES, checkConsistency } from '../src/scoring/consistency.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';

type Answer = Exclude<AnswerValue, null>;

/** The warnings for these answers, as scoring sees them: only the answers that count. */
function check(record: Record<string, Answer>): IntakeWarning[] {
  const counted = applicability(DEFAULT_CATALOGUE.itemDefinitions.values(), new Map(Object.entries(record))).answers;
  return checkConsistency(counted, DEFAULT_CATALOGUE);
}
const pairs = (record: Record<string, Answer>) => check(record).map((w) => w.items.join(' + '));

describe('consistency rules', () => {
  it('has unique ids and names only items of the default catalogue', () => {
    expect(new Set(CONSISTENCY_RULES.map((r) => r.id)).size).toBe(CONSISTENCY_RULES.length);
    for (const rule of CONSISTENCY_RULES) {
      const items = rule.kind === 'age-at-event' ? [rule.item] : rule.when.map((w) => w.item);
      for (const id of items) expect(DEFAULT_CATALOGUE.items.has(id), `${rule.id}: ${id}`).toBe(true);
    }
  });

  describe('last paid job before 13 (age in whole years, the years since rounded by up to half a year)', () => {
    it('flags 18.5 years ago at 30, naming both answers and their values in Dutch and English', () => {
      const [warning, ...rest] = check({ 'bg.age': 30, 'bg.yearsSinceLastJob': 18.5 });
      expect(rest).toEqual([]);
      expect(warning!.code).toBe('inconsistent');
      expect(warning!.items).toEqual(['bg.age', 'bg.yearsSinceLastJob']);
      expect(warning!.message.nl).toContain('"Hoe oud bent u?" (30 jaar)');
      expect(warning!.message.nl).toContain('"Hoeveel jaar is het geleden dat u voor het laatst betaald werk had?" (18,5 jaar)');
      expect(warning!.message.nl).toContain('ongeveer 11,5 jaar');
      expect(warning!.message.nl).toContain('Trede-regel');
      expect(warning!.message.en).toContain('"How old are you?" (30 years)');
      expect(warning!.message.en).toContain('(18.5 years)');
      expect(warning!.message.en).toContain('Trede rule');
    });

    it('lets 18.4 years ago at 30 pass: the client may have been 13 then', () => {
      expect(check({ 'bg.age': 30, 'bg.yearsSinceLastJob': 18.4 })).toEqual([]);
      expect(check({ 'bg.age': 30, 'bg.yearsSinceLastJob': 0 })).toEqual([]);
    });

    it('says "not born yet" rather than a negative age', () => {
      const [warning] = check({ 'bg.age': 20, 'bg.yearsSinceLastJob': 30 });
      expect(warning!.message.nl).toContain('nog niet geboren');
      expect(warning!.message.en).toContain('not have been born yet');
    });
  });

  describe('parent younger than 13 at the youngest child’s birth (Trede’s rule)', () => {
    it('flags a youngest child of 18 for a client of 30, and not one of 17', () => {
      expect(pairs({ 'bg.age': 30, 'bg.children': true, 'bg.youngestChildAge': 18 })).toEqual(['bg.age + bg.youngestChildAge']);
      expect(check({ 'bg.age': 30, 'bg.children': true, 'bg.youngestChildAge': 17 })).toEqual([]);
    });

    it('does not report the youngest child’s age again when the client has no children: that answer does not count', () => {
      expect(check({ 'bg.age': 30, 'bg.children': false, 'bg.youngestChildAge': 25 })).toEqual([]);
    });
  });

  describe('benefit started before 16 (bg.benefitMonths counts months)', () => {
    it('flags 60 months at 20, and not 59', () => {
      const [warning] = check({ 'bg.age': 20, 'bg.benefitMonths': 60 });
      expect(warning!.items).toEqual(['bg.age', 'bg.benefitMonths']);
      expect(warning!.message.nl).toContain('(60 maanden)');
      expect(warning!.message.nl).toContain('ongeveer 15 jaar');
      expect(check({ 'bg.age': 20, 'bg.benefitMonths': 59 })).toEqual([]);
    });
  });

  describe('startkwalificatie with a highest diploma below mbo level 2', () => {
    it('flags yes with vmbo (and every level below mbo 2), naming both answers by their labels', () => {
      for (const education of ['none', 'primary', 'vmbo', 'mbo1']) {
        expect(pairs({ 'bg.startkwalificatie': true, 'bg.education': education }), education).toEqual(['bg.startkwalificatie + bg.education']);
      }
      const [warning] = check({ 'bg.startkwalificatie': true, 'bg.education': 'vmbo' });
      expect(warning!.message.nl).toContain('"Hebt u een startkwalificatie?" (Ja)');
      expect(warning!.message.nl).toContain('(Vmbo, mavo of lbo)');
      expect(warning!.message.en).toContain('(Yes)');
    });

    it('lets yes with mbo 2 or higher pass, and no with any diploma (a foreign diploma may not count)', () => {
      for (const education of ['mbo2-4', 'havo-vwo', 'hbo-wo']) expect(check({ 'bg.startkwalificatie': true, 'bg.education': education })).toEqual([]);
      for (const education of ['none', 'vmbo', 'havo-vwo', 'hbo-wo']) expect(check({ 'bg.startkwalificatie': false, 'bg.education': education })).toEqual([]);
    });
  });

  it('sees no contradiction in expecting work within six months while isolated on the ladder without growth potential', () => {
    expect(
      check({
        'bg.workExpectation': 1,
        'ladder.paidWork': 'none',
        'ladder.unpaidWork': false,
        'ladder.organisedActivities': false,
        'ladder.socialContacts': false,
        'ladder.growthPotential': false,
      }),
    ).toEqual([]);
  });

  it('checks nothing without the answers a rule needs, or in a catalogue without background', () => {
    expect(check({ 'bg.yearsSinceLastJob': 50, 'bg.benefitMonths': 600, 'bg.youngestChildAge': 30, 'bg.children': true })).toEqual([]);
    expect(checkConsistency(new Map<string, Answer>([['ladder.paidWork', 'none']]), createCatalogue([ladderInstrument]))).toEqual([]);
  });
});
