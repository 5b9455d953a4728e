import { OUTCOME_KINDS, OUTCOME_PHASES, OUTCOME_REASONS } from '@trede/core';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/navigation';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import type { Listed } from '../../store/repo';
import type { OutcomeRecord } from '../../store/schema';
import { OutcomeForm, reasonSources } from '../outcomes/OutcomeForm';
import { formatDate } from '../results/format';
import { ScreenNav } from '../results/ScreenNav';
import { UnreadableRecords } from '../UnreadableRecords';
import '../../i18n/results-texts';

/** What became of the client: record an outcome, and the outcomes recorded so far (oldest first). */
export function OutcomesScreen() {
  const { store, view } = useApp();
  const { lang, t } = useLanguage();
  const clientKey = view.screen === 'outcomes' ? view.clientKey : '';
  const [listed, setListed] = useState<Listed<OutcomeRecord> | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [latestIntakeId, setLatestIntakeId] = useState<string | null>(null);

  const reload = useCallback(() => {
    store.listOutcomes(clientKey).then(setListed, setLoadError);
  }, [store, clientKey]);

  useEffect(() => {
    reload();
    // The outcome follows the latest intake (for checking the models on local outcomes later).
    store.latestIntake(clientKey).then(
      (intake) => setLatestIntakeId(intake?.id ?? null),
      () => setLatestIntakeId(null),
    );
  }, [store, clientKey, reload]);

  return (
    <section class="screen rs-screen outcomes-screen" data-testid="screen-outcomes">
      <ScreenNav current="outcomes" clientKey={clientKey} latestIntakeId={latestIntakeId} />
      <h2>{t('outcomes.title')}</h2>
      <p class="muted">{t('outcomes.intro')}</p>
      <OutcomeForm clientKey={clientKey} intakeId={latestIntakeId} onSaved={reload} />
      <section class="results-section" aria-labelledby="outcomes-list-heading">
        <h3 id="outcomes-list-heading">{t('outcomes.list')}</h3>
        {loadError ? (
          <p class="notice notice-warn" role="alert">
            {errorText(loadError, lang)}
          </p>
        ) : null}
        {listed === null && !loadError ? <p role="status">{t('outcomes.loading')}</p> : null}
        <UnreadableRecords errors={listed?.errors ?? []} heading={t('outcomes.errors', { count: listed?.errors.length ?? 0 })} testId="outcomes-errors" />
        {listed && listed.items.length === 0 ? <p data-testid="outcomes-empty">{t('outcomes.none')}</p> : null}
        {listed?.items.length ? (
          <ul class="outcome-list">
            {listed.items.map((o) => (
              <li class="outcome-item" data-testid="outcome-item" data-kind={o.kind} key={o.id}>
                <span>
                  <strong>{OUTCOME_KINDS[o.kind][lang]}</strong> · {formatDate(o.date, lang)}
                  {o.phase ? ` · ${OUTCOME_PHASES[o.phase][lang]}` : ''}
                </span>
                {o.reasons.length ? (
                  <span class="outcome-reasons">
                    {o.reasons.map((r, i) => (
                      <span key={r} title={reasonSources(r, lang)}>
                        {i > 0 ? '; ' : ''}
                        {OUTCOME_REASONS[r].label[lang]}
                      </span>
                    ))}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </section>
  );
}
