import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { describe, expect, it } from 'vitest';
import {
  FHIR_EXT,
  fromFhirQuestionnaireResponse,
  scaleExpression,
  scoreLinkId,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type FhirQuestionnaire,
  type FhirQuestionnaireResponse,
} from '../src/fhir/index.js';
import { INSTRUMENTS } from '../src/instruments/index.js';
import { AGREE_5 } from '../src/instruments/response-scales.js';
import type { InstrumentDefinition, ItemDefinition } from '../src/instruments/types.js';
import { ladderInstrument } from '../src/ladder/definition.js';
import type { AnswerValue } from '../src/schema.js';
import { applicability } from '../src/scoring/applicability.js';
import { createCatalogue, type Catalogue } from '../src/scoring/catalogue.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';
import { createScorer } from '../src/intake/score.js';
import { IntakeValidationError } from '../src/scoring/validate.js';
import { validAnswer } from './support/arbitraries.js';

type Answers = Record<string, Exclude<AnswerValue, null>>;

const ALL = [...INSTRUMENTS, ladderInstrument];
const text = { nl: 'x', en: 'y' };
const why = { nl: 'test', en: 'test' };

/**
 * A made-up instrument with every scoring kind and item type the engine knows, including the ones no shipped
 * instrument uses yet (flag scales, checklists inside a sum, fractional numbers inside a prorated sum,
 * a fractional multiplier) and scale ids that are not plain FHIRPath identifiers.
 */
const toy: InstrumentDefinition = {
  id: 'toy',
  version: '2.0.1',
  title: text,
  description: text,
  wording: text,
  responseScale: AGREE_5,
  items: [
    { id: 't.a', type: 'scale', text },
    { id: 't.b', type: 'scale', text, reverse: true },
    { id: 't.c', type: 'choice', text, options: [0, 1, 2, 5].map((value) => ({ value, label: text })) },
    { id: 't.n', type: 'number', text, min: 0, max: 10, integer: false, unit: text },
    { id: 't.d', type: 'number', text, min: 0, max: 1, integer: false, unit: text },
    { id: 't.i', type: 'number', text, min: -5, max: 5, integer: true, unit: text },
    { id: 't.f', type: 'boolean', text },
    { id: 't.m', type: 'multi', text, options: ['x', 'y', 'z', 'none', 'unknown'].map((value) => ({ value, label: text })) },
    { id: 't.s', type: 'choice', text, options: ['p', 'q'].map((value) => ({ value, label: text })), hint: { nl: 'hint', en: 'help' } },
  ],
  scales: [
    { id: 'toyMixedSum', title: text, items: ['t.a', 't.b', 't.c', 't.n', 't.f', 't.m', 't.i'], scoring: { kind: 'sum', multiplier: 1.1 }, missing: { minAnswered: 4, prorate: true, why }, range: { min: -100, max: 100 }, higherIs: 'neutral' },
    // Two fractional items between whole ones: summing in another order than the engine changes the last bits.
    { id: 'toyDecimalSum', title: text, items: ['t.n', 't.a', 't.d', 't.b', 't.i'], scoring: { kind: 'sum' }, missing: { minAnswered: 2, prorate: true, why }, range: { min: -100, max: 100 }, higherIs: 'neutral' },
    { id: 'toy-plain-sum', title: text, items: ['t.a', 't.b', 't.c'], scoring: { kind: 'sum' }, missing: { minAnswered: 0, prorate: false, why }, range: { min: 0, max: 20 }, higherIs: 'neutral' },
    { id: 'toyMean', title: text, items: ['t.b', 't.n', 't.a'], scoring: { kind: 'mean' }, missing: { minAnswered: 2, prorate: false, why }, range: { min: 0, max: 10 }, higherIs: 'better' },
    { id: 'toyFlag', title: text, items: ['t.f'], scoring: { kind: 'flag' }, missing: { minAnswered: 1, prorate: false, why }, range: { min: 0, max: 1 }, higherIs: 'neutral' },
    { id: 'toyCount', title: text, items: ['t.m'], scoring: { kind: 'count', exclude: ['none', 'unknown'] }, missing: { minAnswered: 1, prorate: false, why }, range: { min: 0, max: 3 }, higherIs: 'neutral' },
    { id: 'toyCountAll', title: text, items: ['t.m'], scoring: { kind: 'count' }, missing: { minAnswered: 1, prorate: false, why }, range: { min: 0, max: 5 }, higherIs: 'neutral' },
    { id: 'toyChoiceValue', title: text, items: ['t.c'], scoring: { kind: 'value', multiplier: 0.1 }, missing: { minAnswered: 1, prorate: false, why }, range: { min: 0, max: 1 }, higherIs: 'neutral' },
    { id: 'toyNumberValue', title: text, items: ['t.n'], scoring: { kind: 'value', multiplier: 30.4375 }, missing: { minAnswered: 1, prorate: false, why }, range: { min: 0, max: 400 }, higherIs: 'neutral' },
  ],
  citations: [],
};
const TOY_CATALOGUE = createCatalogue([toy]);

/** A valid answer; fractional numbers also as tenths and as arbitrary doubles, so sums really round. */
function answer(item: ItemDefinition, instrument: InstrumentDefinition): fc.Arbitrary<Exclude<AnswerValue, null>> {
  if (item.type !== 'number' || item.integer) return validAnswer(item, instrument);
  return fc.oneof(
    validAnswer(item, instrument),
    fc.integer({ min: Math.ceil(item.min * 10), max: Math.floor(item.max * 10) }).map((v) => v / 10),
    fc.double({ min: item.min, max: item.max, noNaN: true }),
  );
}

/** Answers to a random subset of an instrument's items; how many are left out varies from run to run. */
function someAnswers(instrument: InstrumentDefinition): fc.Arbitrary<Answers> {
  return fc.constantFrom(1, 2, 4, 9, 30).chain((freq) =>
    fc
      .tuple(...instrument.items.map((item) => fc.option(answer(item, instrument), { nil: undefined, freq })))
      .map((values) => {
        const answers: Answers = {};
        instrument.items.forEach((item, i) => {
          if (values[i] !== undefined) answers[item.id] = values[i];
        });
        return answers;
      }),
  );
}

function variables(q: FhirQuestionnaire): Map<string, string> {
  return new Map((q.extension ?? []).filter((e) => e.url === FHIR_EXT.variable).map((e) => [e.valueExpression!.name!, e.valueExpression!.expression]));
}

type Evaluator = (resource: unknown, env: Record<string, unknown>) => unknown[];

function compileAll(q: FhirQuestionnaire): Map<string, Evaluator> {
  return new Map([...variables(q)].map(([name, expression]) => [name, fhirpath.compile(expression, r4) as unknown as Evaluator]));
}

interface Tally {
  compared: number;
  empty: number;
  prorated: number;
}

/**
 * Scores each answer set natively and with fhirpath on the exported Questionnaire/QuestionnaireResponse,
 * and demands the very same double (Object.is) or, for no score, an empty result.
 */
function crossCheck(instrument: InstrumentDefinition, catalogue: Catalogue, numRuns: number): Tally {
  const scorer = createScorer(catalogue);
  const q = toFhirQuestionnaire(instrument);
  const compiled = compileAll(q);
  const tally: Tally = { compared: 0, empty: 0, prorated: 0 };
  fc.assert(
    fc.property(someAnswers(instrument), (answers) => {
      const native = scorer.score({ answers });
      const qr = JSON.parse(JSON.stringify(toFhirQuestionnaireResponse({ answers }, instrument, { catalogue }))) as FhirQuestionnaireResponse;
      for (const scale of instrument.scales) {
        const expected = native.scales[scale.id]!;
        const got = compiled.get(scale.id)!(qr, { questionnaire: q, resource: qr });
        if (expected.score === null) {
          expect(got, `${scale.id} on ${JSON.stringify(answers)}`).toEqual([]);
          tally.empty++;
        } else {
          expect(got, `${scale.id} on ${JSON.stringify(answers)}`).toHaveLength(1);
          expect(got[0], `${scale.id} on ${JSON.stringify(answers)}`).toBe(expected.score);
          if (expected.prorated) tally.prorated++;
        }
        tally.compared++;
      }
    }),
    { numRuns },
  );
  return tally;
}

describe('FHIR Questionnaire export', () => {
  it.each(ALL.map((i) => [i.id, i] as const))('%s: has every item, in order, with the right FHIR type', (_id, instrument) => {
    const q = toFhirQuestionnaire(instrument);
    expect(q.resourceType).toBe('Questionnaire');
    expect(q.id).toBe(`trede-${instrument.id}`);
    expect(q.url).toBe(`urn:trede:questionnaire:${instrument.id}`);
    expect(q.version).toBe(instrument.version);
    expect(q.name).toMatch(/^[A-Z][A-Za-z0-9_]*$/);
    expect(q.status).toBe('active');
    expect(q.language).toBe('nl');
    expect(q.title).toBe(instrument.title.nl);
    expect(q.description).toBe(instrument.description.nl);

    const questions = q.item.filter((i) => !i.linkId.startsWith('score.'));
    expect(questions.map((i) => i.linkId)).toEqual(instrument.items.map((i) => i.id));
    for (const item of instrument.items) {
      const qi = questions.find((i) => i.linkId === item.id)!;
      expect(qi.text).toBe(item.text.nl);
      if (item.text.en !== item.text.nl) {
        const tr = qi._text!.extension[0]!;
        expect(tr.url).toBe(FHIR_EXT.translation);
        expect(tr.extension).toEqual([
          { url: 'lang', valueCode: 'en' },
          { url: 'content', valueString: item.text.en },
        ]);
      }
      const weights = qi.answerOption?.map((o) => o.extension?.find((e) => e.url === FHIR_EXT.itemWeight)?.valueDecimal);
      switch (item.type) {
        case 'scale': {
          const { min, max, options } = instrument.responseScale!;
          expect(qi.type).toBe('choice');
          expect(qi.answerOption!.map((o) => o.valueCoding.code)).toEqual(options.map((o) => String(o.value)));
          expect(weights).toEqual(options.map((o) => (item.reverse ? min + max - o.value : o.value)));
          break;
        }
        case 'choice': {
          expect(qi.type).toBe('choice');
          expect(qi.answerOption!.map((o) => o.valueCoding.code)).toEqual(item.options.map((o) => String(o.value)));
          const numeric = typeof item.options[0]!.value === 'number';
          expect(weights).toEqual(item.options.map((o) => (numeric ? o.value : undefined)));
          break;
        }
        case 'multi':
          expect(qi.type).toBe('choice');
          expect(qi.repeats).toBe(true);
          expect(weights!.every((w) => w === undefined)).toBe(true);
          break;
        case 'number':
          expect(qi.type).toBe(item.integer ? 'integer' : 'decimal');
          expect(qi.extension!.find((e) => e.url === FHIR_EXT.minValue)).toEqual(item.integer ? { url: FHIR_EXT.minValue, valueInteger: item.min } : { url: FHIR_EXT.minValue, valueDecimal: item.min });
          expect(qi.extension!.find((e) => e.url === FHIR_EXT.maxValue)).toEqual(item.integer ? { url: FHIR_EXT.maxValue, valueInteger: item.max } : { url: FHIR_EXT.maxValue, valueDecimal: item.max });
          break;
        case 'boolean':
          expect(qi.type).toBe('boolean');
          break;
      }
      if (item.hint) expect(qi.item![0]).toMatchObject({ linkId: `${item.id}.hint`, type: 'display', text: item.hint.nl });
    }
  });

  it('puts the reversal of reverse-keyed items in the weights, not in the codes', () => {
    const reversed = ALL.flatMap((instrument) => instrument.items.filter((i) => i.type === 'scale' && i.reverse).map((item) => ({ instrument, item })));
    expect(reversed.length).toBeGreaterThanOrEqual(6);
    for (const { instrument, item } of reversed) {
      const qi = toFhirQuestionnaire(instrument).item.find((i) => i.linkId === item.id)!;
      const { min, max } = instrument.responseScale!;
      const first = qi.answerOption![0]!;
      expect(first.valueCoding.code).toBe(String(min));
      expect(first.extension).toEqual([{ url: FHIR_EXT.itemWeight, valueDecimal: max }]);
    }
  });

  it.each(ALL.map((i) => [i.id, i] as const))('%s: one variable and one read-only calculated item per scale', (_id, instrument) => {
    const q = toFhirQuestionnaire(instrument);
    const vars = variables(q);
    expect([...vars.keys()]).toEqual(instrument.scales.map((s) => s.id));
    for (const scale of instrument.scales) {
      expect(vars.get(scale.id)).toBe(scaleExpression(scale, instrument));
      expect(vars.get(scale.id)).toContain('%resource.item');
      const calc = q.item.find((i) => i.linkId === scoreLinkId(scale))!;
      expect(calc).toMatchObject({ type: 'decimal', readOnly: true, text: scale.title.nl });
      expect(calc.extension).toEqual([{ url: FHIR_EXT.calculatedExpression, valueExpression: { language: 'text/fhirpath', expression: `%${scale.id}` } }]);
    }
    if (instrument.scales.length === 0) expect(q.extension).toBeUndefined();
  });

  it('writes weighted choices through weight(), so scores depend on the Questionnaire', () => {
    for (const instrument of INSTRUMENTS) {
      for (const scale of instrument.scales) {
        const weighted = scale.items.some((id) => {
          const item = instrument.items.find((i) => i.id === id)!;
          return item.type === 'scale' || item.type === 'choice';
        });
        expect(scaleExpression(scale, instrument).includes('.weight()')).toBe(weighted);
      }
    }
  });

  it('switches the main and translated language for English', () => {
    const q = toFhirQuestionnaire(INSTRUMENTS[1]!, 'en');
    expect(q.language).toBe('en');
    expect(q.title).toBe(INSTRUMENTS[1]!.title.en);
    expect(q._title!.extension[0]!.extension).toEqual([
      { url: 'lang', valueCode: 'nl' },
      { url: 'content', valueString: INSTRUMENTS[1]!.title.nl },
    ]);
    const option = q.item[0]!.answerOption![0]!.valueCoding;
    expect(option.display).toBe(INSTRUMENTS[1]!.responseScale!.options[0]!.label.en);
  });

  it('quotes scale ids that are not plain identifiers and refuses ids that would shadow %resource', () => {
    const q = toFhirQuestionnaire(toy);
    expect(q.item.find((i) => i.linkId === 'score.toy-plain-sum')!.extension![0]!.valueExpression!.expression).toBe('%`toy-plain-sum`');
    const bad = { ...toy, scales: [{ ...toy.scales[0]!, id: 'resource' }] };
    expect(() => toFhirQuestionnaire(bad)).toThrow(/shadow/);
    const textChoice = { ...toy, scales: [{ ...toy.scales[0]!, items: ['t.s'] }] };
    expect(() => toFhirQuestionnaire(textChoice)).toThrow(/text codes/);
  });
});

describe('FHIR QuestionnaireResponse', () => {
  it.each(ALL.map((i) => [i.id, i] as const))('%s: answers that count → QuestionnaireResponse → answers is the identity', (_id, instrument) => {
    fc.assert(
      fc.property(someAnswers(instrument), (answers) => {
        // Answers to questions that do not apply are left out (FHIR allows no answers to disabled items).
        const counted = Object.fromEntries(applicability(instrument.items, new Map(Object.entries(answers))).answers);
        const qr = toFhirQuestionnaireResponse({ answers }, instrument);
        expect(qr.resourceType).toBe('QuestionnaireResponse');
        expect(qr.status).toBe('completed');
        expect(qr.questionnaire).toBe(`urn:trede:questionnaire:${instrument.id}|${instrument.version}`);
        expect(qr.item!.map((i) => i.linkId)).toEqual(instrument.items.filter((i) => i.id in counted).map((i) => i.id));
        const back = fromFhirQuestionnaireResponse(JSON.parse(JSON.stringify(qr)), instrument);
        expect(back).toEqual(counted);
        expect(Object.keys(back)).toEqual(Object.keys(counted));
      }),
      { numRuns: 100 },
    );
  });

  it('writes codes without weights, numbers and yes/no as FHIR primitives, a checklist as several answers', () => {
    const qr = toFhirQuestionnaireResponse(
      { id: 'intake-7', date: '2025-03-04', answers: { 't.b': 2, 't.c': 5, 't.n': 2.5, 't.i': -3, 't.f': false, 't.m': ['x', 'none'], 't.s': 'q' } },
      toy,
      { catalogue: TOY_CATALOGUE, id: 'qr1' },
    );
    expect(qr).toMatchObject({ id: 'qr1', identifier: { system: 'urn:trede:intake', value: 'intake-7' }, authored: '2025-03-04' });
    const answer = (id: string) => qr.item!.find((i) => i.linkId === id)!.answer;
    expect(answer('t.b')).toEqual([{ valueCoding: { system: 'urn:trede:answers:toy:agree-5', code: '2' } }]);
    expect(answer('t.c')).toEqual([{ valueCoding: { system: 'urn:trede:answers:toy:t.c', code: '5' } }]);
    expect(answer('t.n')).toEqual([{ valueDecimal: 2.5 }]);
    expect(answer('t.i')).toEqual([{ valueInteger: -3 }]);
    expect(answer('t.f')).toEqual([{ valueBoolean: false }]);
    expect(answer('t.m')).toEqual([{ valueCoding: { system: 'urn:trede:answers:toy:t.m', code: 'x' } }, { valueCoding: { system: 'urn:trede:answers:toy:t.m', code: 'none' } }]);
    expect(answer('t.s')).toEqual([{ valueCoding: { system: 'urn:trede:answers:toy:t.s', code: 'q' } }]);
  });

  it('leaves out other instruments’ answers, unanswered items and empty checklists', () => {
    const bg = INSTRUMENTS.find((i) => i.id === 'background')!;
    const qr = toFhirQuestionnaireResponse({ answers: { 'bg.age': 40, 'bg.support': [], 'bg.partner': null, 'ctrl.1': 3 } }, bg);
    expect(qr.item!.map((i) => i.linkId)).toEqual(['bg.age']);
    expect(qr.identifier).toBeUndefined();
    expect(qr.authored).toBeUndefined();
  });

  it('leaves out answers to an instrument the response says was not administered, as scoring does', () => {
    const dass = INSTRUMENTS.find((i) => i.id === 'dass21')!;
    const response = { instruments: ['control'], answers: { 'dass21.q01': 2, 'ctrl.1': 3 } };
    expect(createScorer().score(response).scales['dass21Stress']!.score).toBeNull();
    expect(toFhirQuestionnaireResponse(response, dass).item).toEqual([]);
    expect(toFhirQuestionnaireResponse({ ...response, instruments: ['dass21'] }, dass).item!.map((i) => i.linkId)).toEqual(['dass21.q01']);
  });

  it('leaves out answers to questions that do not apply, so that the Questionnaire scores them as the engine does', () => {
    const bg = INSTRUMENTS.find((i) => i.id === 'background')!;
    const answers = { 'bg.age': 40, 'bg.children': false, 'bg.youngestChildAge': 4, 'bg.childcareArranged': true };
    expect(toFhirQuestionnaireResponse({ answers }, bg).item!.map((i) => i.linkId)).toEqual(['bg.age', 'bg.children']);
    const withChildren = { ...answers, 'bg.children': true };
    expect(toFhirQuestionnaireResponse({ answers: withChildren }, bg).item!.map((i) => i.linkId)).toEqual(['bg.age', 'bg.children', 'bg.youngestChildAge', 'bg.childcareArranged']);
    const ladder = toFhirQuestionnaireResponse({ answers: { 'ladder.paidWork': 'unsupported', 'ladder.unpaidWork': true, 'ladder.socialContacts': true } }, ladderInstrument);
    expect(ladder.item!.map((i) => i.linkId)).toEqual(['ladder.paidWork']);
  });

  it('validates before exporting', () => {
    const dass = INSTRUMENTS.find((i) => i.id === 'dass21')!;
    expect(() => toFhirQuestionnaireResponse({ answers: { 'dass21.q01': 4 } }, dass)).toThrow(IntakeValidationError);
    expect(() => toFhirQuestionnaireResponse({ answers: { 'nope.1': 1 } }, dass)).toThrow(IntakeValidationError);
    expect(() => toFhirQuestionnaireResponse({ answers: {} }, toy)).toThrow(/not in the catalogue/);
  });

  it('explains what is wrong with a foreign QuestionnaireResponse, in Dutch and English, all at once', () => {
    const qr = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'urn:trede:questionnaire:toy|2.0.1',
      status: 'completed',
      item: [
        { linkId: 't.a', answer: [{ valueCoding: { system: 'urn:trede:answers:toy:agree-5', code: '9' } }] },
        { linkId: 't.b', answer: [{ valueCoding: { system: 'http://loinc.org', code: '2' } }] },
        { linkId: 't.c', answer: [{ valueInteger: 2 }] },
        { linkId: 't.n', answer: [{ valueDecimal: 11 }] },
        { linkId: 't.zz', answer: [{ valueBoolean: true }] },
        { linkId: 't.f', answer: [{ valueBoolean: true }, { valueBoolean: false }] },
        { linkId: 't.m', answer: [{ valueCoding: { code: 'x' } }, { valueCoding: { code: 'x' } }] },
        { linkId: 't.s', answer: [{ valueCoding: { code: 'q' } }] },
        { linkId: 't.s', answer: [{ valueCoding: { code: 'p' } }] },
      ],
    };
    let error: IntakeValidationError | undefined;
    try {
      fromFhirQuestionnaireResponse(qr, toy);
    } catch (e) {
      error = e as IntakeValidationError;
    }
    expect(error).toBeInstanceOf(IntakeValidationError);
    const byPath = Object.fromEntries(error!.issues.map((i) => [i.path, i]));
    expect(byPath['item.t.a']!.message.en).toMatch(/unknown code "9" for "t.a"; allowed are: 1, 2, 3, 4, 5/);
    expect(byPath['item.t.a']!.message.nl).toMatch(/onbekende code "9"/);
    expect(byPath['item.t.b']!.message.en).toMatch(/code system "http:\/\/loinc.org"/);
    expect(byPath['item.t.c']!.code).toBe('wrong-type');
    expect(byPath['answers.t.n']!.code).toBe('off-scale');
    expect(byPath['item.t.zz']!.message).toEqual({
      nl: 'onbekende linkId "t.zz": vragenlijst "urn:trede:questionnaire:toy" heeft geen vraag met die linkId',
      en: 'unknown linkId "t.zz": questionnaire "urn:trede:questionnaire:toy" has no question with that linkId',
    });
    expect(byPath['item.t.f']!.message.en).toMatch(/2 answers/);
    expect(byPath['answers.t.m']!.code).toBe('duplicate');
    expect(byPath['item.t.s']!.code).toBe('duplicate');
    expect(error!.message).toContain('onbekende linkId "t.zz"');
  });

  it('rejects a response to another Questionnaire or version, and things that are not a response', () => {
    const dass = INSTRUMENTS.find((i) => i.id === 'dass21')!;
    const qr = toFhirQuestionnaireResponse({ answers: { 'dass21.q01': 1 } }, dass);
    expect(() => fromFhirQuestionnaireResponse({ ...qr, questionnaire: 'urn:trede:questionnaire:dass21|0.9.0' }, dass)).toThrow(/belongs to questionnaire/);
    expect(fromFhirQuestionnaireResponse({ ...qr, questionnaire: 'urn:trede:questionnaire:dass21|0.9.0' }, dass, { anyVersion: true })).toEqual({ 'dass21.q01': 1 });
    expect(() => fromFhirQuestionnaireResponse({ ...qr, questionnaire: 'urn:trede:questionnaire:control' }, dass)).toThrow(IntakeValidationError);
    expect(() => fromFhirQuestionnaireResponse({ resourceType: 'Patient' }, dass)).toThrow(/not a FHIR QuestionnaireResponse/);
  });

  it('skips calculated score items, help texts and unanswered items', () => {
    const qr = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [{ linkId: 'score.toyFlag', answer: [{ valueDecimal: 1 }] }, { linkId: 't.s.hint' }, { linkId: 't.a', answer: [] }, { linkId: 't.f', answer: [{ valueBoolean: true }] }],
    };
    expect(fromFhirQuestionnaireResponse(qr, toy)).toEqual({ 't.f': true });
  });
});

describe('FHIR enableWhen: the skip logic of the definitions', () => {
  const itemOf = (q: FhirQuestionnaire, linkId: string) => q.item.find((i) => i.linkId === linkId)!;

  it('asks about the youngest child and childcare only when the client has children', () => {
    const q = toFhirQuestionnaire(INSTRUMENTS.find((i) => i.id === 'background')!);
    for (const linkId of ['bg.youngestChildAge', 'bg.childcareArranged']) {
      expect(itemOf(q, linkId).enableWhen).toEqual([{ question: 'bg.children', operator: '=', answerBoolean: true }]);
      expect(itemOf(q, linkId).enableBehavior).toBeUndefined();
    }
    expect(itemOf(q, 'bg.age').enableWhen).toBeUndefined();
  });

  it('writes a coded answer with its answer system, for the ladder’s rung questions', () => {
    const q = toFhirQuestionnaire(ladderInstrument);
    expect(itemOf(q, 'ladder.unpaidWork').enableWhen).toEqual([
      { question: 'ladder.paidWork', operator: '=', answerCoding: { system: 'urn:trede:answers:ladder:ladder.paidWork', code: 'none' } },
    ]);
    expect(itemOf(q, 'ladder.socialContacts').enableWhen).toEqual([{ question: 'ladder.organisedActivities', operator: '=', answerBoolean: false }]);
    expect(itemOf(q, 'ladder.growthPotential').enableWhen).toBeUndefined();
  });

  it('types answer[x] after the item it looks at, and adds enableBehavior to more than one condition', () => {
    const gated: InstrumentDefinition = {
      ...toy,
      items: [
        ...toy.items,
        {
          id: 't.g',
          type: 'boolean',
          text,
          enableBehavior: 'any',
          enableWhen: [
            { question: 't.a', operator: '!=', answer: 3 },
            { question: 't.i', operator: '=', answer: -2 },
            { question: 't.n', operator: '=', answer: 2.5 },
            { question: 't.m', operator: '=', answer: 'y' },
          ],
        },
        { id: 't.h', type: 'boolean', text, enableWhen: [{ question: 't.f', operator: '=', answer: true }, { question: 't.s', operator: '=', answer: 'q' }] },
      ],
    };
    const q = toFhirQuestionnaire(gated);
    expect(itemOf(q, 't.g').enableBehavior).toBe('any');
    expect(itemOf(q, 't.g').enableWhen).toEqual([
      { question: 't.a', operator: '!=', answerCoding: { system: 'urn:trede:answers:toy:agree-5', code: '3' } },
      { question: 't.i', operator: '=', answerInteger: -2 },
      { question: 't.n', operator: '=', answerDecimal: 2.5 },
      { question: 't.m', operator: '=', answerCoding: { system: 'urn:trede:answers:toy:t.m', code: 'y' } },
    ]);
    // Two conditions without a stated behaviour: Trede's default, written out as FHIR requires.
    expect(itemOf(q, 't.h').enableBehavior).toBe('all');
    expect(() => toFhirQuestionnaire({ ...toy, items: [{ id: 't.x', type: 'boolean', text, enableWhen: [{ question: 'nope', operator: '=', answer: true }] }] })).toThrow(/does not have/);
  });
});

describe('FHIRPath cross-check: the exported expressions score exactly like the native engine', () => {
  const scored = INSTRUMENTS.filter((i) => i.scales.length > 0);

  it('covers every shipped instrument with scales', () => {
    expect(scored.map((i) => i.id).sort()).toEqual(DEFAULT_CATALOGUE.instruments.filter((i) => i.scales.length > 0).map((i) => i.id).sort());
  });

  it.each(scored.map((i) => [i.id, i] as const))('%s: 250 random partial responses give bit-identical scores', (_id, instrument) => {
    const tally = crossCheck(instrument, DEFAULT_CATALOGUE, 250);
    expect(tally.compared).toBe(250 * instrument.scales.length);
    // The missing-item rules were exercised on both sides, not just full responses.
    expect(tally.empty).toBeGreaterThan(0);
    if (instrument.scales.some((s) => s.scoring.kind === 'sum' && s.missing.prorate)) expect(tally.prorated).toBeGreaterThan(0);
  });

  it('covers every scoring kind and item type on a made-up instrument', () => {
    const tally = crossCheck(toy, TOY_CATALOGUE, 400);
    expect(tally.prorated).toBeGreaterThan(0);
    expect(tally.empty).toBeGreaterThan(0);
    expect(tally.compared - tally.empty).toBeGreaterThan(400);
  });

  it('the calculated items read the variables back (%name and %`odd-name`)', () => {
    const q = toFhirQuestionnaire(toy);
    const answers: Answers = { 't.a': 5, 't.b': 1, 't.c': 2, 't.n': 0.3, 't.f': true, 't.m': ['x', 'none'] };
    const qr = toFhirQuestionnaireResponse({ answers }, toy, { catalogue: TOY_CATALOGUE });
    const native = createScorer(TOY_CATALOGUE).score({ answers });
    const env: Record<string, unknown> = { questionnaire: q, resource: qr };
    for (const [name, expression] of variables(q)) env[name] = fhirpath.evaluate(qr, expression, { ...env }, r4);
    for (const scale of toy.scales) {
      const calc = q.item.find((i) => i.linkId === scoreLinkId(scale))!.extension![0]!.valueExpression!.expression;
      const got = fhirpath.evaluate(qr, calc, env, r4) as unknown[];
      expect(got).toEqual(native.scales[scale.id]!.score === null ? [] : [native.scales[scale.id]!.score]);
    }
    expect(native.scales['toyMixedSum']!.score).toBe((((5 + 5 + 2 + 0.3 + 1 + 2) * 7) / 6) * 1.1); // the checklist counts every code in a sum
  });

  it('would notice a dropped reverse key: a Questionnaire without reversed weights disagrees', () => {
    const control = INSTRUMENTS.find((i) => i.id === 'control')!;
    const unreversed: InstrumentDefinition = { ...control, items: control.items.map((i) => (i.type === 'scale' ? { ...i, reverse: false } : i)) };
    const wrongQ = toFhirQuestionnaire(unreversed);
    const answers = { 'ctrl.1': 4, 'ctrl.2': 4, 'ctrl.3': 1 };
    const qr = toFhirQuestionnaireResponse({ answers }, control);
    const expression = variables(wrongQ).get('control')!;
    const native = createScorer().score({ answers }).scales['control']!.score;
    expect(native).toBe(13 / 3);
    expect(fhirpath.evaluate(qr, expression, { questionnaire: wrongQ, resource: qr }, r4)).toEqual([3]);
    expect(fhirpath.evaluate(qr, expression, { questionnaire: toFhirQuestionnaire(control), resource: qr }, r4)).toEqual([13 / 3]);
  });
});
