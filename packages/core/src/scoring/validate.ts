import type { Text } from '../i18n/text.js';
import type { InstrumentDefinition, ItemDefinition } from '../instruments/types.js';
import { IntakeResponseSchema, type AnswerValue, type ValidationIssue } from '../schema.js';
import type { Catalogue } from './catalogue.js';

/** A response that passed validation: answers by item id, unanswered items left out. */
export interface ValidIntake {
  id: string | null;
  date: string | null;
  referenceGroup: 'total' | 'control' | 'intervention';
  /** Instruments named as administered, or null to infer them from the answers. */
  instruments: string[] | null;
  answers: Map<string, Exclude<AnswerValue, null>>;
}

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

/** What an item accepts, in words, for messages. */
export function allowedValues(item: ItemDefinition, instrument: InstrumentDefinition): Text {
  switch (item.type) {
    case 'scale': {
      const s = instrument.responseScale!;
      return { nl: `een geheel getal van ${s.min} tot en met ${s.max}`, en: `a whole number from ${s.min} to ${s.max}` };
    }
    case 'choice': {
      const list = item.options.map((o) => JSON.stringify(o.value)).join(', ');
      return { nl: `een van: ${list}`, en: `one of: ${list}` };
    }
    case 'number':
      return item.integer
        ? { nl: `een geheel getal van ${item.min} tot en met ${item.max}`, en: `a whole number from ${item.min} to ${item.max}` }
        : { nl: `een getal van ${item.min} tot en met ${item.max}`, en: `a number from ${item.min} to ${item.max}` };
    case 'boolean':
      return { nl: 'true (ja) of false (nee)', en: 'true (yes) or false (no)' };
    case 'multi': {
      const list = item.options.map((o) => JSON.stringify(o.value)).join(', ');
      return { nl: `een lijst met codes uit: ${list}`, en: `a list of codes from: ${list}` };
    }
  }
}

type Check = 'ok' | 'wrong-type' | 'off-scale' | 'duplicate';

function checkValue(item: ItemDefinition, instrument: InstrumentDefinition, value: Exclude<AnswerValue, null>): Check {
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
      if (!Array.isArray(value)) return 'wrong-type';
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

/**
 * Checks a response against the catalogue. Every problem is reported, not just the first.
 * A missing or null answer is not a problem: the scale's missing-item rule decides.
 */
export function validateIntake(input: unknown, catalogue: Catalogue): ValidationOutcome {
  const parsed = IntakeResponseSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const path = issue.path.join('.') || '(root)';
        return {
          code: 'structure' as const,
          path,
          message: {
            nl: `ongeldige opbouw bij "${path}": ${issue.message}`,
            en: `invalid structure at "${path}": ${issue.message}`,
          },
        };
      }),
    };
  }
  const response = parsed.data;
  const issues: ValidationIssue[] = [];
  const answers = new Map<string, Exclude<AnswerValue, null>>();
  const seen = new Set<string>();
  const entries = Array.isArray(response.answers)
    ? response.answers.map((a) => [a.item, a.value] as const)
    : Object.entries(response.answers);

  for (const [itemId, value] of entries) {
    if (seen.has(itemId)) {
      issues.push({
        code: 'duplicate',
        path: `answers.${itemId}`,
        message: { nl: `"${itemId}" is meer dan eens beantwoord`, en: `"${itemId}" is answered more than once` },
      });
      continue;
    }
    seen.add(itemId);
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
      continue;
    }
    // null, and an empty checklist, mean "not answered": a checklist answer of "none" must be ticked explicitly.
    if (value === null || (known.item.type === 'multi' && Array.isArray(value) && value.length === 0)) continue;
    const check = checkValue(known.item, known.instrument, value);
    if (check !== 'ok') {
      issues.push(valueIssue(check, itemId, value, allowedValues(known.item, known.instrument)));
      continue;
    }
    answers.set(itemId, value);
  }

  const instrumentIds = new Set(catalogue.instruments.map((i) => i.id));
  for (const id of response.instruments ?? []) {
    if (!instrumentIds.has(id)) {
      issues.push({
        code: 'unknown-instrument',
        path: 'instruments',
        message: {
          nl: `onbekend instrument "${id}"; kies uit: ${[...instrumentIds].join(', ')}`,
          en: `unknown instrument "${id}"; choose from: ${[...instrumentIds].join(', ')}`,
        },
      });
    }
  }

  if (issues.length > 0) return { ok: false, issues };
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
