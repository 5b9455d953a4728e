import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AnswerValue, IntakeResponse } from '@trede/core';

const require = createRequire(import.meta.url);
const coreDir = dirname(require.resolve('@trede/core/package.json'));

/** The example intake that ships with @trede/core (packages/core/examples/intake.json). */
export function exampleIntake(): IntakeResponse & { answers: Record<string, AnswerValue> } {
  return JSON.parse(readFileSync(join(coreDir, 'examples', 'intake.json'), 'utf8'));
}

/** Its answers, without the envelope (id, date, reference group). */
export function exampleAnswers(): Record<string, AnswerValue> {
  return exampleIntake().answers;
}

export const KEY_A = 'a'.repeat(64);
export const KEY_B = 'b'.repeat(64);
