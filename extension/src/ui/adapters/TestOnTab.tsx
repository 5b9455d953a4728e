import { useRef, useState } from 'preact/hooks';
import { requestOrigins } from '../../adapters/permissions';
import type { Adapter } from '../../adapters/schema';
import { compareTests, referenceToken, type Comparison, type TestedClient } from '../../adapters/second-page';
import { localDay, reportFrom, runTabTest, type TestReport } from '../../adapters/tab-test';
import { useLanguage } from '../../i18n/context';
import { TestReportView } from './TestReportView';

type TestState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'invalid' }
  | { kind: 'no-permission'; origin: string }
  | { kind: 'no-page' }
  | { kind: 'report'; report: TestReport; comparison: Comparison | null; before: TestedClient | null };

const COMPARISON_TEXT = {
  first: 'adapters.test.again',
  'same-page': 'adapters.test.samePage',
  'same-client': 'adapters.test.sameClient',
  'other-client': 'adapters.test.otherClient',
} as const;

/**
 * "Test on the current tab": the form's adapter as it is now (saved or not) applied to the system's open
 * page. `check` validates the form and returns the adapter, or null after showing what is wrong.
 */
export function TestOnTab(props: { check(): Adapter | null }) {
  const { t } = useLanguage();
  const [state, setState] = useState<TestState>({ kind: 'idle' });
  /** The client the last test found (a token, never the reference): a second test compares with it. */
  const lastClient = useRef<TestedClient | null>(null);

  const test = () => {
    const adapter = props.check();
    if (!adapter) {
      setState({ kind: 'invalid' });
      return;
    }
    // First, still inside the click: reading the page needs the origin, and the prompt needs the gesture.
    const asked = requestOrigins([adapter.origin]);
    setState({ kind: 'busy' });
    void (async () => {
      if (!(await asked)) {
        setState({ kind: 'no-permission', origin: adapter.origin });
        return;
      }
      const response = await runTabTest(adapter);
      if (!response) return setState({ kind: 'no-page' });
      const report = reportFrom(response, adapter, localDay());
      const before = lastClient.current;
      let comparison: Comparison | null = null;
      if (response.reference && report.reference) {
        const now = { token: await referenceToken(response.reference), masked: report.reference.masked, path: report.path };
        comparison = compareTests(before, now);
        lastClient.current = now;
      }
      setState({ kind: 'report', report, comparison, before });
    })();
  };

  return (
    <section class="test-on-tab" aria-labelledby="adapter-test-heading">
      <h3 id="adapter-test-heading">{t('adapters.test.title')}</h3>
      <p class="field-hint">{t('adapters.test.intro')}</p>
      <button type="button" class="button" data-testid="adapter-test" disabled={state.kind === 'busy'} onClick={test}>
        {t('adapters.test.run')}
      </button>
      <div aria-live="polite" data-testid="test-result">
        {state.kind === 'busy' ? <p>{t('adapters.test.busy')}</p> : null}
        {state.kind === 'invalid' ? <p class="field-error">{t('adapters.test.invalid')}</p> : null}
        {state.kind === 'no-permission' ? <p class="field-error">{t('adapters.test.noPermission', { origin: state.origin })}</p> : null}
        {state.kind === 'no-page' ? <p class="field-error">{t('adapters.test.noPage', { why: t('miss.no-page') })}</p> : null}
        {state.kind === 'report' ? <TestReportView report={state.report} /> : null}
        {state.kind === 'report' && state.comparison ? (
          <p class={state.comparison === 'same-client' ? 'field-warning' : 'field-hint'} data-testid="test-compare" data-comparison={state.comparison}>
            {t(COMPARISON_TEXT[state.comparison], {
              now: state.report.reference?.masked ?? '',
              before: state.before?.masked ?? '',
              path: state.before?.path ?? '',
            })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
