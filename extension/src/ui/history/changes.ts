/** What changed between two consecutive intakes: core's ladder movement and the scale scores that moved. */
import { ladderMovement, type LadderMovement, type ScaleResult } from '@trede/core';
import type { IntakeRecord } from '../../store/schema';
import { intakeDate } from '../results/format';

export interface ScaleChange {
  scale: ScaleResult;
  from: number;
  to: number;
  diff: number;
  /** From the scale's own direction (higherIs); null for neutral scales. */
  better: boolean | null;
}

export interface IntakeChange {
  from: IntakeRecord;
  to: IntakeRecord;
  movement: LadderMovement | null;
  scales: ScaleChange[];
}

export function scaleChanges(before: IntakeRecord, after: IntakeRecord): ScaleChange[] {
  const changes: ScaleChange[] = [];
  for (const [id, scale] of Object.entries(after.result.scales)) {
    const old = before.result.scales[id];
    if (!old || old.score === null || scale.score === null || old.status !== 'scored' || scale.status !== 'scored') continue;
    const diff = scale.score - old.score;
    if (Math.abs(diff) < 1e-9) continue;
    const better = scale.higherIs === 'neutral' ? null : scale.higherIs === 'better' ? diff > 0 : diff < 0;
    changes.push({ scale, from: old.score, to: scale.score, diff, better });
  }
  return changes;
}

/** Changes between each pair of consecutive intakes, oldest pair first (intakes oldest first). */
export function intakeChanges(intakes: readonly IntakeRecord[]): IntakeChange[] {
  const changes: IntakeChange[] = [];
  for (let i = 1; i < intakes.length; i++) {
    const from = intakes[i - 1]!;
    const to = intakes[i]!;
    changes.push({
      from,
      to,
      movement: ladderMovement({ ladder: from.result.ladder, date: intakeDate(from) }, { ladder: to.result.ladder, date: intakeDate(to) }),
      scales: scaleChanges(from, to),
    });
  }
  return changes;
}
