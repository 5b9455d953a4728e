import type { Text } from '../i18n/text.js';
import type { ItemDefinition } from '../instruments/types.js';
import type { AnswerValue, IntakeResponse, ValidationIssue } from '../schema.js';
import type { Catalogue } from '../scoring/catalogue.js';

/**
 * Turns one row of a table (CSV export, spreadsheet) into an intake response.
 * Columns are item ids, plus the optional meta columns below. Empty cells are "not answered".
 */
export const META_COLUMNS = ['id', 'date', 'referenceGroup'] as const;

const YES = new Set(['1', 'true', 'ja', 'j', 'yes', 'y']);
const NO = new Set(['0', 'false', 'nee', 'n', 'no']);
/** Checklist cells list their codes separated by "|" (a comma or semicolon would clash with the CSV delimiter). */
export const MULTI_SEPARATOR = '|';

type Conversion = { ok: true; value: AnswerValue } | { ok: false; expected: Text };

function toNumber(cell: string): number | null {
  // Dutch spreadsheets write decimals with a comma.
  const n = Number(cell.replace(',', '.'));
  return cell !== '' && Number.isFinite(n) ? n : null;
}

function convertCell(item: ItemDefinition, cell: string): Conversion {
  switch (item.type) {
    case 'scale':
    case 'number': {
      const n = toNumber(cell);
      return n === null ? { ok: false, expected: { nl: 'een getal', en: 'a number' } } : { ok: true, value: n };
    }
    case 'choice': {
      if (typeof item.options[0]?.value === 'string') return { ok: true, value: cell };
      const n = toNumber(cell);
      return n === null ? { ok: false, expected: { nl: 'een getal (antwoordcode)', en: 'a number (answer code)' } } : { ok: true, value: n };
    }
    case 'boolean': {
      const lower = cell.toLowerCase();
      if (YES.has(lower)) return { ok: true, value: true };
      if (NO.has(lower)) return { ok: true, value: false };
      return { ok: false, expected: { nl: 'ja of nee (ook 1/0, true/false)', en: 'yes or no (also 1/0, true/false)' } };
    }
    case 'multi':
      return { ok: true, value: cell.split(MULTI_SEPARATOR).map((code) => code.trim()).filter(Boolean) };
  }
}

export type RowOutcome = { ok: true; response: IntakeResponse } | { ok: false; issues: ValidationIssue[] };

/** Checks a header once; returns the issues with it (unknown columns). */
export function checkTableHeader(header: readonly string[], catalogue: Catalogue): ValidationIssue[] {
  const meta = new Set<string>(META_COLUMNS);
  return header
    .map((name, index) => ({ name: name.trim(), column: index + 1 }))
    .filter(({ name }) => !meta.has(name) && !catalogue.items.has(name))
    .map(({ name, column }) => ({
      code: 'unknown-item' as const,
      path: `column ${column}`,
      message: {
        nl: `kolom ${column} "${name}" is geen bekend item of metaveld (${META_COLUMNS.join(', ')})`,
        en: `column ${column} "${name}" is not a known item or meta field (${META_COLUMNS.join(', ')})`,
      },
    }));
}

/** Converts cells by item type; value checks (scale range, codes) are left to validateIntake. */
export function tableRowToResponse(header: readonly string[], cells: readonly string[], catalogue: Catalogue): RowOutcome {
  if (cells.length !== header.length) {
    return {
      ok: false,
      issues: [
        {
          code: 'structure',
          path: '(row)',
          message: {
            nl: `rij heeft ${cells.length} cellen, de kop ${header.length} kolommen`,
            en: `row has ${cells.length} cells, the header ${header.length} columns`,
          },
        },
      ],
    };
  }
  const response: IntakeResponse = { answers: {} };
  const answers: Record<string, AnswerValue> = {};
  const issues: ValidationIssue[] = [];
  header.forEach((rawName, index) => {
    const name = rawName.trim();
    const cell = (cells[index] ?? '').trim();
    if (cell === '') return;
    if (name === 'id') response.id = cell;
    else if (name === 'date') response.date = cell;
    else if (name === 'referenceGroup') response.referenceGroup = cell as IntakeResponse['referenceGroup'];
    else {
      const known = catalogue.items.get(name);
      if (!known) return; // reported once by checkTableHeader
      const converted = convertCell(known.item, cell);
      if (converted.ok) answers[name] = converted.value;
      else {
        issues.push({
          code: 'wrong-type',
          path: `answers.${name}`,
          message: {
            nl: `kolom ${index + 1} "${name}": "${cell}" is ongeldig: verwacht ${converted.expected.nl}`,
            en: `column ${index + 1} "${name}": "${cell}" is not ${converted.expected.en}`,
          },
        });
      }
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  response.answers = answers;
  return { ok: true, response };
}
