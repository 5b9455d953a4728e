/**
 * The compact line `trede batch` writes per intake unless --explain is given: the numbers a study or a
 * dashboard needs (scores, bands, ladder position, chances with their band, flag and warning ids) without
 * the explanations, sources and actions that make the full result about 50 KB. Everything here can be
 * looked up again by id in the full result (`trede score`, or batch --explain).
 */
import type { IntakeResult } from '../schema.js';

export interface CompactResult {
  id: string | null;
  /** Ladder position 1–12, or null when the ladder gave no placement. */
  ladder: number | null;
  /** The score of every scale that could be scored, to four decimals; the others are left out (--explain says why). */
  scores: Record<string, number>;
  /** The band id of the scales that have bands (DASS severity and the like). */
  bands: Record<string, string>;
  /** Per moment: the chance of the card's outcome with its band, or the status when there is no estimate. */
  chances: Record<string, { p: number; band: string | null } | { status: string }> | null;
  /** Flag ids by kind (risk, protective, unknown); a kind without flags is left out. */
  flags: Record<string, string[]>;
  warnings: { code: string; items: string[] }[];
}

// Four decimals: finer than any band edge or norm, and far finer than the models' uncertainty.
export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function compactResult(result: IntakeResult): CompactResult {
  const scores: Record<string, number> = {};
  const bands: Record<string, string> = {};
  for (const id in result.scales) {
    const scale = result.scales[id]!;
    if (scale.score !== null) scores[id] = round4(scale.score);
    if (scale.band !== null) bands[id] = scale.band.id;
  }
  let chances: CompactResult['chances'] = null;
  const flags: CompactResult['flags'] = {};
  if (result.risks !== null) {
    chances = {};
    for (const m of result.risks.moments) {
      chances[m.moment] = m.probability === null ? { status: m.status } : { p: round4(m.probability), band: m.band };
      for (const f of m.flags) (flags[f.kind] ??= []).push(f.id);
    }
  }
  return {
    id: result.intakeId,
    ladder: result.ladder.position,
    scores,
    bands,
    chances,
    flags,
    warnings: result.warnings.map((w) => ({ code: w.code, items: w.items })),
  };
}
