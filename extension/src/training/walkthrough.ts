/**
 * The guided walkthrough's content: for one persona, each step's title, paragraphs and table, in Dutch or
 * English. Every number comes from @trede/core's result for that persona's own answers (or from the demo
 * page: the client number), so what the trainer shows is what the panel shows. Data, not markup: the
 * screen (Walkthrough.tsx) only lays it out, and test/training-walkthrough.test.ts checks the numbers.
 */
import {
  DEFAULT_CATALOGUE,
  answerText,
  bandText,
  factorValueText,
  formatNumber,
  frequencyText,
  getModelCard,
  highestDropout,
  positionText,
  referenceInWords,
  type AnswerValue,
  type BilingualText,
  type InstrumentDefinition,
  type IntakeResult,
  type ItemDefinition,
  type Lang,
  type MomentRisk,
  type ScaleResult,
} from '@trede/core';
import '../i18n/training-texts';
import { t, type MessageKey, type MessageParams } from '../i18n/t';
import type { PersonaIntake, TrainingPersona } from './personas';

export const WALK_STEPS = ['setting', 'overlay', 'instruments', 'scale', 'ladder', 'bands', 'next', 'limits'] as const;
export type WalkStepId = (typeof WALK_STEPS)[number];

export interface WalkTable {
  caption: string;
  head: string[];
  rows: string[][];
}

export interface WalkStep {
  id: WalkStepId;
  title: string;
  paragraphs: string[];
  table?: WalkTable;
}

/** A persona that has answers: the walkthrough explains a real result. */
export type ScoredPersona = TrainingPersona & { intake: PersonaIntake };

const num = (value: number, lang: Lang, digits = 2) => formatNumber(value, lang, digits);
const text = (t: BilingualText, lang: Lang) => t[lang];

/**
 * What one answer adds to its scale, as core's scale engine counts it (see ScaleItem.reverse in core's
 * instrument types): reverse-worded questions as (lowest + highest − answer), yes/no as 1/0, a number as itself.
 * The walkthrough's test holds the column's sum or mean to core's raw score.
 */
function itemCount(item: ItemDefinition, instrument: InstrumentDefinition, answer: NonNullable<AnswerValue>): number {
  if (item.type === 'scale' && item.reverse && instrument.responseScale) return instrument.responseScale.min + instrument.responseScale.max - (answer as number);
  if (typeof answer === 'boolean') return answer ? 1 : 0;
  return answer as number;
}

/** The scale the walkthrough explains: of the questionnaires (not the background facts), the furthest from its study group. */
export function scaleToExplain(result: IntakeResult): ScaleResult | null {
  const candidates = Object.values(result.scales).filter((s) => s.status === 'scored' && s.instrumentId !== 'background' && s.reference && s.score !== null);
  candidates.sort((a, b) => Math.abs(b.reference!.z) - Math.abs(a.reference!.z));
  return candidates[0] ?? null;
}

/** The factor that adds most to a moment's chance, among those assessed. */
function heaviestFactor(risk: MomentRisk) {
  return [...risk.factors].filter((f) => f.assessed).sort((a, b) => Math.abs(b.contribution ?? 0) - Math.abs(a.contribution ?? 0))[0] ?? null;
}

/**
 * `adapterReady`: an adapter for Werkplein Demo is saved in the training database, so the overlay step says
 * it is set up instead of how to set it up.
 */
export function walkthrough(persona: ScoredPersona, result: IntakeResult, lang: Lang, adapterReady = false): WalkStep[] {
  const m = (key: MessageKey, params?: MessageParams) => t(key, lang, params);
  const name = persona.page.firstName;
  const groupWord = (group: string) => m(`walk.group.${group}` as MessageKey);

  const setting: WalkStep = {
    id: 'setting',
    title: m('walk.setting.title'),
    paragraphs: [m('walk.setting.p1', { name, story: persona.story[lang] }), m('walk.setting.p2'), m('walk.setting.p3')],
  };

  const overlay: WalkStep = {
    id: 'overlay',
    title: m('walk.overlay.title'),
    paragraphs: [m(adapterReady ? 'walk.overlay.ready' : 'walk.overlay.p1'), m('walk.overlay.p2', { name, number: persona.clientNumber }), m('walk.overlay.p3')],
  };

  const administered = result.instruments.filter((i) => i.administered);
  const instruments: WalkStep = {
    id: 'instruments',
    title: m('walk.instruments.title'),
    paragraphs: [m('walk.instruments.p1', { name })],
    table: {
      caption: m('walk.instruments.title'),
      head: [m('walk.instruments.name'), m('walk.instruments.what'), m('walk.instruments.why')],
      rows: administered.map((i) => {
        const def = DEFAULT_CATALOGUE.instruments.find((d) => d.id === i.id);
        return [def ? text(def.title, lang) : i.id, def ? text(def.description, lang) : '', m(`walk.why.${i.id}` as MessageKey)];
      }),
    },
  };

  const scale = scaleStep(persona, result, lang, m);

  const ladder = result.ladder;
  const ladderStep: WalkStep = {
    id: 'ladder',
    title: m('walk.ladder.title'),
    paragraphs:
      ladder.position === null
        ? [m('walk.ladder.none', { name, reason: ladder.reason ? text(ladder.reason, lang) : '' })]
        : [
            m('walk.ladder.p1', { name, position: positionText(ladder, lang), label: ladder.positionLabel ? text(ladder.positionLabel, lang) : '' }),
            m('walk.ladder.p2', { reason: ladder.reason ? text(ladder.reason, lang) : '' }),
            ...(ladder.reference
              ? [
                  m('walk.scale.reference', {
                    group: groupWord(ladder.reference.group),
                    mean: num(ladder.reference.mean, lang),
                    sd: num(ladder.reference.sd, lang),
                    n: ladder.reference.n ?? '—',
                    score: ladder.position,
                    z: num(ladder.reference.z, lang),
                    words: referenceInWords(ladder.reference, lang),
                  }),
                  m('walk.source', { citation: text(ladder.reference.citation, lang) }),
                ]
              : []),
          ],
  };

  const moments = result.risks?.moments ?? [];
  const estimated = moments.filter((r) => r.status === 'estimated' && r.frequency);
  const top = highestDropout(moments)?.risk ?? null;
  const factor = top ? heaviestFactor(top) : null;
  const bands: WalkStep = {
    id: 'bands',
    title: m('walk.bands.title'),
    paragraphs: [
      m('walk.bands.p1'),
      // The band rule as the model card states it (one rule, the same in every card).
      ...(estimated[0] ? [text(getModelCard(estimated[0].modelId)?.bands.why ?? { nl: '', en: '' }, lang)] : []),
      ...moments.filter((r) => r.status !== 'estimated' && r.reason).map((r) => m('walk.bands.notEstimated', { moment: text(r.title, lang), reason: text(r.reason!, lang) })),
      ...(top && factor
        ? [
            m('walk.bands.factor', {
              moment: text(top.title, lang),
              factor: text(factor.factor.label, lang),
              value: factorValueText(factor, lang) ?? '',
              ratio: num(factor.factor.oddsRatio, lang),
              citation: text(factor.factor.citation, lang),
            }),
          ]
        : []),
    ],
    table: {
      caption: m('walk.bands.caption', { name }),
      // Four columns fit the side panel: the odds ratio goes with the band it decides.
      head: [m('walk.bands.moment'), m('walk.bands.client', { name }), m('walk.bands.group'), m('walk.bands.band')],
      rows: estimated.map((r) => [
        text(r.title, lang),
        frequencyText(r.frequency!.client, lang),
        frequencyText(r.frequency!.base, lang),
        r.oddsRatio === null ? bandText(r.band, lang) : m('walk.bands.bandWithRatio', { band: bandText(r.band, lang), ratio: num(r.oddsRatio, lang) }),
      ]),
    },
  };

  const action = moments.flatMap((r) => r.factors).find((f) => f.concern && f.action)?.action ?? null;
  const next: WalkStep = {
    id: 'next',
    title: m('walk.next.title'),
    paragraphs: [
      action ? m('walk.next.actions', { name, action: text(action.text, lang) }) : m('walk.next.noAction', { name }),
      m('walk.next.override'),
      m('walk.next.outcome'),
      m('walk.next.summary'),
      m('walk.next.history'),
    ],
  };

  const limits: WalkStep = {
    id: 'limits',
    title: m('walk.limits.title'),
    paragraphs: [m('walk.limits.decide'), m('walk.limits.send'), m('walk.limits.cause'), m('walk.limits.end')],
  };

  return [setting, overlay, instruments, scale, ladderStep, bands, next, limits];
}

function scaleStep(persona: ScoredPersona, result: IntakeResult, lang: Lang, m: (key: MessageKey, params?: MessageParams) => string): WalkStep {
  const name = persona.page.firstName;
  const scale = scaleToExplain(result);
  const entry = scale ? DEFAULT_CATALOGUE.scales.find((s) => s.scale.id === scale.id) : undefined;
  if (!scale || !entry || scale.score === null || scale.raw === null || !scale.reference) {
    return { id: 'scale', title: m('walk.scale.title', { scale: '' }), paragraphs: [m('walk.scale.others')] };
  }
  const title = text(scale.title, lang);
  const rule = entry.scale.scoring;
  const items = entry.scale.items.map((id) => ({ id, def: DEFAULT_CATALOGUE.items.get(id)!, answer: persona.intake.answers[id] }));
  const answered = items.filter((i) => i.answer !== undefined && i.answer !== null);
  const reversed = answered.some((i) => i.def.item.type === 'scale' && i.def.item.reverse);
  const ref = scale.reference;
  const paragraphs = [
    m(rule.kind === 'mean' ? 'walk.scale.mean' : 'walk.scale.sum', { name, answered: scale.itemsAnswered, total: scale.itemsTotal, raw: num(scale.raw, lang) }),
    ...(rule.kind === 'sum' && rule.multiplier ? [m('walk.scale.multiplied', { multiplier: num(rule.multiplier, lang), score: num(scale.score, lang) })] : []),
    ...(reversed ? [m('walk.scale.reverse')] : []),
    m('walk.scale.reference', {
      group: m(`walk.group.${ref.group}` as MessageKey),
      mean: num(ref.mean, lang),
      sd: num(ref.sd, lang),
      n: ref.n ?? '—',
      score: num(scale.score, lang),
      z: num(ref.z, lang),
      words: referenceInWords(ref, lang),
    }),
    m('walk.source', { citation: text(ref.citation, lang) }),
    m('walk.scale.others'),
  ];
  return {
    id: 'scale',
    title: m('walk.scale.title', { scale: title }),
    paragraphs,
    table: {
      caption: m('walk.scale.caption', { name, scale: title }),
      head: [m('walk.scale.item'), m('walk.scale.answer'), m('walk.scale.itemScore')],
      rows: answered.map((i) => [
        text(i.def.item.text, lang),
        text(answerText(i.def, i.answer as NonNullable<AnswerValue>), lang),
        num(itemCount(i.def.item, i.def.instrument, i.answer as NonNullable<AnswerValue>), lang),
      ]),
    },
  };
}
