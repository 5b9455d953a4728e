import * as z from 'zod/mini';

// The intake's schemas, apart from the result's (schema.ts): validating a response loads only these, so a
// page that scores without risks does not build the result schemas (zod/mini objects are made at load time).

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
