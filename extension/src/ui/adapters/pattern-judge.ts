/**
 * The pattern judge for a screen of the options page: refuses every pattern while the checker loads
 * (src/adapters/pattern-safety.ts), then the real verdicts. A re-render follows when it is ready, so shown
 * problems update by themselves.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadedPatternJudge, loadPatternJudge, pendingJudge, type PatternJudge } from '../../adapters/pattern-safety';

export function usePatternJudge(): PatternJudge {
  const [judge, setJudge] = useState<PatternJudge>(() => loadedPatternJudge() ?? pendingJudge);
  useEffect(() => {
    let live = true;
    void loadPatternJudge().then((loaded) => live && setJudge(() => loaded));
    return () => {
      live = false;
    };
  }, []);
  return judge;
}
