import type { Text } from '../i18n/text.js';
import { placement } from '../instruments/placement.js';
import { cite, citationTexts, joinCitations } from '../instruments/sources.js';
import type { Flag, MomentRisk, RiskAction } from '../schema.js';
import { OMITTED_TEXT, type Detail } from '../scoring/detail.js';
import { afterPlacementCard } from './cards/after-placement.js';
import { UNKNOWN_ANSWER, type PlacementNotAssessed, type PlacementRule } from './checklist-card.js';

// Applies the after-placement checklist card (cards/after-placement.ts) to a client's answers.

const CARD = afterPlacementCard;

export type PlacementAnswers = ReadonlyMap<string, string | number | boolean | string[]>;

function isAssessed(answers: PlacementAnswers, item: string): boolean {
  const value = answers.get(item);
  return value !== undefined && value !== UNKNOWN_ANSWER;
}

function fires(rule: PlacementRule, answers: PlacementAnswers): boolean {
  const value = answers.get(rule.item);
  return (typeof value === 'string' || typeof value === 'boolean') && rule.when.includes(value);
}

function ruleFlag(rule: PlacementRule): Flag {
  return {
    id: rule.id,
    label: rule.label,
    kind: rule.kind,
    reason: rule.reason,
    contrary: rule.contrary ? { nl: `${rule.contrary.text.nl} (${citationTexts(rule.contrary.citation).nl})`, en: `${rule.contrary.text.en} (${citationTexts(rule.contrary.citation).en})` } : null,
    action: rule.action,
    citation: joinCitations(rule.alsoCitation ? [rule.citation, rule.alsoCitation] : [rule.citation]),
  };
}

function notAssessedFlag(entry: PlacementNotAssessed): Flag {
  // The reason to care is the first finding tied to the item; its source is the flag's source.
  const rule = CARD.rules.find((r) => r.item === entry.item);
  return {
    id: `not-assessed:${entry.item}`,
    label: { nl: `Niet nagegaan: ${entry.topic.nl}`, en: `Not assessed: ${entry.topic.en}` },
    kind: 'unknown',
    reason: CARD.notAssessedReason,
    contrary: null,
    action: entry.action,
    citation: citationTexts(rule ? rule.citation : cite('trede', '')),
  };
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

// The summary depends only on three small counts; build each wording once.
const summaries = new Map<string, Text>();
function summary(risks: number, unknown: number, protective: number): Text {
  const key = `${risks}/${unknown}/${protective}`;
  let text = summaries.get(key);
  if (!text) summaries.set(key, (text = summaryText(risks, unknown, protective)));
  return text;
}

function summaryText(risks: number, unknown: number, protective: number): Text {
  return {
    nl: `${count(risks, 'risicosignaal', 'risicosignalen')}, ${count(protective, 'beschermend signaal', 'beschermende signalen')}, ${count(unknown, 'punt', 'punten')} niet nagegaan.`,
    en: `${count(risks, 'risk signal', 'risk signals')}, ${count(protective, 'protective signal', 'protective signals')}, ${count(unknown, 'point', 'points')} not assessed.`,
  };
}

/**
 * The after-placement checklist. Every rule whose trigger matches the answer gives a flag; every item not
 * assessed gives an 'unknown' flag, so nothing silently drops out. Flags come risk first, then unknown,
 * then protective, each in the order of the data. Actions are those of the risk and unknown flags, once
 * each, with every source that led to them. Answers to other instruments are ignored.
 */
/** Computed once: the citation line is the same for every client. */
const CHECKLIST_CITATION = joinCitations(placement.citations);

function checklistResult(status: MomentRisk['status'], reason: Text, flags: Flag[], actions: MomentRisk['actions']): MomentRisk {
  return {
    moment: 'after-placement',
    kind: 'dropout',
    modelId: CARD.id,
    modelVersion: placement.version,
    title: CARD.title,
    outcome: CARD.outcome,
    status,
    probability: null,
    baseRate: null,
    oddsRatio: null,
    frequency: null,
    band: null,
    reason,
    factors: [],
    attentionPoints: [],
    flags,
    actions,
    citation: CHECKLIST_CITATION,
    override: null,
  };
}

// Flags depend only on the rule, not on the client: build each once.
const RULE_FLAGS = new Map(CARD.rules.map((rule) => [rule, ruleFlag(rule)]));
const NOT_ASSESSED_FLAGS = new Map(CARD.notAssessed.map((entry) => [entry, notAssessedFlag(entry)]));

export function evaluatePlacement(answers: PlacementAnswers, administered: boolean, detail: Detail = 'full'): MomentRisk {
  if (!administered) return checklistResult('not-administered', CARD.notAdministered, [], []);

  const risks: Flag[] = [];
  const protective: Flag[] = [];
  for (const rule of CARD.rules) {
    if (!isAssessed(answers, rule.item) || !fires(rule, answers)) continue;
    (rule.kind === 'risk' ? risks : protective).push(RULE_FLAGS.get(rule)!);
  }
  const unknown: Flag[] = [];
  for (const entry of CARD.notAssessed) if (!isAssessed(answers, entry.item)) unknown.push(NOT_ASSESSED_FLAGS.get(entry)!);
  if (detail === 'numbers') return checklistResult('checklist', OMITTED_TEXT, risks.concat(unknown, protective), []);

  // One action per text, with every source that led to it. Rules that share an action share the object
  // (see the card's data), so identity finds the twin; the list is short, so a scan beats a Map.
  // A risk flag's action rests on its finding; asking after a point not yet assessed is Trede's suggestion.
  const actions: RiskAction[] = [];
  const sourcesOf = new Map<RiskAction, Text[]>();
  for (const flag of risks) {
    if (!flag.action) continue;
    let same = actions.find((a) => a.text === flag.action);
    if (!same) actions.push((same = { text: flag.action, basis: 'source', citation: flag.citation }));
    const cited = sourcesOf.get(same) ?? [];
    if (!cited.some((c) => c.nl === flag.citation.nl)) sourcesOf.set(same, [...cited, flag.citation]);
  }
  for (const [action, cited] of sourcesOf) {
    if (cited.length > 1) action.citation = { nl: cited.map((c) => c.nl).join('; '), en: cited.map((c) => c.en).join('; ') };
  }
  for (const flag of unknown) if (flag.action) actions.push({ text: flag.action, basis: 'suggestion', citation: null });
  return checklistResult(
    'checklist',
    summary(risks.length, unknown.length, protective.length),
    risks.concat(unknown, protective),
    actions,
  );
}
