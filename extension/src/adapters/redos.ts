/**
 * The ReDoS judge: recheck (its pure-JavaScript build, so it runs in an extension page under Trede's
 * content-security policy without a native binary or a worker). Loaded only through
 * src/adapters/pattern-safety.ts's loadPatternJudge().
 *
 * - The automaton checker only: it decides from the pattern's structure, so the same pattern gets the same
 *   verdict on every machine (the fuzzing checker depends on chance and timing).
 * - Every super-linear verdict is refused, quadratic included: the automaton can underrate a pattern's
 *   degree (it calls `(.*a){20}` quadratic), so no degree is trusted to be harmless. Anchoring (`^`) or
 *   bounded repeats (`\d{1,6}`) make the usual patterns linear.
 * - A pattern the checker cannot settle within its time budget is refused too, as unchecked.
 */
import { checkSync } from 'recheck/lib/browser.js';
import type { PatternJudge, PatternVerdict } from './pattern-safety';

/** Patterns run with the `u` flag, as the content script and the background compile them. */
const FLAGS = 'u';
/** Most patterns are judged in milliseconds; a few hostile ones need seconds, which is where we stop. */
const BUDGET_MS = 3_000;
/** How much of the pattern around the trouble a message shows. */
const CONTEXT = 30;

const verdicts = new Map<string, PatternVerdict>();

/**
 * The pattern with the characters it tries over and over marked «so», cut to the surroundings of the
 * first and last of them: `^/klant/(«a»+)+$`.
 */
function markedPart(source: string, spots: readonly { start: number; end: number; temperature: string }[] | undefined): string {
  const hot = (spots ?? []).filter((s) => s.temperature === 'heat').sort((a, b) => a.start - b.start);
  if (!hot.length) return source.length > 2 * CONTEXT ? `${source.slice(0, 2 * CONTEXT)}…` : source;
  const from = Math.max(0, hot[0]!.start - CONTEXT);
  const to = Math.min(source.length, hot.at(-1)!.end + CONTEXT);
  let marked = '';
  let at = from;
  for (const spot of hot) {
    if (spot.start < at) continue; // overlapping spots: the first mark covers it
    marked += `${source.slice(at, spot.start)}«${source.slice(spot.start, spot.end)}»`;
    at = spot.end;
  }
  marked += source.slice(at, to);
  return `${from > 0 ? '…' : ''}${marked}${to < source.length ? '…' : ''}`;
}

function judge(source: string): PatternVerdict {
  let diagnostics: ReturnType<typeof checkSync>;
  try {
    diagnostics = checkSync(source, FLAGS, { checker: 'automaton', timeout: BUDGET_MS });
  } catch (e) {
    // The checker itself gave up (it can run out of stack on deeply nested patterns): not proven safe.
    console.warn('Trede: the pattern check failed on', source, e);
    return { ok: false, why: 'unchecked' };
  }
  if (diagnostics.status === 'safe') return { ok: true };
  if (diagnostics.status === 'vulnerable') return { ok: false, why: 'slow', part: markedPart(source, diagnostics.hotspot) };
  return { ok: false, why: 'unchecked' };
}

/** The verdict for a pattern, remembered: the form asks again on every keystroke elsewhere. */
export const judgePattern: PatternJudge = (source) => {
  let verdict = verdicts.get(source);
  if (!verdict) {
    verdict = judge(source);
    verdicts.set(source, verdict);
  }
  return verdict;
};
