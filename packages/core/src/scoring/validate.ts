import { describeSchemaIssue } from '../i18n/schema-issue.js';
import type { Text } from '../i18n/text.js';
import type { InstrumentDefinition, ItemDefinition } from '../instruments/types.js';
import { IntakeEnvelopeSchema, type AnswerValue } from '../intake-schema.js';
import type { ValidationIssue } from '../schema.js';
import { allowedValues } from './allowed-values.js';
import type { Catalogue } from './catalogue.js';
import { DEFAULT_CATALOGUE } from './default-catalogue.js';

/** A response that passed validation: answers by item id, unanswered items left out. */
export interface ValidIntake {
  id: string | null;
  date: string | null;
  referenceGroup: 'total' | 'control' | 'intervention';
  /** Instruments named as administered, or null to infer them from the answers. */
  instruments: string[] | null;
  answers: Map<string, Exclude<AnswerValue, null>>;
}

/** What validateIntake found: a valid intake, or every issue. */
export type ValidationOutcome = { ok: true; intake: ValidIntake } | { ok: false; issues: ValidationIssue[] };

/** Thrown by scoreIntake for an impossible response; `issues` names every problem. */
export class IntakeValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message.nl} / ${i.message.en}`).join('\n'));
    this.name = 'IntakeValidationError';
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

type Check = 'ok' | 'wrong-type' | 'off-scale' | 'duplicate';

function checkValue(item: ItemDefinition, instrument: InstrumentDefinition, value: unknown): Check {
  switch (item.type) {
    case 'scale': {
      if (typeof value !== 'number') return 'wrong-type';
      const s = instrument.responseScale!;
      return Number.isInteger(value) && value >= s.min && value <= s.max ? 'ok' : 'off-scale';
    }
    case 'choice': {
      const numeric = typeof item.options[0]?.value === 'number';
      if (typeof value !== (numeric ? 'number' : 'string')) return 'wrong-type';
      return item.options.some((o) => o.value === value) ? 'ok' : 'off-scale';
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong-type';
      if (item.integer && !Number.isInteger(value)) return 'off-scale';
      return value >= item.min && value <= item.max ? 'ok' : 'off-scale';
    case 'boolean':
      return typeof value === 'boolean' ? 'ok' : 'wrong-type';
    case 'multi': {
      if (!Array.isArray(value) || !value.every((code) => typeof code === 'string')) return 'wrong-type';
      if (!value.every((code) => item.options.some((o) => o.value === code))) return 'off-scale';
      return new Set(value).size === value.length ? 'ok' : 'duplicate';
    }
  }
}

function valueIssue(check: Exclude<Check, 'ok'>, itemId: string, value: unknown, allowed: Text): ValidationIssue {
  const shown = describe(value);
  const message: Record<typeof check, Text> = {
    'wrong-type': {
      nl: `antwoord ${shown} op "${itemId}" heeft het verkeerde type; toegestaan is ${allowed.nl}`,
      en: `answer ${shown} to "${itemId}" has the wrong type; allowed is ${allowed.en}`,
    },
    'off-scale': {
      nl: `antwoord ${shown} op "${itemId}" valt buiten de schaal; toegestaan is ${allowed.nl}`,
      en: `answer ${shown} to "${itemId}" is off the scale; allowed is ${allowed.en}`,
    },
    duplicate: {
      nl: `antwoord ${shown} op "${itemId}" noemt een code dubbel; toegestaan is ${allowed.nl}`,
      en: `answer ${shown} to "${itemId}" names a code twice; allowed is ${allowed.en}`,
    },
  };
  return { code: check, path: `answers.${itemId}`, message: message[check] };
}

function structureIssue(path: string, message: Text): ValidationIssue {
  return { code: 'structure', path, message };
}

function isAnswerEntry(entry: unknown): entry is { item: string; value: unknown } {
  return typeof entry === 'object' && entry !== null && typeof (entry as { item?: unknown }).item === 'string' && 'value' in entry && Object.keys(entry).length === 2;
}

const ANSWERS_SHAPE: Text = {
  nl: 'moet een object zijn met antwoorden per item-id, of een lijst van { item, value }',
  en: 'must be an object of answers keyed by item id, or a list of { item, value }',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a response against the catalogue (every instrument Trede ships when none is given). Every problem is
 * reported, not just the first: a faulty envelope (an unknown field, a malformed date) does not hide the
 * problems in the answers. A missing or null answer is not a problem: the scale's missing-item rule decides.
 */
export function validateIntake(input: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE): ValidationOutcome {
  const parsed = IntakeEnvelopeSchema.safeParse(input);
  const issues: ValidationIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const path = issue.path.join('.') || '(root)';
        const what = describeSchemaIssue(issue, input);
        return structureIssue(path, { nl: `ongeldige opbouw bij "${path}": ${what.nl}`, en: `invalid structure at "${path}": ${what.en}` });
      });
  // Not an object at all: there are no answers to look at.
  if (!parsed.success && !isRecord(input)) return { ok: false, issues };
  const envelope = parsed.success ? parsed.data : (input as Record<string, unknown>);
  const answers = new Map<string, Exclude<AnswerValue, null>>();

  const visit = (itemId: string, value: unknown): void => {
    const known = catalogue.items.get(itemId);
    if (!known) {
      issues.push({
        code: 'unknown-item',
        path: `answers.${itemId}`,
        message: {
          nl: `onbekend item "${itemId}"; bekende items staan in \`trede instruments\``,
          en: `unknown item "${itemId}"; known items are listed by \`trede instruments\``,
        },
      });
      return;
    }
    // null, and an empty checklist, mean "not answered": a checklist answer of "none" must be ticked explicitly.
    if (value === null || (known.item.type === 'multi' && Array.isArray(value) && value.length === 0)) return;
    const check = checkValue(known.item, known.instrument, value);
    if (check === 'ok') answers.set(itemId, value as Exclude<AnswerValue, null>);
    else issues.push(valueIssue(check, itemId, value, allowedValues(known.item, known.instrument)));
  };

  const given = envelope.answers;
  if (Array.isArray(given)) {
    // Only the list form can name an item twice; an object's keys are unique once parsed (strict JSON catches the rest).
    const seen = new Set<string>();
    given.forEach((entry: unknown, index) => {
      if (!isAnswerEntry(entry)) {
        issues.push(structureIssue(`answers.${index}`, { nl: `antwoord ${index + 1} moet de vorm { item, value } hebben`, en: `answer ${index + 1} must have the form { item, value }` }));
      } else if (seen.has(entry.item)) {
        issues.push({
          code: 'duplicate',
          path: `answers.${entry.item}`,
          message: { nl: `"${entry.item}" is meer dan eens beantwoord`, en: `"${entry.item}" is answered more than once` },
        });
      } else {
        seen.add(entry.item);
        visit(entry.item, entry.value);
      }
    });
  } else if (typeof given === 'object' && given !== null) {
    // Own keys in their order, as a for-in with hasOwn would give them; a large parsed object's entries are
    // read about twice as fast this way.
    for (const [key, value] of Object.entries(given)) visit(key, value);
  } else if (given !== undefined) {
    // (A missing "answers" is already reported by the envelope check.)
    issues.push(structureIssue('answers', { nl: `"answers" ${ANSWERS_SHAPE.nl}`, en: `"answers" ${ANSWERS_SHAPE.en}` }));
  }

  const named = Array.isArray(envelope.instruments) ? envelope.instruments.filter((id): id is string => typeof id === 'string') : [];
  for (const id of named) {
    if (!catalogue.instruments.some((i) => i.id === id)) {
      const instrumentIds = [...new Set(catalogue.instruments.map((i) => i.id))];
      issues.push({
        code: 'unknown-instrument',
        path: 'instruments',
        message: {
          nl: `onbekend instrument "${id}"; kies uit: ${instrumentIds.join(', ')}`,
          en: `unknown instrument "${id}"; choose from: ${instrumentIds.join(', ')}`,
        },
      });
    }
  }

  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  const response = parsed.data;
  return {
    ok: true,
    intake: {
      id: response.id ?? null,
      date: response.date ?? null,
      referenceGroup: response.referenceGroup ?? 'total',
      instruments: response.instruments ?? null,
      answers,
    },
  };
}
