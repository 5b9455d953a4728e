/**
 * Whether an adapter pattern can run away: a regular expression that backtracks catastrophically (`(a+)+$`)
 * freezes the page or the service worker that runs it, for as long as it likes. Trede refuses such patterns
 * where adapters come in — the options form and import — and nowhere else: the judge is recheck, a ReDoS
 * checker of 2.9 MB, so it is loaded on demand (src/adapters/redos.ts) and never reaches the side panel, the
 * background or the content script. Those bound the text a pattern sees instead (src/overlay/detect.ts).
 */

/** What the judge says about one pattern. Anything but `ok: true` keeps the adapter out. */
export type PatternVerdict =
  | { ok: true }
  /** Super-linear: some texts make it try the same characters in very many ways. `part` is where. */
  | { ok: false; why: 'slow'; part: string }
  /** The checker could not decide (too complex to check in time, or a construct it does not know). */
  | { ok: false; why: 'unchecked' }
  /** The checker is still loading. */
  | { ok: false; why: 'pending' }
  /** The checker could not be loaded; nothing can be judged. */
  | { ok: false; why: 'unavailable' };

export type PatternJudge = (source: string) => PatternVerdict;

/** A judge for while the checker loads: it lets nothing through, and says why. */
export const pendingJudge: PatternJudge = () => ({ ok: false, why: 'pending' });
const unavailableJudge: PatternJudge = () => ({ ok: false, why: 'unavailable' });

let loading: Promise<PatternJudge> | null = null;
let loaded: PatternJudge | null = null;

/** The checker when it has loaded already, so a screen opened later starts with it; else null. */
export const loadedPatternJudge = (): PatternJudge | null => loaded;

/** The checker, loaded once; when loading fails, a judge that refuses every pattern (and says so). */
export function loadPatternJudge(): Promise<PatternJudge> {
  loading ??= import('./redos').then(
    (module) => (loaded = module.judgePattern),
    (e: unknown) => {
      console.error('Trede: the pattern check could not be loaded', e);
      loading = null; // a later attempt may succeed (e.g. after an extension update finished)
      return unavailableJudge;
    },
  );
  return loading;
}
