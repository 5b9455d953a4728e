/**
 * Selectors that work today and break tomorrow. Not errors — the page may really be built that way — but
 * the options page warns under the field, so an administrator can look for something steadier:
 *
 * - a **generated id**: frameworks number their elements (`ember412`, `j_idt45`, `:r1f:`, `mui-23`,
 *   `ext-gen1042`, `gwt-uid-7`) or hash them (`card-3f9a1c7e`); the number changes with a release, a
 *   reload or another client;
 * - a **generated class**: CSS-in-JS and CSS modules name classes by a hash of the styles (`css-1q2w3e4`,
 *   `sc-bdVaJa`, `Kop_nummer__3xYz1`), which changes whenever the styles do;
 * - a **position** (`:nth-child(3)`, `:nth-of-type(2)`, `:nth-last-child(1)`): on a page with optional rows
 *   (a row only when there are children, a benefit or a second address) the third row is not always the
 *   same fact.
 *
 * Heuristics over the selector text only; every step of a `>>>` selector is looked at.
 */
import { selectorSteps } from '../overlay/steps';

export type Fragility = { kind: 'generated-id' | 'generated-class' | 'position'; part: string };

/** Prefixes that UI frameworks give the ids they number themselves. */
const GENERATED_PREFIXES = /^((ember|j_idt|ext-gen|ext-comp|gwt-uid-|yui_|mui-|react-select-|headlessui-|radix-|rc-|el-id-|ui-id-|cdk-|mat-|pr_id_|dx-)[\w-]*\d|id_?\d)/iu;

/** Whether an id looks generated: a framework's numbering, React's `:r…:` ids, a long digit run or a hash. */
export function looksGenerated(id: string): boolean {
  if (GENERATED_PREFIXES.test(id)) return true;
  if (/^:r[0-9a-z]+:$/u.test(id) || /^«r[0-9a-z]+»$/u.test(id)) return true;
  // Four or more digits in a row: a database key, a counter or a time stamp, not a name someone chose.
  if (/\d{4,}/u.test(id)) return true;
  // A part of six or more hex characters that mixes letters and digits: a hash.
  return id.split(/[-_:.]/u).some((part) => /^[0-9a-f]{6,}$/iu.test(part) && /\d/u.test(part) && /[a-f]/iu.test(part));
}

/**
 * Whether a class looks generated: emotion's `css-…` and styled-components' `sc-…` hashes, and CSS modules'
 * `Name_part__hash`; otherwise the same hash and digit-run rules as for ids.
 */
export function looksGeneratedClass(name: string): boolean {
  if (/^(css|sc|jsx|emotion|styled)-[a-z0-9]{5,}$/iu.test(name) && /[0-9]|[A-Z]/u.test(name.slice(3))) return true;
  // CSS modules: `Name_part__hash`, the hash 5 to 8 characters that start with a digit or mix in capitals.
  const hash = /__([a-zA-Z0-9_-]{5,8})$/u.exec(name)?.[1];
  if (hash && /\d/u.test(hash) && (/^\d/u.test(hash) || /[A-Z]/u.test(hash))) return true;
  return /\d{4,}/u.test(name) || name.split(/[-_]/u).some((part) => /^[0-9a-f]{6,}$/iu.test(part) && /\d/u.test(part) && /[a-f]/iu.test(part));
}

/** `#id` and `[id="…"]` in a CSS selector, unescaped enough to judge (escapes are rare in ids). */
function idsIn(step: string): string[] {
  const ids: string[] = [];
  for (const m of step.matchAll(/#((?:\\.|[\w\-\u00a0-\uffff])+)/gu)) ids.push(m[1]!.replace(/\\(.)/gu, '$1'));
  for (const m of step.matchAll(/\[\s*id\s*[~|^$*]?=\s*(["']?)([^"'\]]+)\1\s*\]/gu)) ids.push(m[2]!);
  return ids;
}

const POSITION = /:(nth-child|nth-of-type|nth-last-child|nth-last-of-type)\(\s*[^)]*\)/gu;

/** What makes a selector fragile, each with the part to look at; empty when nothing does. */
export function fragileParts(selector: string): Fragility[] {
  const found: Fragility[] = [];
  for (const step of selectorSteps(selector)) {
    for (const id of idsIn(step)) if (looksGenerated(id)) found.push({ kind: 'generated-id', part: `#${id}` });
    // Classes, outside attribute values and quotes (a dot in "[title='a.b']" is no class).
    const bare = step.replace(/\[[^\]]*\]|"[^"]*"|'[^']*'/gu, '');
    for (const m of bare.matchAll(/\.((?:\\.|[\w\-\u00a0-\uffff])+)/gu)) {
      const name = m[1]!.replace(/\\(.)/gu, '$1');
      if (looksGeneratedClass(name)) found.push({ kind: 'generated-class', part: `.${name}` });
    }
    for (const m of step.matchAll(POSITION)) found.push({ kind: 'position', part: m[0] });
  }
  return found;
}
