import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../src/instruments/index.js';
import { placement } from '../src/instruments/placement.js';
import { SOURCES } from '../src/instruments/sources.js';
import type { ItemDefinition } from '../src/instruments/types.js';
import { ladderInstrument } from '../src/ladder/definition.js';
import { PLACEMENT_NOT_ASSESSED, PLACEMENT_RULES } from '../src/risk/cards/after-placement.js';
import { UNKNOWN_ANSWER } from '../src/risk/checklist-card.js';
import { evaluatePlacement } from '../src/risk/evaluate-placement.js';
import { MomentRiskSchema, type MomentRisk } from '../src/schema.js';
import { createCatalogue } from '../src/scoring/catalogue.js';
import { validateIntake } from '../src/scoring/validate.js';

type Answer = string | number | boolean | string[];

const items = new Map(placement.items.map((item) => [item.id, item]));

/** Every answer an item accepts (the checklist only has yes/no and coded-choice items). */
function validAnswers(item: ItemDefinition): (string | boolean)[] {
  if (item.type === 'boolean') return [true, false];
  if (item.type === 'choice') return item.options.map((o) => o.value as string);
  throw new Error(`unexpected item type ${item.type} in the placement checklist`);
}

const run = (answers: Record<string, Answer>, administered = true): MomentRisk => evaluatePlacement(new Map(Object.entries(answers)), administered);
const ids = (risk: MomentRisk, kind?: 'risk' | 'protective' | 'unknown') => risk.flags.filter((f) => !kind || f.kind === kind).map((f) => f.id);
const notAssessedId = (item: string) => `not-assessed:${item}`;

/** The worst case: every item answered with a value that triggers a risk rule, where there is one. */
const allRisks: Record<string, Answer> = Object.fromEntries(
  placement.items.map((item) => {
    const risk = PLACEMENT_RULES.find((r) => r.item === item.id && r.kind === 'risk');
    return [item.id, risk ? risk.when[0]! : validAnswers(item).find((v) => v !== UNKNOWN_ANSWER)!];
  }),
);
/** Every item answered on the favourable side: no risk rule fires. */
const noRisks: Record<string, Answer> = Object.fromEntries(
  placement.items.map((item) => {
    const risky = new Set(PLACEMENT_RULES.filter((r) => r.item === item.id && r.kind === 'risk').flatMap((r) => r.when));
    return [item.id, validAnswers(item).find((v) => v !== UNKNOWN_ANSWER && !risky.has(v))!];
  }),
);

describe('placement instrument', () => {
  it('is an optional checklist without scales or response scale, placed right after self-direction', () => {
    expect(placement.id).toBe('placement');
    expect(placement.optional).toBe(true);
    expect(placement.scales).toEqual([]);
    expect(placement.responseScale).toBeUndefined();
    const order = INSTRUMENTS.map((i) => i.id);
    expect(order.indexOf('placement')).toBe(order.indexOf('self-direction') + 1);
  });

  it('has only place.* items of type yes/no or choice with string codes', () => {
    for (const item of placement.items) {
      expect(item.id.startsWith('place.')).toBe(true);
      expect(['boolean', 'choice']).toContain(item.type);
      if (item.type === 'choice') for (const o of item.options) expect(typeof o.value).toBe('string');
    }
  });

  it('covers the agreed topics', () => {
    for (const id of [
      'place.knownAtEmployer',
      'place.taskAdaptations',
      'place.naturalSupport',
      'place.fixedContact',
      'place.handoverMeeting',
      'place.trialOrAssessment',
      'place.employerMotive',
      'place.employerFirstTime',
      'place.inventedTasks',
      'place.combinedLimitations',
      'place.limitationClear',
      'place.incomeVsBenefit',
      'place.sickReportingAgreed',
      'place.contactCadence',
      'place.backup',
    ]) {
      expect(items.has(id), id).toBe(true);
    }
    const codes = (id: string) => (items.get(id) as Extract<ItemDefinition, { type: 'choice' }>).options.map((o) => o.value);
    expect(codes('place.employerMotive')).toEqual(['staff-need', 'social', 'lower-wage-costs', 'unknown']);
    expect(codes('place.incomeVsBenefit')).toEqual(['higher', 'about-equal', 'lower', 'unknown']);
    expect(codes('place.contactCadence')).toEqual(['weekly', 'fortnightly', 'monthly', 'less', 'none']);
  });

  it('accepts every trigger value through intake validation', () => {
    const catalogue = createCatalogue([...INSTRUMENTS, ladderInstrument]);
    for (const rule of PLACEMENT_RULES) {
      for (const value of rule.when) {
        const outcome = validateIntake({ answers: { [rule.item]: value } }, catalogue);
        expect(outcome.ok, `${rule.id}: ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });
});

describe('placement rules as data', () => {
  it('have unique ids, kinds risk or protective, and Dutch and English text', () => {
    const ruleIds = PLACEMENT_RULES.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of PLACEMENT_RULES) {
      expect(['risk', 'protective']).toContain(rule.kind);
      for (const text of [rule.label, rule.reason, ...(rule.action ? [rule.action] : [])]) {
        expect(text.nl.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('name an item of the placement instrument, with triggers that are valid answers to it', () => {
    for (const rule of PLACEMENT_RULES) {
      const item = items.get(rule.item);
      expect(item, `${rule.id} → ${rule.item}`).toBeDefined();
      expect(rule.when.length).toBeGreaterThan(0);
      const valid = validAnswers(item!);
      for (const value of rule.when) {
        expect(valid, `${rule.id}: ${JSON.stringify(value)}`).toContain(value);
        expect(value).not.toBe(UNKNOWN_ANSWER);
      }
    }
  });

  it('cite the pilot evaluation or the WerkZaam study with a place in the source, in both languages', () => {
    for (const rule of PLACEMENT_RULES) {
      for (const c of [rule.citation, ...(rule.alsoCitation ? [rule.alsoCitation] : []), ...(rule.contrary ? [rule.contrary.citation] : [])]) {
        expect(['loondispensatie2012', 'werkzaam']).toContain(c.source);
        expect(c.where.nl.trim()).not.toBe('');
        expect(c.where.en.trim()).not.toBe('');
      }
    }
  });

  it('fire at most one flag per answer of an item (no two flags saying the same thing)', () => {
    const seen = new Set<string>();
    for (const rule of PLACEMENT_RULES) {
      for (const value of rule.when) {
        const key = `${rule.item}=${JSON.stringify(value)}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('show the contrary evidence the sources give for combined limitations, unclear limitations and trial placements', () => {
    for (const id of ['combined-limitations', 'limitation-unclear', 'no-trial-or-assessment']) {
      const rule = PLACEMENT_RULES.find((r) => r.id === id)!;
      expect(rule.contrary, id).toBeDefined();
      const flag = run({ [rule.item]: rule.when[0]! }).flags.find((f) => f.id === id)!;
      expect(flag.contrary!.nl).toContain(rule.contrary!.text.nl);
      expect(flag.contrary!.en).toContain(rule.contrary!.citation.where.en);
    }
    expect(PLACEMENT_RULES.find((r) => r.id === 'combined-limitations')!.contrary!.text.nl).toMatch(/6 van de 19/);
  });

  it('give actions for risks and none for protective signals', () => {
    for (const rule of PLACEMENT_RULES) {
      if (rule.kind === 'risk') expect(rule.action, rule.id).not.toBeNull();
      else expect(rule.action, rule.id).toBeNull();
    }
  });

  it('do not put probabilities or percentages in the reasons', () => {
    for (const rule of PLACEMENT_RULES) {
      expect(`${rule.reason.nl} ${rule.reason.en}`).not.toMatch(/%|\bprocent\b|\bpercent\b|(?<!§)\d+[.,]\d+/);
    }
  });

  it('leave no item without a rule, and every item has exactly one not-assessed entry, in instrument order', () => {
    for (const item of placement.items) expect(PLACEMENT_RULES.some((r) => r.item === item.id), item.id).toBe(true);
    expect(PLACEMENT_NOT_ASSESSED.map((e) => e.item)).toEqual(placement.items.map((i) => i.id));
  });
});

describe('evaluatePlacement', () => {
  describe.each(PLACEMENT_RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
    const item = items.get(rule.item)!;
    it.each(validAnswers(item).map((v) => [JSON.stringify(v), v] as const))('answer %s', (_shown, value) => {
      const result = run({ [rule.item]: value });
      const flag = result.flags.find((f) => f.id === rule.id);
      if (rule.when.includes(value)) {
        expect(flag).toBeDefined();
        expect(flag!.kind).toBe(rule.kind);
        expect(flag!.label).toEqual(rule.label);
        expect(flag!.reason).toEqual(rule.reason);
        expect(flag!.action).toEqual(rule.action);
        expect(flag!.citation.nl).toContain(SOURCES[rule.citation.source].short);
        expect(flag!.citation.nl).toContain(rule.citation.where.nl);
        expect(flag!.citation.en).toContain(rule.citation.where.en);
      } else {
        expect(flag).toBeUndefined();
      }
    });

    it('does not fire when the item is not answered', () => {
      expect(ids(run({}))).not.toContain(rule.id);
    });
  });

  it('flags every item as not assessed when nothing was answered', () => {
    const result = run({});
    expect(ids(result, 'risk')).toEqual([]);
    expect(ids(result, 'protective')).toEqual([]);
    expect(ids(result, 'unknown')).toEqual(placement.items.map((i) => notAssessedId(i.id)));
    for (const flag of result.flags) {
      expect(flag.action).not.toBeNull();
      expect(flag.citation.nl).not.toBe('');
    }
    expect(result.reason?.en).toBe(`0 risk signals, 0 protective signals, ${placement.items.length} points not assessed.`);
  });

  it('treats "don\'t know" as not assessed, and an answered item as assessed', () => {
    const result = run({ 'place.employerMotive': 'unknown', 'place.incomeVsBenefit': 'unknown', 'place.backup': false });
    const unknown = ids(result, 'unknown');
    expect(unknown).toContain(notAssessedId('place.employerMotive'));
    expect(unknown).toContain(notAssessedId('place.incomeVsBenefit'));
    expect(unknown).not.toContain(notAssessedId('place.backup'));
    expect(unknown).toHaveLength(placement.items.length - 1);
  });

  it('leaves no unknown flags when everything is answered', () => {
    expect(ids(run(allRisks), 'unknown')).toEqual([]);
    expect(ids(run(noRisks), 'unknown')).toEqual([]);
    expect(ids(run(noRisks), 'risk')).toEqual([]);
  });

  it('fires every risk rule in the worst case', () => {
    expect(ids(run(allRisks), 'risk')).toEqual(PLACEMENT_RULES.filter((r) => r.kind === 'risk').map((r) => r.id));
  });

  it('orders flags risk, then unknown, then protective, each in the order of the data', () => {
    const answers: Record<string, Answer> = {
      'place.backup': true,
      'place.knownAtEmployer': true,
      'place.fixedContact': false,
      'place.combinedLimitations': true,
      'place.handoverMeeting': true,
      'place.incomeVsBenefit': 'lower',
    };
    const result = run(answers);
    const rank = { risk: 0, unknown: 1, protective: 2 } as const;
    const kinds = result.flags.map((f) => rank[f.kind]);
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    const ruleOrder = PLACEMENT_RULES.map((r) => r.id);
    const risks = ids(result, 'risk');
    expect(risks).toEqual(['combined-limitations', 'income-below-benefit', 'coach-handovers']);
    expect(risks).toEqual([...risks].sort((a, b) => ruleOrder.indexOf(a) - ruleOrder.indexOf(b)));
    expect(ids(result, 'protective')).toEqual(['known-at-employer', 'handover-held', 'backup']);
    const itemOrder = placement.items.map((i) => notAssessedId(i.id));
    const unknown = ids(result, 'unknown');
    expect(unknown).toEqual(itemOrder.filter((id) => unknown.includes(id)));
    expect(result.reason?.en).toBe(`3 risk signals, 3 protective signals, ${placement.items.length - 6} points not assessed.`);
    expect(result.reason?.nl).toBe(`3 risicosignalen, 3 beschermende signalen, ${placement.items.length - 6} punten niet nagegaan.`);
  });

  it('uses singular wording for one signal', () => {
    const one = Object.fromEntries(placement.items.map((i) => [i.id, noRisks[i.id]!]));
    one['place.backup'] = false;
    one['place.knownAtEmployer'] = true;
    delete one['place.lifeDomainsMonitored'];
    const result = run(one);
    const protective = ids(result, 'protective').length;
    expect(ids(result, 'risk')).toEqual(['no-backup']);
    expect(result.reason?.en).toBe(`1 risk signal, ${protective} protective signal${protective === 1 ? '' : 's'}, 1 point not assessed.`);
  });

  it('lists each action once, with every source that led to it', () => {
    const result = run({ 'place.combinedLimitations': true, 'place.employerMotive': 'lower-wage-costs', 'place.employerFirstTime': true });
    const shared = PLACEMENT_RULES.find((r) => r.id === 'combined-limitations')!.action!;
    const matching = result.actions.filter((a) => a.text.nl === shared.nl);
    expect(matching).toHaveLength(1);
    for (const id of ['combined-limitations', 'employer-wage-cost-motive', 'employer-first-time']) {
      expect(matching[0]!.basis).toBe('source');
      expect(matching[0]!.citation!.nl).toContain(PLACEMENT_RULES.find((r) => r.id === id)!.citation.where.nl);
      expect(matching[0]!.citation!.en).toContain(PLACEMENT_RULES.find((r) => r.id === id)!.citation.where.en);
    }
    const texts = (r: MomentRisk) => r.actions.map((a) => `${a.text.nl}|${a.text.en}`);
    for (const r of [result, run(allRisks), run({})]) expect(new Set(texts(r)).size).toBe(r.actions.length);
  });

  it('takes actions from risk and unknown flags only', () => {
    const risk = run({ ...noRisks, 'place.taskAdaptations': false, 'place.backup': true, 'place.knownAtEmployer': true });
    const expected = new Set(risk.flags.filter((f) => f.kind !== 'protective' && f.action).map((f) => f.action!.nl));
    expect(new Set(risk.actions.map((a) => a.text.nl))).toEqual(expected);
    // Two sources say the same of this answer: one flag that cites both.
    expect(ids(risk, 'risk')).toEqual(['no-task-adaptation']);
    const flag = risk.flags.find((f) => f.id === 'no-task-adaptation')!;
    expect(flag.citation.nl).toContain(SOURCES.loondispensatie2012.short);
    expect(flag.citation.nl).toContain(SOURCES.werkzaam.short);
    expect(risk.actions.map((a) => a.basis)).toEqual(['source']);
  });

  it('ignores answers to other instruments and answers of the wrong type', () => {
    const base = run({ 'place.backup': true });
    expect(run({ 'place.backup': true, 'bg.age': 40, 'bc.q01': 3, 'place.unknownItem': true })).toEqual(base);
    // A wrongly typed answer (validation normally stops it) fires nothing but counts as answered.
    expect(ids(run({ 'place.taskAdaptations': 'no' }), 'risk')).toEqual([]);
  });

  it('has no probability, base rate, band or factors, and reports the checklist and its sources', () => {
    const result = run(allRisks);
    expect(result).toMatchObject({
      moment: 'after-placement',
      modelId: 'after-placement-checklist',
      modelVersion: placement.version,
      status: 'checklist',
      probability: null,
      baseRate: null,
      band: null,
      factors: [],
      attentionPoints: [],
      override: null,
    });
    expect(result.citation.nl).toContain(SOURCES.loondispensatie2012.short);
    expect(result.citation.en).toContain(SOURCES.werkzaam.short);
    expect(result.kind).toBe('dropout');
  });

  it('returns no flags or actions when not administered, whatever the answers', () => {
    for (const answers of [{}, allRisks]) {
      const result = run(answers, false);
      expect(result.status).toBe('not-administered');
      expect(result.flags).toEqual([]);
      expect(result.actions).toEqual([]);
      expect(result.probability).toBeNull();
      expect(result.reason).not.toBeNull();
    }
  });

  it('produces results that parse with MomentRiskSchema', () => {
    for (const result of [run({}), run(allRisks), run(noRisks), run({ 'place.employerMotive': 'unknown' }), run(allRisks, false)]) {
      expect(MomentRiskSchema.parse(result)).toEqual(result);
    }
  });
});
