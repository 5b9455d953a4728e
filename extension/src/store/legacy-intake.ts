/**
 * Intakes stored by an earlier engine, and how migration 4 (src/store/schema.ts) brings them up to date.
 *
 * Engine 0.1.0 wrote results as 'trede.result/1': bands 'low' | 'elevated' | 'high' for every moment, where
 * the outflow moment's band was the risk of NOT finding work. The current engine compares with the study
 * group in five bands and reports the chance OF work. A stored result cannot be translated field by field
 * (new fields such as the odds ratio and the natural frequencies need the model), so the intake is scored
 * again from its stored response; only the caseworker's overrides are translated, as they are judgements
 * no engine can recompute.
 *
 * Only the lazily loaded src/store/scoring.ts imports this module, with the scorer: the side panel's first
 * chunk carries neither. What the store's schema needs (the old band names, the current result schema, the
 * test whether a record needs this) is in src/store/schema.ts.
 */
import { ApproachSchema, type Approach, type IntakeResult, type Moment, type RiskBand, type RiskKind } from '@trede/core';
import { LEGACY_BANDS, type LegacyBand } from './schema';

/** What each moment's band meant in 0.1.0: dropout for three, the risk of not finding work for outflow. */
const LEGACY_KIND: Readonly<Record<Moment, RiskKind>> = {
  'before-start': 'dropout',
  during: 'dropout',
  outflow: 'work',
  'after-placement': 'dropout',
};

/**
 * An old band in the new words. Dropout keeps its direction. Outflow turns round: a low risk of not finding
 * work is a higher chance of work. The old "high" was the far end, so it maps to the far band.
 */
const LEGACY_TO_CURRENT: Readonly<Record<RiskKind, Readonly<Record<LegacyBand, RiskBand>>>> = {
  dropout: { low: 'lower', elevated: 'higher', high: 'much-higher' },
  work: { low: 'higher', elevated: 'lower', high: 'much-lower' },
};

export function currentBandOf(moment: Moment, band: LegacyBand): RiskBand {
  return LEGACY_TO_CURRENT[LEGACY_KIND[moment]][band];
}

/** Scores a stored response again with the current engine; null when the response no longer validates. */
export type Rescorer = (response: unknown, approach: Approach) => IntakeResult | null;

/** A stored intake of an earlier engine brought up to date, or null when that is not possible. */
export type IntakeUpgrader = (stored: unknown) => RescoredIntake | null;

export interface RescoredIntake {
  /** The record to store; still to be checked against the store's schema. */
  record: Record<string, unknown>;
  from: { engineVersion: string | null; schema: string | null };
  to: { engineVersion: string; schema: string };
  overridesMapped: number;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLegacyBand = (band: unknown): band is LegacyBand => (LEGACY_BANDS as readonly unknown[]).includes(band);
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The approach the old result was scored with, so the same during-trajectory model is used again. */
function approachOf(result: unknown): Approach {
  const risks = isObject(result) ? result.risks : null;
  const parsed = ApproachSchema.safeParse(isObject(risks) ? risks.approach : undefined);
  return parsed.success ? parsed.data : 'integrated';
}

/**
 * The overrides with old bands in the new words; the word first recorded is kept as `earlierBand`, so the
 * panel can say what the caseworker originally wrote. Reason, author and time stay as they were.
 */
function translateOverrides(overrides: unknown): { overrides: unknown; mapped: number } {
  if (!isObject(overrides)) return { overrides, mapped: 0 };
  let mapped = 0;
  const translated = Object.fromEntries(
    Object.entries(overrides).map(([moment, list]) => {
      if (!(moment in LEGACY_KIND) || !Array.isArray(list)) return [moment, list];
      return [
        moment,
        list.map((override: unknown) => {
          if (!isObject(override) || !isLegacyBand(override.band)) return override;
          mapped += 1;
          return { ...override, band: currentBandOf(moment as Moment, override.band), earlierBand: override.band };
        }),
      ];
    }),
  );
  return { overrides: translated, mapped };
}

/**
 * The stored intake scored again from its response, with its overrides translated; null when its response
 * can no longer be scored (the record is then left exactly as it is, and reads report it as unreadable).
 */
export function rescoreIntake(stored: unknown, rescore: Rescorer): RescoredIntake | null {
  if (!isObject(stored) || !isObject(stored.response)) return null;
  const oldResult = isObject(stored.result) ? stored.result : null;
  let result: IntakeResult | null;
  try {
    result = rescore(stored.response, approachOf(oldResult));
  } catch {
    // One record the engine cannot handle must not stop the upgrade of the others: it stays as it was.
    result = null;
  }
  if (!result) return null;
  const { overrides, mapped } = translateOverrides(stored.overrides);
  return {
    record: {
      ...stored,
      result,
      engineVersion: result.engineVersion,
      instrumentVersions: Object.fromEntries(result.instruments.map((i) => [i.id, i.version])),
      overrides,
    },
    from: { engineVersion: stringOrNull(oldResult?.engineVersion ?? stored.engineVersion), schema: stringOrNull(oldResult?.schema) },
    to: { engineVersion: result.engineVersion, schema: result.schema },
    overridesMapped: mapped,
  };
}
