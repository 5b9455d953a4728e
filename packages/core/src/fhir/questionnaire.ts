import type { Lang, Text } from '../i18n/text.js';
import type { InstrumentDefinition, ItemDefinition, ResponseOption, ScaleDefinition } from '../instruments/types.js';

/**
 * Exports an instrument definition as a FHIR R4 Questionnaire with SDC scoring expressions.
 *
 * Scoring lives in the data twice, on purpose:
 * - every scored answer option carries its weight (itemWeight extension), reverse keys already applied;
 * - every scale is a FHIRPath variable that reads those weights through `weight()` and applies the
 *   scale's missing-item rule, prorating and multiplier in the same arithmetic order as src/scoring/scale.ts.
 * A FHIR engine therefore computes the same scores as the native engine, to the last bit (test/fhir.test.ts).
 *
 * Pure: no Node built-ins, no FHIR type package; the small interfaces below cover what we emit.
 */

// ---------------------------------------------------------------------------------------------
// FHIR R4 shapes (only what we use)

export interface FhirExtension {
  url: string;
  extension?: FhirExtension[];
  valueDecimal?: number;
  valueInteger?: number;
  valueString?: string;
  valueCode?: string;
  valueCoding?: FhirCoding;
  valueCodeableConcept?: FhirCodeableConcept;
  valueExpression?: FhirExpression;
}

/** The `_field` sibling that carries extensions of a primitive, e.g. `_text` for translations. */
export interface FhirPrimitiveExtensions {
  extension: FhirExtension[];
}

/** A FHIR Coding: a code in a code system. */
export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
  _display?: FhirPrimitiveExtensions;
}

/** A FHIR CodeableConcept: codings and a text. */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** A FHIR Expression (FHIRPath), as SDC variables and calculated expressions use. */
export interface FhirExpression {
  name?: string;
  language: string;
  expression: string;
  description?: string;
}

/** One answer option of a Questionnaire item, with its itemWeight extension where the answer scores. */
export interface FhirAnswerOption {
  valueCoding: FhirCoding;
  extension?: FhirExtension[];
}

/** The Questionnaire item types the export writes. */
export type FhirQuestionnaireItemType = 'group' | 'display' | 'boolean' | 'decimal' | 'integer' | 'string' | 'choice';

/** Skip logic: the item is enabled when the answer to `question` compares as stated with answer[x]. */
export interface FhirEnableWhen {
  question: string;
  operator: '=' | '!=';
  answerBoolean?: boolean;
  answerInteger?: number;
  answerDecimal?: number;
  answerCoding?: FhirCoding;
}

/** One item of a FHIR Questionnaire: a question, a group, a display text or a calculated score. */
export interface FhirQuestionnaireItem {
  linkId: string;
  text?: string;
  _text?: FhirPrimitiveExtensions;
  type: FhirQuestionnaireItemType;
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  answerOption?: FhirAnswerOption[];
  extension?: FhirExtension[];
  item?: FhirQuestionnaireItem[];
}

/** A FHIR R4 Questionnaire as the export writes it (the fields Trede uses). */
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  meta?: { profile?: string[] };
  extension?: FhirExtension[];
  url: string;
  version: string;
  name: string;
  title: string;
  _title?: FhirPrimitiveExtensions;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  language: Lang;
  publisher?: string;
  description: string;
  _description?: FhirPrimitiveExtensions;
  item: FhirQuestionnaireItem[];
}

// ---------------------------------------------------------------------------------------------
// URIs

/** The canonical URLs of the FHIR and SDC extensions the export uses. */
export const FHIR_EXT = {
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  variable: 'http://hl7.org/fhir/StructureDefinition/variable',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  calculatedExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
} as const;

const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
const SDC_PROFILE = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-behave';

/** Names the FHIRPath environment already uses; a scale variable must not shadow them. */
const RESERVED_VARIABLES = new Set(['resource', 'rootResource', 'context', 'questionnaire', 'qitem', 'ucum', 'sct', 'loinc', 'factory', 'terminologies', 'server']);

/** The Questionnaire's id for an instrument: `trede-` and the instrument's id. */
export function questionnaireId(instrument: InstrumentDefinition): string {
  return `trede-${instrument.id}`;
}

/** The Questionnaire's canonical URL for an instrument, without its version (a URN, nothing to fetch). */
export function questionnaireUrl(instrument: InstrumentDefinition): string {
  return `urn:trede:questionnaire:${instrument.id}`;
}

/** The versioned canonical a QuestionnaireResponse points at: `url|version`. */
export function questionnaireCanonical(instrument: InstrumentDefinition): string {
  return `${questionnaireUrl(instrument)}|${instrument.version}`;
}

/**
 * The code system of an item's answer codes. Items on the instrument's response scale share one system
 * (the code is the scale point; reverse keying lives in the option weights, not in the codes);
 * choice and checklist items get a system of their own, since their codes only mean something for that item.
 */
export function answerSystem(item: ItemDefinition, instrument: InstrumentDefinition): string {
  if (item.type === 'scale') return `urn:trede:answers:${instrument.id}:${requireResponseScale(instrument).id}`;
  return `urn:trede:answers:${instrument.id}:${item.id}`;
}

/** The linkId of a scale's calculated score item. */
export function scoreLinkId(scale: ScaleDefinition): string {
  return `score.${scale.id}`;
}

/** The linkId of the help text shown with an item. */
export function hintLinkId(item: ItemDefinition): string {
  return `${item.id}.hint`;
}

// ---------------------------------------------------------------------------------------------
// Weights

function requireResponseScale(instrument: InstrumentDefinition) {
  if (!instrument.responseScale) throw new Error(`Instrument "${instrument.id}" has scale items but no responseScale`);
  return instrument.responseScale;
}

/** True for a choice item coded with whole numbers (or other numbers): its code is also its score. */
export function isNumericChoice(item: ItemDefinition): boolean {
  return item.type === 'choice' && typeof item.options[0]?.value === 'number';
}

/**
 * The answer options of a coded item with, for scored items, the weight each answer counts for.
 * Scale items: weight of answer v is v, or min + max − v when reverse-keyed. Numeric choices: the code itself.
 */
export function answerOptions(item: ItemDefinition, instrument: InstrumentDefinition): { option: ResponseOption<number | string>; weight: number | null }[] {
  switch (item.type) {
    case 'scale': {
      const s = requireResponseScale(instrument);
      return s.options.map((option) => ({ option, weight: item.reverse ? s.min + s.max - option.value : option.value }));
    }
    case 'choice':
      return (item.options as ResponseOption<number | string>[]).map((option) => ({
        option,
        weight: typeof option.value === 'number' ? option.value : null,
      }));
    case 'multi':
      return item.options.map((option) => ({ option, weight: null }));
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// FHIRPath expressions

/** A FHIRPath string literal. */
function str(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A FHIRPath variable reference, `%name` or `` %`odd-name` `` when the name is not a plain identifier. */
export function variableRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `%${name}` : `%\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;
}

/**
 * A FHIRPath number literal that parses back to exactly this double. FHIRPath has no exponent notation,
 * so numbers that JavaScript would print with one are written out in full (and checked).
 */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a FHIRPath number`);
  let text = String(Math.abs(value));
  if (/e/i.test(text)) {
    text = Math.abs(value).toFixed(20).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    if (parseFloat(text) !== Math.abs(value)) throw new Error(`Cannot write ${value} exactly as a FHIRPath number`);
  }
  return value < 0 ? `(-${text})` : text;
}

/** A where() criterion selecting the response items with these linkIds. */
function linkIdIn(ids: readonly string[]): string {
  return ids.length === 1 ? `linkId = ${str(ids[0]!)}` : `linkId in (${ids.map(str).join(' | ')})`;
}

function responseItems(ids: readonly string[]): string {
  return `%resource.item.where(${linkIdIn(ids)})`;
}

type TermKind = 'weight' | 'value' | 'flag' | 'count';

function termKind(item: ItemDefinition, scale: ScaleDefinition, instrument: InstrumentDefinition): TermKind {
  switch (item.type) {
    case 'scale':
      requireResponseScale(instrument);
      return 'weight';
    case 'choice':
      if (!isNumericChoice(item)) {
        throw new Error(`Scale "${scale.id}" uses "${item.id}", a choice with text codes: such an item has no numeric score`);
      }
      return 'weight';
    case 'number':
      return 'value';
    case 'boolean':
      return 'flag';
    case 'multi':
      return 'count';
  }
}

/** Could this item contribute a non-integer to a sum? Then the order of summing matters for the last bit. */
function mayBeFractional(item: ItemDefinition, instrument: InstrumentDefinition): boolean {
  if (item.type === 'number') return !item.integer;
  return answerOptions(item, instrument).some(({ weight }) => weight !== null && !Number.isInteger(weight));
}

/** The scores of these items as a collection, one entry per answered item (what itemScore gives natively). */
function termExpression(kind: TermKind, ids: readonly string[], exclude: readonly string[] | undefined): string {
  const items = responseItems(ids);
  switch (kind) {
    case 'weight':
      return `${items}.answer.value.weight()`;
    case 'value':
      return `${items}.answer.value`;
    case 'flag':
      return `${items}.answer.value.select(iif($this, 1, 0))`;
    case 'count': {
      if (!exclude || exclude.length === 0) return `${items}.select(answer.value.count())`;
      const keep = exclude.length === 1 ? `code != ${str(exclude[0]!)}` : `(code in (${exclude.map(str).join(' | ')})).not()`;
      return `${items}.select(answer.value.where(${keep}).count())`;
    }
  }
}

/**
 * The FHIRPath expression that computes a scale's score from a QuestionnaireResponse (%resource),
 * with answer weights looked up in the Questionnaire (%questionnaire) through `weight()`.
 * It mirrors scoreScale in src/scoring/scale.ts step by step:
 *   answered ($this) = number of the scale's items with an answer; fewer than minAnswered (or none) → empty;
 *   S = sum of item scores; sum: prorated (S × items) / answered when prorating and items are missing,
 *   mean: S / answered; value/flag/count: S; then × multiplier only when it is not 1.
 */
export function scaleExpression(scale: ScaleDefinition, instrument: InstrumentDefinition): string {
  if (scale.items.length === 0) throw new Error(`Scale "${scale.id}" has no items`);
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const items = scale.items.map((id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`Scale "${scale.id}" names item "${id}", which instrument "${instrument.id}" does not have`);
    return item;
  });
  const exclude = scale.scoring.kind === 'count' ? scale.scoring.exclude : undefined;

  // Terms of the sum. Whole-number scores add up exactly in any order, so items of one kind share one
  // lookup; when a fractional score is possible, each item gets its own term, in the native summing order.
  const ordered = items.length > 1 && items.some((item) => mayBeFractional(item, instrument));
  const terms: string[] = [];
  if (ordered) {
    for (const item of items) terms.push(termExpression(termKind(item, scale, instrument), [item.id], exclude));
  } else {
    const groups = new Map<TermKind, string[]>();
    for (const item of items) {
      const kind = termKind(item, scale, instrument);
      groups.set(kind, [...(groups.get(kind) ?? []), item.id]);
    }
    for (const [kind, ids] of groups) terms.push(termExpression(kind, ids, exclude));
  }
  const sum = terms.length === 1 ? `${terms[0]}.sum()` : `${terms[0]}${terms.slice(1).map((t) => `.combine(${t})`).join('')}.sum()`;

  const n = scale.items.length;
  // The number answered is computed once and handed on as $this, which also keeps the expression short.
  const answered = `%resource.item.where((${linkIdIn(scale.items)}) and answer.exists()).count()`;

  let raw: string;
  switch (scale.scoring.kind) {
    case 'sum':
      raw = scale.missing.prorate ? `iif($this < ${n}, (${sum} * ${n}) / $this, ${sum})` : sum;
      break;
    case 'mean':
      raw = `${sum} / $this`;
      break;
    default:
      raw = sum;
  }
  const multiplier = 'multiplier' in scale.scoring ? (scale.scoring.multiplier ?? 1) : 1;
  const score = multiplier === 1 ? raw : `(${raw}) * ${num(multiplier)}`;
  const threshold = Math.max(scale.missing.minAnswered, 1);
  return `${answered}.select(iif($this >= ${threshold}, ${score}))`;
}

// ---------------------------------------------------------------------------------------------
// Questionnaire

function other(lang: Lang): Lang {
  return lang === 'nl' ? 'en' : 'nl';
}

/** The `_field` holding the other language's text, or undefined when both languages read the same. */
function translation(text: Text, lang: Lang): FhirPrimitiveExtensions | undefined {
  const second = other(lang);
  if (text[second] === text[lang]) return undefined;
  return {
    extension: [
      {
        url: FHIR_EXT.translation,
        extension: [
          { url: 'lang', valueCode: second },
          { url: 'content', valueString: text[second] },
        ],
      },
    ],
  };
}

function withText<T extends object>(target: T, key: 'text' | 'title' | 'description' | 'display', text: Text, lang: Lang): T {
  const record = target as Record<string, unknown>;
  record[key] = text[lang];
  const ext = translation(text, lang);
  if (ext) record[`_${key}`] = ext;
  return target;
}

function pascalCase(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Z]/.test(name) ? name : `Trede${name}`;
}

function codedOptions(item: ItemDefinition, instrument: InstrumentDefinition, lang: Lang): FhirAnswerOption[] {
  const system = answerSystem(item, instrument);
  return answerOptions(item, instrument).map(({ option, weight }) => {
    const coding = withText<FhirCoding>({ system, code: String(option.value) }, 'display', option.label, lang);
    const answerOption: FhirAnswerOption = { valueCoding: coding };
    if (weight !== null) answerOption.extension = [{ url: FHIR_EXT.itemWeight, valueDecimal: weight }];
    return answerOption;
  });
}

/** An item's skip logic as FHIR enableWhen, answer[x] typed after the item it looks at. */
function enableWhen(item: ItemDefinition, instrument: InstrumentDefinition): Pick<FhirQuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  if (!item.enableWhen?.length) return {};
  const conditions = item.enableWhen.map(({ question, operator, answer }): FhirEnableWhen => {
    const controller = instrument.items.find((i) => i.id === question);
    if (!controller) throw new Error(`Item "${item.id}" depends on "${question}", which instrument "${instrument.id}" does not have`);
    switch (controller.type) {
      case 'boolean':
        return { question, operator, answerBoolean: answer as boolean };
      case 'number':
        return controller.integer ? { question, operator, answerInteger: answer as number } : { question, operator, answerDecimal: answer as number };
      default:
        return { question, operator, answerCoding: { system: answerSystem(controller, instrument), code: String(answer) } };
    }
  });
  // FHIR requires enableBehavior as soon as there is more than one condition; Trede's default is 'all'.
  return conditions.length > 1 ? { enableWhen: conditions, enableBehavior: item.enableBehavior ?? 'all' } : { enableWhen: conditions };
}

function questionItem(item: ItemDefinition, instrument: InstrumentDefinition, lang: Lang): FhirQuestionnaireItem {
  const q = withText<FhirQuestionnaireItem>({ linkId: item.id, type: 'choice' }, 'text', item.text, lang);
  switch (item.type) {
    case 'scale':
    case 'choice':
      q.type = 'choice';
      q.answerOption = codedOptions(item, instrument, lang);
      break;
    case 'multi':
      q.type = 'choice';
      q.repeats = true;
      q.answerOption = codedOptions(item, instrument, lang);
      break;
    case 'number': {
      q.type = item.integer ? 'integer' : 'decimal';
      const bound = (url: string, value: number): FhirExtension => (item.integer ? { url, valueInteger: value } : { url, valueDecimal: value });
      q.extension = [
        bound(FHIR_EXT.minValue, item.min),
        bound(FHIR_EXT.maxValue, item.max),
        { url: FHIR_EXT.unit, valueCoding: withText<FhirCoding>({}, 'display', item.unit, lang) },
      ];
      break;
    }
    case 'boolean':
      q.type = 'boolean';
      break;
  }
  Object.assign(q, enableWhen(item, instrument));
  if (item.hint) {
    const hint = withText<FhirQuestionnaireItem>({ linkId: hintLinkId(item), type: 'display' }, 'text', item.hint, lang);
    hint.extension = [{ url: FHIR_EXT.itemControl, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'flyover' }] } }];
    q.item = [hint];
  }
  return q;
}

function scoreItem(scale: ScaleDefinition, lang: Lang): FhirQuestionnaireItem {
  const q = withText<FhirQuestionnaireItem>({ linkId: scoreLinkId(scale), type: 'decimal' }, 'text', scale.title, lang);
  q.readOnly = true;
  q.extension = [
    {
      url: FHIR_EXT.calculatedExpression,
      valueExpression: { language: 'text/fhirpath', expression: variableRef(scale.id) },
    },
  ];
  return q;
}

/**
 * The instrument as a FHIR R4 Questionnaire, texts in `lang` with the other language as translations.
 * Items keep their ids as linkIds; each scale becomes a root variable (named after the scale) and a
 * read-only calculated item `score.<scaleId>` showing it.
 */
export function toFhirQuestionnaire(instrument: InstrumentDefinition, lang: Lang = 'nl'): FhirQuestionnaire {
  for (const scale of instrument.scales) {
    if (RESERVED_VARIABLES.has(scale.id)) throw new Error(`Scale id "${scale.id}" would shadow the FHIRPath variable %${scale.id}`);
  }
  const q: FhirQuestionnaire = {
    resourceType: 'Questionnaire',
    id: questionnaireId(instrument),
    meta: { profile: [SDC_PROFILE] },
    url: questionnaireUrl(instrument),
    version: instrument.version,
    name: pascalCase(instrument.id),
    title: '',
    status: 'active',
    language: lang,
    publisher: 'Trede',
    description: '',
    item: [],
  };
  withText(q, 'title', instrument.title, lang);
  withText(q, 'description', instrument.description, lang);
  if (instrument.scales.length > 0) {
    q.extension = instrument.scales.map((scale) => ({
      url: FHIR_EXT.variable,
      valueExpression: { name: scale.id, language: 'text/fhirpath', expression: scaleExpression(scale, instrument) },
    }));
  }
  q.item = [...instrument.items.map((item) => questionItem(item, instrument, lang)), ...instrument.scales.map((scale) => scoreItem(scale, lang))];
  return q;
}
