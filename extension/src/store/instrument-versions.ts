/**
 * The instruments of @trede/core's default catalogue, in its order, with their definition versions: what a
 * draft record says it was answered with, and which ids the settings may switch on. Kept here as data so the
 * store's schema does not need the instruments' definitions (questions, scales, texts) to open the side
 * panel; those load with the intake. test/instrument-versions.test.ts holds this list to the catalogue itself,
 * so a new or changed instrument in core fails the tests until it is listed here.
 */
export const CATALOGUE_VERSIONS = {
  background: '1.1.0',
  'basic-competences': '1.0.0',
  'dass-short': '1.0.0',
  dass21: '1.0.0',
  responsibility: '1.0.0',
  control: '1.0.0',
  'work-attitude': '1.0.0',
  'self-efficacy': '1.0.0',
  'self-direction': '1.0.0',
  placement: '1.0.0',
  ladder: '1.1.0',
} as const satisfies Readonly<Record<string, string>>;

export type InstrumentId = keyof typeof CATALOGUE_VERSIONS;
export const INSTRUMENT_IDS = Object.keys(CATALOGUE_VERSIONS) as [InstrumentId, ...InstrumentId[]];
