/**
 * The compact batch line written straight from a result: the same text as
 * escapeJsonControls(JSON.stringify({ line, ok: true, ...compactResult(result) })), without building the
 * compact object first (that object and its serialisation were a tenth of a batch's time). A test holds
 * the two to the same text over generated intakes.
 */
import type { IntakeResult } from '../schema.js';
import { round4 } from './compact.js';
import { escapeJsonControls } from './terminal-safe.js';

// Every string but the intake's id is an id from the catalogue or the risk cards: a small, fixed set,
// so each is quoted (and made terminal-safe) once.
const quotedIds = new Map<string, string>();
function quote(id: string): string {
  let text = quotedIds.get(id);
  if (text === undefined) {
    text = escapeJsonControls(JSON.stringify(id));
    if (quotedIds.size < 100_000) quotedIds.set(id, text);
  }
  return text;
}

// JSON.stringify puts keys that are array indices ("12") before the others; no catalogue or card id is
// one, and a result that had one is left to JSON.stringify (null here).
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;

// As JSON.stringify writes a number: null for NaN and the infinities.
const num = (x: number) => (Number.isFinite(x) ? String(x) : 'null');

function scoresAndBands(result: IntakeResult): string | null {
  let scores = '';
  let bands = '';
  for (const id in result.scales) {
    if (INDEX_KEY.test(id)) return null;
    const scale = result.scales[id]!;
    if (scale.score !== null) scores += `${scores === '' ? '' : ','}${quote(id)}:${num(round4(scale.score))}`;
    if (scale.band !== null) bands += `${bands === '' ? '' : ','}${quote(id)}:${quote(scale.band.id)}`;
  }
  return `"scores":{${scores}},"bands":{${bands}}`;
}

function chancesAndFlags(result: IntakeResult): string | null {
  if (result.risks === null) return '"chances":null,"flags":{}';
  let chances = '';
  // Flag ids by kind, the kinds in the order first seen (as compactResult's object has them).
  const kinds: string[] = [];
  const ids: string[] = [];
  for (const m of result.risks.moments) {
    if (INDEX_KEY.test(m.moment)) return null;
    const chance = m.probability === null ? `{"status":${quote(m.status)}}` : `{"p":${num(round4(m.probability))},"band":${m.band === null ? 'null' : quote(m.band)}}`;
    chances += `${chances === '' ? '' : ','}${quote(m.moment)}:${chance}`;
    for (const f of m.flags) {
      let k = kinds.indexOf(f.kind);
      if (k === -1) {
        if (INDEX_KEY.test(f.kind)) return null;
        k = kinds.push(f.kind) - 1;
        ids.push('');
      }
      ids[k] += `${ids[k] === '' ? '' : ','}${quote(f.id)}`;
    }
  }
  const flags = kinds.map((kind, k) => `${quote(kind)}:[${ids[k]}]`).join(',');
  return `"chances":{${chances}},"flags":{${flags}}`;
}

function warnings(result: IntakeResult): string {
  let out = '';
  for (const w of result.warnings) {
    let items = '';
    for (const item of w.items) items += `${items === '' ? '' : ','}${quote(item)}`;
    out += `${out === '' ? '' : ','}{"code":${quote(w.code)},"items":[${items}]}`;
  }
  return `"warnings":[${out}]`;
}

/** The compact line for a scored intake, without its newline; null when only JSON.stringify can write it. */
export function compactLine(lineNumber: number, result: IntakeResult): string | null {
  const scales = scoresAndBands(result);
  const risks = chancesAndFlags(result);
  if (scales === null || risks === null) return null;
  const id = result.intakeId === null ? 'null' : escapeJsonControls(JSON.stringify(result.intakeId));
  const ladder = result.ladder.position === null ? 'null' : num(result.ladder.position);
  return `{"line":${num(lineNumber)},"ok":true,"id":${id},"ladder":${ladder},${scales},${risks},${warnings(result)}}`;
}
