import { bilingual, type Text } from '../i18n/text.js';
import type { ValidationIssue } from '../schema.js';

/** Exit codes: 0 success, 1 invalid input, 2 wrong usage. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode: number = EXIT.invalidInput,
  ) {
    super(bilingual(text));
    this.name = 'CliError';
  }
}

export function issueLines(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `  - ${i.path}: ${bilingual(i.message)}`).join('\n');
}
