import * as z from 'zod/mini';

// zod/mini carries no message texts; Trede words schema issues itself, in Dutch and English
// (src/i18n/schema-issue.ts), so none are loaded here.

/**
 * The contracts every boundary validates against. Types are derived from these schemas, so the
 * JSON Schema printed by `trede schema` and the TypeScript types cannot drift apart.
 */

export const TextSchema = z.object({ nl: z.string(), en: z.string() });

/** An answer: a number (scale point, coded choice, quantity), a yes/no, a code, a list of codes, or null for "not answered". */
export const AnswerValueSchema = z.union([
  z.number(),
  z.boolean(),
  z.string(),
  z.array(z.string()),
  z.null(),
]);
/** An answer value (see AnswerValueSchema). */
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
/** An answer that was given: any AnswerValue but null. */
export type GivenAnswer = Exclude<AnswerValue, null>;

/** The study group a score is compared with. */
export const NormGroupSchema = z.enum(['total', 'control', 'intervention']);

/** Answers keyed by item id, or as a list of { item, value } (a list lets us report duplicates). */
export const AnswersSchema = z.union([
  z.record(z.string(), AnswerValueSchema),
  z.array(z.strictObject({ item: z.string(), value: AnswerValueSchema })),
]);

/** Everything in an intake response except the answers. */
const intakeEnvelope = {
  schema: z.optional(z.literal('trede.intake/1')),
  /** An intake reference of the organisation's own; never a BSN or other direct identifier. */
  id: z.optional(z.string().check(z.maxLength(200))),
  /** Date of the intake, YYYY-MM-DD. */
  date: z.optional(z.iso.date()),
  /** Which study group to compare with (docs/evidence.md, §4 'Reference population'); total by default. */
  referenceGroup: z.optional(NormGroupSchema),
  /** Instruments administered; by default every instrument with at least one answer. */
  instruments: z.optional(z.array(z.string())),
};

/** An intake response (schema `trede.intake/1`): the envelope and the answers. */
export const IntakeResponseSchema = z.strictObject({ ...intakeEnvelope, answers: AnswersSchema });

/**
 * The same envelope with the answers left to validateIntake, which checks each answer against its
 * item anyway and does so an order of magnitude faster than a generic record schema.
 * A property test holds the two to the same verdict.
 */
export const IntakeEnvelopeSchema = z.strictObject({ ...intakeEnvelope, answers: z.unknown() });
/** An intake response (schema `trede.intake/1`); IntakeInput types its answer keys. */
export type IntakeResponse = z.infer<typeof IntakeResponseSchema>;

/** The band a score falls in, with its label and source. */
export const BandResultSchema = z.object({ id: z.string(), label: TextSchema, citation: TextSchema });

/** A score compared with the chosen reference group. */
export const ReferenceResultSchema = z.object({
  group: NormGroupSchema,
  mean: z.number(),
  sd: z.number(),
  n: z.nullable(z.number()),
  z: z.number(),
  /**
   * Share of the reference population scoring at or below this score, assuming a normal distribution (0–100).
   * For developers: a renderer shows it only when `reading` is 'percentile'.
   */
  percentile: z.number().check(z.gte(0), z.lte(100)),
  /** How to show the place: a percentile, the scale's floor or ceiling, or no percentile as the normal curve does not fit. */
  reading: z.enum(['percentile', 'floor', 'ceiling', 'not-normal']),
  /** Share (0–1) of the reference group the normal curve puts outside the scale's range; above 0.1 the reading is 'not-normal' (Trede rule). */
  outsideRange: z.number().check(z.gte(0), z.lte(1)),
  citation: TextSchema,
});

/** 'not-applicable': the scale's questions do not apply to this client (skip logic), so nothing is missing. */
export const ScaleStatusSchema = z.enum(['scored', 'insufficient', 'not-applicable', 'not-administered']);

/** The result of one scale. */
export const ScaleResultSchema = z.object({
  id: z.string(),
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  title: TextSchema,
  status: ScaleStatusSchema,
  /** Before the multiplier: the (prorated) item sum, the mean, the value or the count. */
  raw: z.nullable(z.number()),
  score: z.nullable(z.number()),
  range: z.object({ min: z.number(), max: z.number() }),
  higherIs: z.enum(['better', 'worse', 'neutral']),
  itemsAnswered: z.int(),
  itemsTotal: z.int(),
  prorated: z.boolean(),
  band: z.nullable(BandResultSchema),
  reference: z.nullable(ReferenceResultSchema),
  /** Why there is no score, when there is none. */
  reason: z.nullable(TextSchema),
});
/** The result of one scale: status, score, band and the comparison with the reference group. */
export type ScaleResult = z.infer<typeof ScaleResultSchema>;

/** The ladder part of a result. */
export const LadderResultSchema = z.object({
  instrumentVersion: z.string(),
  status: z.enum(['placed', 'rung-only', 'insufficient', 'not-administered']),
  rung: z.nullable(z.int().check(z.gte(1), z.lte(6))),
  rungLabel: z.nullable(TextSchema),
  growthPotential: z.nullable(z.boolean()),
  position: z.nullable(z.int().check(z.gte(1), z.lte(12))),
  positionLabel: z.nullable(TextSchema),
  /** Why the client was placed here, or why no placement was possible. */
  reason: TextSchema,
  reference: z.nullable(ReferenceResultSchema),
});
/** The ladder part of a result: rung, growth potential, position and the reference group. */
export type LadderResult = z.infer<typeof LadderResultSchema>;

/** How the ladder position changed between two intakes. */
export const LadderMovementSchema = z.object({
  from: z.object({ position: z.int(), rung: z.int(), date: z.nullable(z.string()) }),
  to: z.object({ position: z.int(), rung: z.int(), date: z.nullable(z.string()) }),
  positionChange: z.int(),
  rungChange: z.int(),
  direction: z.enum(['up', 'down', 'same']),
  growthPotentialChanged: z.boolean(),
  days: z.nullable(z.int()),
  summary: TextSchema,
});
/** How the ladder position changed between two intakes. */
export type LadderMovement = z.infer<typeof LadderMovementSchema>;

/**
 * A band names how the client's chance compares with the study group the model comes from, on the odds
 * scale (risk/bands.ts): never an absolute judgement. Ordered from lowest to highest chance. Each card uses
 * four of the five: the finer split lies on the side of concern (much higher dropout, much lower chance of work).
 */
export const RiskBandSchema = z.enum(['much-lower', 'lower', 'around', 'higher', 'much-higher']);
/** How a client's chance compares with the study group's (see RiskBandSchema). */
export type RiskBand = z.infer<typeof RiskBandSchema>;

/** What a moment's chance is a chance of: dropping out (a concern when higher) or work or study (a concern when lower). */
export const RiskKindSchema = z.enum(['dropout', 'work']);
/** What a moment's chance is a chance of: dropout, or work or study. */
export type RiskKind = z.infer<typeof RiskKindSchema>;

/** A chance as a natural frequency: "about 6 in 10"; `qualifier` for the ends ("fewer than 1 in 100"). */
export const NaturalFrequencySchema = z.object({
  count: z.int().check(z.gte(0)),
  of: z.union([z.literal(10), z.literal(100)]),
  qualifier: z.enum(['about', 'fewer-than', 'more-than']),
});
/** A chance as "about n in 10" or "in 100". */
export type NaturalFrequency = z.infer<typeof NaturalFrequencySchema>;

/** Where an action comes from: a source that supports it, or Trede's own suggestion (never with a citation). */
export const ActionBasisSchema = z.enum(['source', 'suggestion']);

/** An action with where it comes from: a source, or Trede's suggestion. */
export const RiskActionSchema = z.object({
  text: TextSchema,
  basis: ActionBasisSchema,
  /** Only for basis 'source'. */
  citation: z.nullable(TextSchema),
});
/** An action with where it comes from: a source, or Trede's suggestion. */
export type RiskAction = z.infer<typeof RiskActionSchema>;

/** What a model card says about one factor: the same for every client, so results share one object. */
export const RiskFactorInfoSchema = z.object({
  id: z.string(),
  label: TextSchema,
  /** A weight (multivariate, significant) moves the probability; an attention point (univariate only) does not. */
  kind: z.enum(['weight', 'attention']),
  unit: TextSchema,
  /** A yes/no factor, counted 1/0: show it as yes or no. */
  yesNo: z.boolean(),
  /** Mean of the study group the odds ratio comes from; used in place of a missing value. */
  referenceMean: z.number(),
  /** Odds ratio per unit for the card's outcome (inverted where the source modelled the opposite outcome). */
  oddsRatio: z.number(),
  modifiable: z.boolean(),
  citation: TextSchema,
  /** As printed: '*' p ≤ 0.10 (the 10% level only), '**' p ≤ 0.05, '***' p ≤ 0.01. */
  significance: z.enum(['*', '**', '***']),
});

/** One factor for one client. */
export const RiskFactorResultSchema = z.object({
  id: z.string(),
  factor: RiskFactorInfoSchema,
  /** The client's value on the factor's unit, or null when not assessed. */
  value: z.nullable(z.number()),
  /** False: not measured, and the model counts the study group's mean instead (not the same as a value at the mean). */
  assessed: z.boolean(),
  /** ln(OR) × (value − mean): the push on the log-odds of the card's outcome; null when not assessed and for attention points. */
  contribution: z.nullable(z.number()),
  /** How this client's value goes with the chance of the card's outcome: higher, lower, or no difference (at the mean or not assessed). */
  effect: z.enum(['higher', 'lower', 'none']),
  /** The value lies on the side the card is concerned about (more dropout; less work). */
  concern: z.boolean(),
  action: z.nullable(RiskActionSchema),
  /** Set when the value was derived approximately (e.g. DASS-21 anxiety mapped onto the 4–16 scale). */
  approximation: z.nullable(TextSchema),
});
/** One factor of a model for one client. */
export type RiskFactorResult = z.infer<typeof RiskFactorResultSchema>;

/** A signal with its reason, action and source (after-placement checklist and other rule-based checks). */
export const FlagSchema = z.object({
  id: z.string(),
  label: TextSchema,
  kind: z.enum(['risk', 'protective', 'unknown']),
  reason: TextSchema,
  /** What else the sources found, where it points the other way or qualifies the finding. */
  contrary: z.nullable(TextSchema),
  action: z.nullable(TextSchema),
  citation: TextSchema,
});
/** A signal with its reason, action and source. */
export type Flag = z.infer<typeof FlagSchema>;

/** A caseworker's band for a moment, with the mandatory reason. */
export const OverrideSchema = z.object({
  band: RiskBandSchema,
  /** Mandatory: why the caseworker sees it differently. */
  reason: z.string().check(z.trim(), z.minLength(3)),
  by: z.nullable(z.string().check(z.maxLength(200))),
  at: z.string(),
});
/** A caseworker's band for a moment, with the mandatory reason. */
export type Override = z.infer<typeof OverrideSchema>;

/** The four moments the risk report covers. */
export const MomentSchema = z.enum(['before-start', 'during', 'outflow', 'after-placement']);
/** One of the four moments the risk report covers. */
export type Moment = z.infer<typeof MomentSchema>;

/** The risk report of one moment. */
export const MomentRiskSchema = z.object({
  moment: MomentSchema,
  /** Dropout (before start, during, after placement) or the chance of work or study (outflow): never mixed. */
  kind: RiskKindSchema,
  modelId: z.string(),
  modelVersion: z.string(),
  title: TextSchema,
  outcome: TextSchema,
  status: z.enum(['estimated', 'not-estimated', 'checklist', 'not-administered']),
  /** Probability of the card's outcome, when a model applies and its main factors are known. */
  probability: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  /** The study group's rate of the same outcome. */
  baseRate: z.nullable(z.number()),
  /** The client's odds against the study group's odds; the band is read from it. */
  oddsRatio: z.nullable(z.number().check(z.gt(0))),
  /** The probability and the base rate as natural frequencies on one denominator. */
  frequency: z.nullable(z.object({ client: NaturalFrequencySchema, base: NaturalFrequencySchema })),
  /** The model's band; an override does not change it (see override). */
  band: z.nullable(RiskBandSchema),
  reason: z.nullable(TextSchema),
  factors: z.array(RiskFactorResultSchema),
  attentionPoints: z.array(RiskFactorResultSchema),
  flags: z.array(FlagSchema),
  actions: z.array(RiskActionSchema),
  citation: TextSchema,
  override: z.nullable(OverrideSchema),
});
/** The risk report of one moment: band, chance, factors, flags, actions and sources. */
export type MomentRisk = z.infer<typeof MomentRiskSchema>;

/** The organisation's approach, which picks the during-trajectory model. */
export const ApproachSchema = z.enum(['integrated', 'direct']);
/** The organisation's approach: integrated or direct mediation. */
export type Approach = z.infer<typeof ApproachSchema>;

/** The risk report of a result. */
export const RiskReportSchema = z.object({
  /** Which study population the during-trajectory model comes from (the organisation's setting). */
  approach: ApproachSchema,
  moments: z.array(MomentRiskSchema),
});
/** The risk report of a result: the approach and one report per moment. */
export type RiskReport = z.infer<typeof RiskReportSchema>;

/**
 * Something in the answers the caseworker should look at; never a reason to refuse the intake.
 * 'not-applicable': an answer to a question that does not apply, left out of scoring;
 * 'inconsistent': answers that cannot both be right. `items` names the item ids involved.
 */
export const IntakeWarningSchema = z.object({
  code: z.enum(['not-applicable', 'inconsistent']),
  items: z.array(z.string()),
  message: TextSchema,
});
/** Something in the answers to look at (see IntakeWarningSchema). */
export type IntakeWarning = z.infer<typeof IntakeWarningSchema>;

/** The result of scoring one intake (schema `trede.result/2`). */
export const IntakeResultSchema = z.object({
  schema: z.literal('trede.result/2'),
  engineVersion: z.string(),
  intakeId: z.nullable(z.string()),
  date: z.nullable(z.string()),
  referenceGroup: NormGroupSchema,
  instruments: z.array(z.object({ id: z.string(), version: z.string(), administered: z.boolean() })),
  scales: z.record(z.string(), ScaleResultSchema),
  ladder: LadderResultSchema,
  /** Background answers as given (null when not answered or when the question does not apply), for the risk models and the report. */
  background: z.record(z.string(), AnswerValueSchema),
  /** Answers to check: not applicable, or inconsistent with each other (src/scoring/warnings.ts). */
  warnings: z.array(IntakeWarningSchema),
  /** Dropout risks for the four moments, with factors, actions and sources; null when the caller asked for scales only. */
  risks: z.nullable(RiskReportSchema),
});
/** The result of scoring one intake: scales, ladder, background, warnings and risks. */
export type IntakeResult = z.infer<typeof IntakeResultSchema>;
/** What the risk models read from a result: everything but the risks themselves. */
export type ScoredIntake = Pick<IntakeResult, 'scales' | 'ladder' | 'background' | 'referenceGroup'>;

/** One problem validation found in a response. */
export const ValidationIssueSchema = z.object({
  code: z.enum(['structure', 'unknown-item', 'wrong-type', 'off-scale', 'duplicate', 'unknown-instrument']),
  /** The item id or field the issue is about. */
  path: z.string(),
  message: TextSchema,
});
/** One problem validation found in a response: a code, the path and a message in Dutch and English. */
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;

/** The JSON Schemas of the public contracts, for `trede schema` and for other tools. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    IntakeResponse: z.toJSONSchema(IntakeResponseSchema),
    IntakeResult: z.toJSONSchema(IntakeResultSchema),
    LadderMovement: z.toJSONSchema(LadderMovementSchema),
    ValidationIssue: z.toJSONSchema(ValidationIssueSchema),
  };
}
