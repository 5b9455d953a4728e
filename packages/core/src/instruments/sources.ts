/**
 * The documents behind every number. Seed files live in shared/seeds; EVIDENCE.md digests them.
 * Cite as `${short}, ${where}`, e.g. "TNO 2013, appendix 3, table 3".
 */
export const SOURCES = {
  tno2013: {
    short: 'TNO 2013',
    title: 'Effectiviteit van re-integratie (TNO, 2013)',
    seed: '004_6611d5a8d07b207a.txt',
  },
  lovibond1995: {
    short: 'Lovibond & Lovibond 1995',
    title: 'Manual for the Depression Anxiety Stress Scales (DASS-21), Lovibond & Lovibond, 1995',
    seed: null,
  },
  ladder: {
    short: 'Participatieladder (Divosa/Regioplan)',
    title: 'Participatieladder, as described in TNO 2013 appendix 2 and the public Divosa/Regioplan descriptions',
    seed: '004_6611d5a8d07b207a.txt',
  },
  loondispensatie2012: {
    short: 'Pilot loondispensatie 2012',
    title: 'Evaluatie pilot loondispensatie Rotterdam/Amsterdam (2012)',
    seed: '000_36994cb543be7530.txt',
  },
  werkzaam: {
    short: 'WerkPro/WerkZaam thesis',
    title: 'Duurzame uitstroom van WerkPro-deelnemers en nazorg (WerkZaam)',
    seed: '003_04e4ce41298ce2f7.txt',
  },
  trede: {
    short: 'Trede policy',
    title: 'A rule Trede sets where the sources give none (documented in the definition)',
    seed: null,
  },
} as const satisfies Record<string, { short: string; title: string; seed: string | null }>;

export function citationText(c: { source: keyof typeof SOURCES; where: string }): string {
  return c.where ? `${SOURCES[c.source].short}, ${c.where}` : SOURCES[c.source].short;
}
