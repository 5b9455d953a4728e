import { useApp, type View } from '../../app/navigation';
import { useLanguage } from '../../i18n/context';
import '../../i18n/results-texts';

/** The buttons between a client's results, history and outcomes, and back to the client screen. */
export function ScreenNav(props: { current: 'results' | 'history' | 'outcomes'; clientKey: string; latestIntakeId?: string | null }) {
  const { navigate, maskedReference } = useApp();
  const { t } = useLanguage();
  const { clientKey } = props;
  const go = (view: View) => () => navigate(view);
  return (
    <nav class="screen-nav no-print" aria-label={t('nav.label')}>
      <button type="button" class="link-button" data-testid="back-to-client" onClick={go({ screen: 'client' })}>
        ← {t('nav.backToClient')}
      </button>
      {maskedReference ? <span class="screen-nav-client">{t('results.client', { reference: maskedReference })}</span> : null}
      <span class="screen-nav-buttons">
        {props.current !== 'results' && props.latestIntakeId ? (
          <button type="button" data-testid="open-results" onClick={go({ screen: 'results', clientKey, intakeId: props.latestIntakeId })}>
            {t('nav.latestResults')}
          </button>
        ) : null}
        {props.current !== 'history' ? (
          <button type="button" data-testid="open-history" onClick={go({ screen: 'history', clientKey })}>
            {t('nav.history')}
          </button>
        ) : null}
        {props.current !== 'outcomes' ? (
          <button type="button" data-testid="open-outcomes" onClick={go({ screen: 'outcomes', clientKey })}>
            {t('nav.outcomes')}
          </button>
        ) : null}
      </span>
    </nav>
  );
}
