/**
 * Core's scoring engine and risk models, which the repository imports with import() when the first intake
 * is completed rather than with the panel: they are the larger part of core's code, and nothing before the
 * end of an intake needs them (the intake form, the store schemas and the results screens use only the
 * instrument catalogue, the result types and small helpers).
 */
export { createScorer } from '@trede/core';
