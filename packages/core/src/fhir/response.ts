import type { Lang, Text } from '../i18n/text.js';
import type { InstrumentDefinition, ItemDefinition } from '../instruments/types.js';
import type { AnswerValue, IntakeResponse, ValidationIssue } from '../schema.js';
import { applicability } from '../scoring/applicability.js';
import { createCatalogue, type Catalogue } from '../scoring/catalogue.js';
import { DEFAULT_CATALOGUE } from '../scoring/default-catalogue.js';
import { IntakeValidationError, validateIntake } from '../scoring/validate.js';
import {
  answerOptions,
  answerSystem,
  hintLinkId,
  questionnaireCanonical,
  questionnaireUrl,
  scoreLinkId,
  type FhirCoding,
} from './questionnaire.js';

/** Converts Trede answers to and from a FHIR R4 QuestionnaireResponse for the Questionnaire of toFhirQuestionnaire. */

export interface FhirAnswer {
  valueCoding?: FhirCoding;
  valueInteger?: number;
  valueDecimal?: number;
  valueBoolean?: boolean;
  valueString?: string;
  item?: FhirResponseItem[];
}

/** One item of a FHIR QuestionnaireResponse: the linkId and its answers. */
export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer?: FhirAnswer[];
  item?: FhirResponseItem[];
}

/** A FHIR R4 QuestionnaireResponse as the export writes and reads it. */
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  identifier?: { system?: string; value?: string };
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  language?: string;
  subject?: { reference?: string; display?: string };
  authored?: string;
  item?: FhirResponseItem[];
}

/** Answers keyed by item id, without unanswered items. */
export type Answers = Record<string, Exclude<AnswerValue, null>>;

/** Options for writing an intake as a QuestionnaireResponse. */
export interface ToFhirResponseOptions {
  /** Catalogue to validate against; DEFAULT_CATALOGUE unless given (pass one for a custom instrument). */
  catalogue?: Catalogue;
  /** Language of the item texts copied into the response; Dutch by default. */
  lang?: Lang;
  /** Resource id of the QuestionnaireResponse. */
  id?: string;
  /** When the answers were given (FHIR dateTime); the response's date by default. */
  authored?: string;
  subject?: { reference?: string; display?: string };
}

/** The identifier system under which the organisation's own intake reference is recorded. */
export const INTAKE_IDENTIFIER_SYSTEM = 'urn:trede:intake';

function answerFor(item: ItemDefinition, instrument: InstrumentDefinition, value: Exclude<AnswerValue, null>): FhirAnswer[] {
  switch (item.type) {
    case 'scale':
    case 'choice':
      return [{ valueCoding: { system: answerSystem(item, instrument), code: String(value) } }];
    case 'multi':
      return (value as string[]).map((code) => ({ valueCoding: { system: answerSystem(item, instrument), code } }));
    case 'number': {
      const n = (value as number) + 0; // JSON has no −0; write the 0 that a JSON reader would see
      return [item.integer ? { valueInteger: n } : { valueDecimal: n }];
    }
    case 'boolean':
      return [{ valueBoolean: value as boolean }];
  }
}

/**
 * One instrument's answers from an intake response as a completed QuestionnaireResponse.
 * The response is validated first (throws IntakeValidationError naming every problem); answers to
 * other instruments' items are validated but left out, and so is everything when the response lists the
 * instruments administered without this one (the native engine ignores those answers too). Coded answers carry system and code only:
 * their weights live in the Questionnaire. Answers to questions that do not apply (enableWhen) are left out as well:
 * FHIR forbids answers to disabled items, and the native engine does not score them either, so the
 * Questionnaire's expressions give the same scores.
 */
export function toFhirQuestionnaireResponse(
  response: IntakeResponse,
  instrument: InstrumentDefinition,
  options: ToFhirResponseOptions = {},
): FhirQuestionnaireResponse {
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  if (!catalogue.instruments.some((i) => i.id === instrument.id)) {
    throw new Error(`Instrument "${instrument.id}" is not in the catalogue; pass options.catalogue`);
  }
  const outcome = validateIntake(response, catalogue);
  if (!outcome.ok) throw new IntakeValidationError(outcome.issues);
  const { answers, id, date, instruments } = outcome.intake;
  // As in scoring: when the response lists the instruments administered, answers to others are ignored.
  const administered = instruments === null || instruments.includes(instrument.id);
  const lang = options.lang ?? 'nl';
  const authored = options.authored ?? date;

  const qr: FhirQuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    ...(options.id !== undefined ? { id: options.id } : {}),
    ...(id !== null ? { identifier: { system: INTAKE_IDENTIFIER_SYSTEM, value: id } } : {}),
    questionnaire: questionnaireCanonical(instrument),
    status: 'completed',
    language: lang,
    ...(options.subject ? { subject: options.subject } : {}),
    ...(authored !== null ? { authored } : {}),
    item: [],
  };
  const counted = applicability(instrument.items, answers).answers;
  for (const item of administered ? instrument.items : []) {
    const value = counted.get(item.id);
    if (value === undefined) continue;
    qr.item!.push({ linkId: item.id, text: item.text[lang], answer: answerFor(item, instrument, value) });
  }
  return qr;
}

// ---------------------------------------------------------------------------------------------
// Back from FHIR

function issue(code: ValidationIssue['code'], path: string, message: Text): ValidationIssue {
  return { code, path, message };
}

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

const VALUE_KEYS = ['valueCoding', 'valueInteger', 'valueDecimal', 'valueBoolean', 'valueString', 'valueDate', 'valueDateTime', 'valueTime', 'valueUri', 'valueAttachment', 'valueQuantity', 'valueReference'];

function valueKeyOf(answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  return VALUE_KEYS.find((key) => key in answer);
}

/** The expected value[x] of an item's answers, in words. */
function expectedType(item: ItemDefinition): string {
  switch (item.type) {
    case 'scale':
    case 'choice':
    case 'multi':
      return 'valueCoding';
    case 'number':
      return item.integer ? 'valueInteger' : 'valueDecimal / valueInteger';
    case 'boolean':
      return 'valueBoolean';
  }
}

/** Reads one answer; returns the Trede value or an issue. */
function readAnswer(item: ItemDefinition, instrument: InstrumentDefinition, answer: unknown, path: string): { value: number | string | boolean } | { issue: ValidationIssue } {
  const key = valueKeyOf(answer);
  const wrongType = (): { issue: ValidationIssue } => ({
    issue: issue('wrong-type', path, {
      nl: `antwoord ${shown(answer)} op "${item.id}" heeft het verkeerde type; verwacht is ${expectedType(item)}`,
      en: `answer ${shown(answer)} to "${item.id}" has the wrong type; expected is ${expectedType(item)}`,
    }),
  });
  const raw = key ? (answer as Record<string, unknown>)[key] : undefined;
  switch (item.type) {
    case 'scale':
    case 'choice':
    case 'multi': {
      if (key !== 'valueCoding' || typeof raw !== 'object' || raw === null) return wrongType();
      const coding = raw as FhirCoding;
      const system = answerSystem(item, instrument);
      const options = answerOptions(item, instrument);
      const codes = options.map(({ option }) => String(option.value)).join(', ');
      if (coding.system !== undefined && coding.system !== system) {
        return {
          issue: issue('off-scale', path, {
            nl: `antwoord op "${item.id}" gebruikt codesysteem "${coding.system}"; verwacht is "${system}"`,
            en: `answer to "${item.id}" uses code system "${coding.system}"; expected is "${system}"`,
          }),
        };
      }
      const match = options.find(({ option }) => String(option.value) === coding.code);
      if (!match) {
        return {
          issue: issue('off-scale', path, {
            nl: `onbekende code ${shown(coding.code)} op "${item.id}"; toegestaan zijn: ${codes}`,
            en: `unknown code ${shown(coding.code)} for "${item.id}"; allowed are: ${codes}`,
          }),
        };
      }
      return { value: match.option.value };
    }
    case 'number':
      if ((key !== 'valueInteger' && key !== 'valueDecimal') || typeof raw !== 'number') return wrongType();
      return { value: raw };
    case 'boolean':
      if (key !== 'valueBoolean' || typeof raw !== 'boolean') return wrongType();
      return { value: raw };
  }
}

/** Options for reading a QuestionnaireResponse back into answers. */
export interface FromFhirResponseOptions {
  /** Accept a response that names another version of the same Questionnaire (default false). */
  anyVersion?: boolean;
}

/**
 * The Trede answers recorded in a QuestionnaireResponse for this instrument's Questionnaire, keyed by
 * item id in the instrument's order. Calculated score items and help texts are skipped. Every problem
 * (unknown linkId, unknown code, wrong type, out-of-range number, duplicate item, other Questionnaire)
 * is reported at once, in Dutch and English, as an IntakeValidationError.
 */
export function fromFhirQuestionnaireResponse(qr: unknown, instrument: InstrumentDefinition, options: FromFhirResponseOptions = {}): Answers {
  const issues: ValidationIssue[] = [];
  if (typeof qr !== 'object' || qr === null || (qr as { resourceType?: unknown }).resourceType !== 'QuestionnaireResponse') {
    throw new IntakeValidationError([
      issue('structure', '(root)', {
        nl: 'dit is geen FHIR QuestionnaireResponse (resourceType ontbreekt of is anders)',
        en: 'this is not a FHIR QuestionnaireResponse (resourceType is missing or different)',
      }),
    ]);
  }
  const resource = qr as FhirQuestionnaireResponse;

  if (resource.questionnaire !== undefined) {
    const [url, version] = String(resource.questionnaire).split('|');
    const expected = questionnaireCanonical(instrument);
    if (url !== questionnaireUrl(instrument) || (version !== undefined && version !== instrument.version && !options.anyVersion)) {
      issues.push(
        issue('unknown-instrument', 'questionnaire', {
          nl: `het antwoord hoort bij vragenlijst "${resource.questionnaire}", niet bij "${expected}"`,
          en: `the response belongs to questionnaire "${resource.questionnaire}", not to "${expected}"`,
        }),
      );
    }
  }

  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const ignored = new Set([...instrument.scales.map(scoreLinkId), ...instrument.items.filter((i) => i.hint).map(hintLinkId)]);
  const found = new Map<string, Exclude<AnswerValue, null>>();
  const seen = new Set<string>();

  const visit = (items: unknown, where: string): void => {
    if (items === undefined) return;
    if (!Array.isArray(items)) {
      issues.push(issue('structure', where, { nl: `"${where}" moet een lijst zijn`, en: `"${where}" must be a list` }));
      return;
    }
    items.forEach((raw: unknown, index) => {
      const at = `${where}[${index}]`;
      const linkId = typeof raw === 'object' && raw !== null ? (raw as { linkId?: unknown }).linkId : undefined;
      if (typeof linkId !== 'string') {
        issues.push(issue('structure', at, { nl: `item ${at} heeft geen linkId`, en: `item ${at} has no linkId` }));
        return;
      }
      const entry = raw as FhirResponseItem;
      if (ignored.has(linkId)) return;
      const item = byId.get(linkId);
      if (!item) {
        issues.push(
          issue('unknown-item', `item.${linkId}`, {
            nl: `onbekende linkId "${linkId}": vragenlijst "${questionnaireUrl(instrument)}" heeft geen vraag met die linkId`,
            en: `unknown linkId "${linkId}": questionnaire "${questionnaireUrl(instrument)}" has no question with that linkId`,
          }),
        );
        return;
      }
      if (seen.has(linkId)) {
        issues.push(issue('duplicate', `item.${linkId}`, { nl: `"${linkId}" komt meer dan eens voor`, en: `"${linkId}" occurs more than once` }));
        return;
      }
      seen.add(linkId);
      visit(entry.item, `item.${linkId}.item`);
      const answers = entry.answer ?? [];
      if (!Array.isArray(answers)) {
        issues.push(issue('structure', `item.${linkId}.answer`, { nl: `"item.${linkId}.answer" moet een lijst zijn`, en: `"item.${linkId}.answer" must be a list` }));
        return;
      }
      if (answers.length === 0) return; // not answered
      if (item.type !== 'multi' && answers.length > 1) {
        issues.push(
          issue('duplicate', `item.${linkId}`, {
            nl: `"${linkId}" heeft ${answers.length} antwoorden; er mag er één zijn`,
            en: `"${linkId}" has ${answers.length} answers; only one is allowed`,
          }),
        );
        return;
      }
      const values: (number | string | boolean)[] = [];
      let ok = true;
      for (const answer of answers) {
        visit((answer as FhirAnswer | undefined)?.item, `item.${linkId}.answer.item`);
        const read = readAnswer(item, instrument, answer, `item.${linkId}`);
        if ('issue' in read) {
          issues.push(read.issue);
          ok = false;
        } else values.push(read.value);
      }
      if (ok) found.set(linkId, item.type === 'multi' ? (values as string[]) : values[0]!);
    });
  };
  visit(resource.item, 'item');

  // Ranges, whole numbers and duplicate codes: the same checks as for any intake.
  const ordered: Answers = {};
  for (const item of instrument.items) {
    const value = found.get(item.id);
    if (value !== undefined) ordered[item.id] = value;
  }
  const outcome = validateIntake({ answers: ordered }, createCatalogue([instrument]));
  if (!outcome.ok) issues.push(...outcome.issues);
  if (issues.length > 0) throw new IntakeValidationError(issues);
  return ordered;
}
