/**
 * How a trajectory ended, in the categories the sources registered: the kinds, the phases and the reasons,
 * each reason with the tables it comes from. The side panel's outcome form and any export use these words.
 */
import type { Text } from './i18n/text.js';
import { cite, type Citation } from './instruments/sources.js';
import type { OutcomeKind, OutcomePhase, OutcomeReason } from './outcome-codes.js';

export type { OutcomeKind, OutcomePhase, OutcomeReason };

/** The kinds of outcome with their labels in Dutch and English. */
export const OUTCOME_KINDS = {
  started: { nl: 'Gestart met traject', en: 'Started the trajectory' },
  'dropped-out': { nl: 'Uitgevallen', en: 'Dropped out' },
  'work-or-study': { nl: 'Uitgestroomd naar werk of studie', en: 'Moved on to work or study' },
} as const satisfies Record<OutcomeKind, Text>;

/** Trajectory phases as the sources register them: TNO 2013 table 10 (assessment, proefplaatsing, plaatsing). */
export const OUTCOME_PHASES = {
  'before-start': { nl: 'Voor de start', en: 'Before the start' },
  assessment: { nl: 'Assessment', en: 'Assessment' },
  'trial-placement': { nl: 'Proefplaatsing', en: 'Trial placement' },
  placement: { nl: 'Plaatsing', en: 'Placement' },
  trajectory: { nl: 'Tijdens het traject', en: 'During the trajectory' },
  'after-placement': { nl: 'Na plaatsing', en: 'After placement' },
} as const satisfies Record<OutcomePhase, Text>;

const tno = (nl: string, en: string): Citation => cite('tno2013', nl, en);
const pilot = (nl: string, en: string): Citation => cite('loondispensatie2012', nl, en);

/** Where two sources name the same thing (motivation; work found), one code cites both. */
export const OUTCOME_REASONS = {
  'care-advice': { label: { nl: 'Advies zorg', en: 'Referred to care' }, citations: [tno('tabellen 11 en 17 (advies zorg)', 'tables 11 and 17 (advies zorg)')] },
  motivation: {
    label: { nl: 'Motivatie, houding of medewerking', en: 'Motivation, attitude or cooperation' },
    citations: [tno('tabellen 11 en 17 (motivatie/houding)', 'tables 11 and 17 (motivatie/houding)'), pilot('tabel 3.8 (motivatie/medewerking)', 'table 3.8 (motivatie/medewerking)')],
  },
  'no-interest': {
    label: { nl: 'Geen interesse / gestopt op eigen verzoek', en: 'No interest / stopped at own request' },
    citations: [tno('tabellen 11 en 17 (geen interesse/gestopt op eigen verzoek)', 'tables 11 and 17 (geen interesse/gestopt op eigen verzoek)')],
  },
  'not-eligible': { label: { nl: 'Voldoet niet aan de criteria', en: 'Does not meet the criteria' }, citations: [tno('tabel 17 (voldoet niet aan criteria)', 'table 17 (voldoet niet aan criteria)')] },
  'left-trajectory': { label: { nl: 'Uit het traject', en: 'Left the trajectory' }, citations: [tno('tabel 18 (uit het traject)', 'table 18 (uit het traject)')] },
  'active-internship': { label: { nl: 'Naar actiefstage', en: 'Moved to an activation placement (actiefstage)' }, citations: [tno('tabel 18 (actiefstage)', 'table 18 (actiefstage)')] },
  'referred-back': {
    label: { nl: 'Teruggemeld naar de gemeente', en: 'Referred back to the municipality' },
    citations: [tno('tabel 18 (teruggemeld naar de gemeente)', 'table 18 (teruggemeld naar de gemeente)')],
  },
  'limitations-too-great': { label: { nl: 'Beperkingen te groot', en: 'Limitations too great' }, citations: [pilot('tabel 3.8 (beperkingen te groot)', 'table 3.8 (beperkingen te groot)')] },
  'other-trajectory': {
    label: { nl: 'Ander traject meer geschikt', en: 'Another trajectory more suitable' },
    citations: [pilot('tabel 3.8 (ander traject meer geschikt)', 'table 3.8 (ander traject meer geschikt)')],
  },
  'mediation-time-expired': {
    label: { nl: 'Bemiddelingstijd voorbij', en: 'Mediation time expired' },
    citations: [pilot('tabel 3.8 (bemiddelingstijd voorbij)', 'table 3.8 (bemiddelingstijd voorbij)')],
  },
  'found-work': {
    label: { nl: 'Werk gevonden', en: 'Found work' },
    citations: [tno('tabellen 17 en 18 (regulier werk gevonden)', 'tables 17 and 18 (regulier werk gevonden)'), pilot('tabel 3.8 (zelf werk gevonden)', 'table 3.8 (zelf werk gevonden)')],
  },
  'contract-ended': {
    label: { nl: 'Einde contract, geen verlenging', en: 'Contract ended, not renewed' },
    citations: [tno('tabel 11 (einde contract, geen verlenging)', 'table 11 (einde contract, geen verlenging)')],
  },
  other: {
    label: { nl: 'Anders (bijv. verzuim, detentie, kinderopvang, verhuizing)', en: 'Other (e.g. sickness absence, detention, childcare, moving house)' },
    citations: [tno('tabellen 11, 17 en 18 (anders)', 'tables 11, 17 and 18 (anders)')],
  },
  unknown: { label: { nl: 'Onbekend', en: 'Unknown' }, citations: [tno('tabel 17 (onbekend)', 'table 17 (onbekend)')] },
} as const satisfies Record<OutcomeReason, { label: Text; citations: readonly Citation[] }>;
