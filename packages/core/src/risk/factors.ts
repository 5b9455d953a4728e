import type { Text } from '../i18n/text.js';
import { cite } from '../instruments/sources.js';
import type { Citation } from '../instruments/types.js';
import type { FactorSource, FactorSpec, Significance } from './model-card.js';

const POINT_1_5: Text = { nl: 'punt op de schaal 1–5', en: 'point on the 1–5 scale' };
const YEAR: Text = { nl: 'jaar', en: 'year' };

/** What a factor is, independent of any model: its label, unit, where its value comes from, whether it can change. */
interface FactorBase {
  label: Text;
  unit: Text;
  yesNo?: boolean;
  sources: FactorSource[];
  modifiable: boolean;
}

export const FACTORS = {
  children: {
    label: { nl: 'Kinderen (opvang te regelen)', en: 'Children (childcare to arrange)' },
    unit: { nl: 'ja = 1, nee = 0', en: 'yes = 1, no = 0' },
    yesNo: true,
    sources: [{ kind: 'answer', item: 'bg.children' }],
    // Having children cannot change, but whether childcare is in place can: the factor is worked on through that.
    modifiable: true,
  },
  responsibility: { label: { nl: 'Gevoel van verantwoordelijkheid', en: 'Sense of responsibility' }, unit: POINT_1_5, sources: [{ kind: 'scale', scale: 'responsibility' }], modifiable: true },
  control: { label: { nl: 'Gevoel van controle', en: 'Sense of control' }, unit: POINT_1_5, sources: [{ kind: 'scale', scale: 'control' }], modifiable: true },
  workAttitude: { label: { nl: 'Houding ten opzichte van werk', en: 'Attitude towards work' }, unit: POINT_1_5, sources: [{ kind: 'scale', scale: 'workAttitude' }], modifiable: true },
  basicCompetences: { label: { nl: 'Basiscompetenties', en: 'Basic competences' }, unit: POINT_1_5, sources: [{ kind: 'scale', scale: 'basicCompetences' }], modifiable: true },
  age: { label: { nl: 'Leeftijd', en: 'Age' }, unit: YEAR, sources: [{ kind: 'scale', scale: 'age' }], modifiable: false },
  ageYoungestChild: { label: { nl: 'Leeftijd jongste kind', en: 'Age of youngest child' }, unit: YEAR, sources: [{ kind: 'scale', scale: 'ageYoungestChild' }], modifiable: false },
  yearsSinceLastJob: { label: { nl: 'Jaren sinds laatste betaalde baan', en: 'Years since last paid job' }, unit: YEAR, sources: [{ kind: 'scale', scale: 'yearsSinceLastJob' }], modifiable: false },
  supportTypes: {
    label: { nl: 'Aantal soorten hulp of begeleiding', en: 'Number of types of support' },
    unit: { nl: 'soort hulp', en: 'type of support' },
    sources: [{ kind: 'scale', scale: 'supportTypes' }],
    modifiable: false,
  },
  health: { label: { nl: 'Ervaren gezondheid', en: 'Perceived health' }, unit: { nl: 'punt op de schaal 0–2', en: 'point on the 0–2 scale' }, sources: [{ kind: 'scale', scale: 'health' }], modifiable: true },
  depression: {
    label: { nl: 'Depressieve klachten', en: 'Depressive complaints' },
    unit: { nl: 'punt op de schaal 4–16', en: 'point on the 4–16 scale' },
    sources: [{ kind: 'scale', scale: 'dassDepression' }],
    modifiable: true,
  },
  anxiety: {
    label: { nl: 'Angstklachten', en: 'Anxiety complaints' },
    unit: { nl: 'punt op de schaal 4–16', en: 'point on the 4–16 scale' },
    sources: [
      { kind: 'scale', scale: 'dassAnxiety' },
      {
        kind: 'scale',
        scale: 'dass21Anxiety',
        use: 'raw',
        // 7 items scored 0–3 → mean item score + 1 puts it on the 1–4 response scale; × 4 items gives 4–16.
        multiply: 4 / 7,
        add: 4,
        approximation: {
          nl: 'Benadering: de DASS-21-angstscore (0–21) is omgerekend naar de korte schaal 4–16 (4 + som × 4/7). De studie gebruikte de korte vorm.',
          en: 'Approximation: the DASS-21 anxiety sum (0–21) was mapped onto the short 4–16 scale (4 + sum × 4/7). The study used the short form.',
        },
      },
    ],
    modifiable: true,
  },
  ladderPosition: {
    label: { nl: 'Positie op de participatieladder', en: 'Position on the participation ladder' },
    unit: { nl: 'positie op 1–12', en: 'position on 1–12' },
    sources: [{ kind: 'ladder-position' }],
    modifiable: true,
  },
} satisfies Record<string, FactorBase>;

export type FactorId = keyof typeof FACTORS;

/** What one model says about a factor: its odds ratio, where, and the group mean it is centred on. */
export interface FactorStats {
  publishedOddsRatio: number;
  inverted?: boolean;
  significance: Significance;
  citation: Citation;
  mean: { value: number; citation: Citation };
  action: FactorSpec['action'];
  actionDoneWhen?: FactorSpec['actionDoneWhen'];
  phase?: Text;
}

export function factor(id: FactorId, stats: FactorStats): FactorSpec {
  const base: FactorBase = FACTORS[id];
  return {
    id,
    label: base.label,
    unit: base.unit,
    yesNo: base.yesNo ?? false,
    sources: base.sources,
    modifiable: base.modifiable,
    publishedOddsRatio: stats.publishedOddsRatio,
    inverted: stats.inverted ?? false,
    significance: stats.significance,
    citation: stats.citation,
    mean: stats.mean,
    action: stats.action,
    ...(stats.actionDoneWhen ? { actionDoneWhen: stats.actionDoneWhen } : {}),
    ...(stats.phase ? { phase: stats.phase } : {}),
  };
}

/** Group means from TNO 2013 appendix 3 (tables 3 and 4), per study group. */
const table = (n: 3 | 4, group: 'controlegroep' | 'interventiegroep'): Citation => cite('tno2013', `bijlage 3, tabel ${n} (${group})`, `appendix 3, table ${n} (${group})`);
export const MEANS = {
  control: {
    children: { value: 0.664, citation: table(3, 'controlegroep') },
    age: { value: 40.1, citation: table(3, 'controlegroep') },
    responsibility: { value: 2.98, citation: table(4, 'controlegroep') },
    workAttitude: { value: 3.92, citation: table(4, 'controlegroep') },
    basicCompetences: { value: 3.83, citation: table(4, 'controlegroep') },
    yearsSinceLastJob: { value: 3.97, citation: table(4, 'controlegroep') },
    ladderPosition: { value: 6.04, citation: table(4, 'controlegroep') },
  },
  intervention: {
    children: { value: 0.566, citation: table(3, 'interventiegroep') },
    ageYoungestChild: { value: 11.5, citation: table(3, 'interventiegroep') },
    health: { value: 1.12, citation: table(3, 'interventiegroep') },
    depression: { value: 7.23, citation: table(3, 'interventiegroep') },
    anxiety: { value: 6.45, citation: table(3, 'interventiegroep') },
    supportTypes: { value: 2.05, citation: table(4, 'interventiegroep') },
    yearsSinceLastJob: { value: 3.96, citation: table(4, 'interventiegroep') },
    workAttitude: { value: 3.91, citation: table(4, 'interventiegroep') },
    basicCompetences: { value: 3.74, citation: table(4, 'interventiegroep') },
    responsibility: { value: 3.64, citation: table(4, 'interventiegroep') },
    control: { value: 3.07, citation: table(4, 'interventiegroep') },
    ladderPosition: { value: 5.64, citation: table(4, 'interventiegroep') },
  },
} as const;
