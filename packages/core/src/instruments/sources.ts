import type { Lang, Text } from '../i18n/text.js';

/**
 * The documents behind every number, as bibliographic references. The digest in docs/evidence.md quotes
 * each number with its place in these sources. Cite as `${short}, ${where}`, e.g. "TNO 2013, bijlage 3, tabel 3".
 */
export const SOURCES = {
  tno2013: {
    short: 'TNO 2013',
    title: 'TNO (2013). Effectiviteit van re-integratie: voorspellers van uitstroom en uitval bij bijstandscliënten van twee re-integratiebedrijven. Leiden: TNO.',
  },
  lovibond1995: {
    short: 'Lovibond & Lovibond 1995',
    title: 'Lovibond, S.H. & Lovibond, P.F. (1995). Manual for the Depression Anxiety Stress Scales (2nd ed.). Sydney: Psychology Foundation.',
  },
  ladder: {
    short: 'Participatieladder (Divosa/Regioplan)',
    title: 'Participatieladder: TNO (2013), bijlage 2, and the public descriptions of the ladder by Divosa and Regioplan.',
  },
  loondispensatie2012: {
    short: 'Pilot loondispensatie 2012',
    title: 'Gemeente Rotterdam, Sociaal-wetenschappelijke Afdeling (2012). Evaluatie pilots loondispensatie Rotterdam en Amsterdam, januari 2011 – augustus 2012.',
  },
  werkzaam: {
    short: 'WerkZaam-onderzoek',
    title: 'Hanzehogeschool Groningen, opleiding Social Work (afstudeeronderzoek). Duurzame uitstroom van deelnemers van WerkPro naar de reguliere arbeidsmarkt en de rol van nazorg (WerkZaam).',
  },
  trede: {
    short: 'Trede',
    title: 'A rule Trede sets where the sources give none (documented in the definition).',
  },
} as const satisfies Record<string, { short: string; title: string }>;

/** The key of a source in SOURCES. */
export type SourceId = keyof typeof SOURCES;

/** Where a number or finding comes from: the source and the place in it, in both languages. */
export interface Citation {
  source: SourceId;
  where: Text;
}

/** A citation whose place reads the same in both languages (e.g. "§4.2", "p. 60"). */
export function cite(source: SourceId, nl: string, en: string = nl): Citation {
  return { source, where: { nl, en } };
}

/** "TNO 2013, tabel 13" in the interface language. */
export function citationText(c: Citation, lang: Lang = 'nl'): string {
  const where = c.where[lang];
  return where ? `${SOURCES[c.source].short}, ${where}` : SOURCES[c.source].short;
}

/** A citation in both languages, as results carry it. */
export function citationTexts(c: Citation): Text {
  return { nl: citationText(c, 'nl'), en: citationText(c, 'en') };
}

/** Several citations as one line each language, joined by "; ". */
export function joinCitations(cs: readonly Citation[]): Text {
  return { nl: cs.map((c) => citationText(c, 'nl')).join('; '), en: cs.map((c) => citationText(c, 'en')).join('; ') };
}
