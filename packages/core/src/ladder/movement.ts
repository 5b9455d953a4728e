import type { LadderMovement, LadderResult } from '../schema.js';

/** A ladder result at a date, for ladderMovement. */
export interface LadderSnapshot {
  ladder: LadderResult;
  date: string | null;
}

const DAY_MS = 86_400_000;

function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** How a client moved on the ladder between two intakes; null when either intake has no position. */
export function ladderMovement(before: LadderSnapshot, after: LadderSnapshot): LadderMovement | null {
  const a = before.ladder;
  const b = after.ladder;
  if (a.position === null || b.position === null || a.rung === null || b.rung === null) return null;
  const positionChange = b.position - a.position;
  const direction = positionChange > 0 ? 'up' : positionChange < 0 ? 'down' : 'same';
  const steps = Math.abs(positionChange);
  const summary =
    direction === 'same'
      ? { nl: `Gelijk gebleven op positie ${b.position}.`, en: `Stayed at position ${b.position}.` }
      : {
          nl: `${direction === 'up' ? 'Gestegen' : 'Gedaald'} van positie ${a.position} naar ${b.position} (${steps} ${steps === 1 ? 'stap' : 'stappen'}).`,
          en: `${direction === 'up' ? 'Moved up' : 'Moved down'} from position ${a.position} to ${b.position} (${steps} ${steps === 1 ? 'step' : 'steps'}).`,
        };
  return {
    from: { position: a.position, rung: a.rung, date: before.date },
    to: { position: b.position, rung: b.rung, date: after.date },
    positionChange,
    rungChange: b.rung - a.rung,
    direction,
    growthPotentialChanged: a.growthPotential !== b.growthPotential,
    days: daysBetween(before.date, after.date),
    summary,
  };
}
