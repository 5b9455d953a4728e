import { useState } from 'preact/hooks';
import { requestOrigins } from '../../adapters/permissions';
import type { Adapter } from '../../adapters/schema';
import { localDay, reportFrom, runTabTest, type TestReport } from '../../adapters/tab-test';
import { useLanguage } from '../../i18n/context';
import { TestReportView } from './TestReportView';

type TestState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'invalid' }
  | { kind: 'no-permission'; origin: string }
  | { kind: 'no-page' }
  | { kind: 'report'; report: TestReport };

/**
 * "Test on the current tab": the form's adapter as it is now (saved or not) applied to the system's open
 * page. `check` validates the form and returns the adapter, or null after showing what is wrong.
 */
export function TestOnTab(props: { check(): Adapter | null }) {
  const { t } = useLanguage();
  const [state, setState] = useState<TestState>({ kind: 'idle' });

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
      setState(response ? { kind: 'report', report: reportFrom(response, adapter, localDay()) } : { kind: 'no-page' });
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
      </div>
    </section>
  );
}
