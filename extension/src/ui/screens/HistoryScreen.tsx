import { applyOverrides, formatNumber, headline } from '@trede/core';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/navigation';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import type { Listed } from '../../store/repo';
import type { IntakeRecord } from '../../store/schema';
import { intakeChanges } from '../history/changes';
import { LadderChart } from '../history/LadderChart';
import { formatDate, intakeDate, toneClass } from '../results/format';
import { ScreenNav } from '../results/ScreenNav';
import { UnreadableRecords } from '../UnreadableRecords';
import '../../i18n/results-texts';

type Loaded = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ok'; listed: Listed<IntakeRecord> };

/** All intakes of a client, the ladder position over time and what changed from one intake to the next. */
export function HistoryScreen() {
  const { store, view, navigate } = useApp();
  const { lang, t } = useLanguage();
  const clientKey = view.screen === 'history' ? view.clientKey : '';
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    store.listIntakes(clientKey).then(
      (listed) => live && setLoaded({ state: 'ok', listed }),
      (error: unknown) => live && setLoaded({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [store, clientKey]);

  const intakes = loaded.state === 'ok' ? loaded.listed.items : [];
  const errors = loaded.state === 'ok' ? loaded.listed.errors : [];
  const newestFirst = [...intakes].reverse();
  const changes = intakeChanges(intakes).reverse();

  return (
    <section class="screen rs-screen history-screen" data-testid="screen-history">
      <ScreenNav current="history" clientKey={clientKey} latestIntakeId={newestFirst[0]?.id ?? null} />
      <h2>{t('history.title')}</h2>
      {loaded.state === 'loading' ? <p role="status">{t('history.loading')}</p> : null}
      {loaded.state === 'error' ? (
        <p class="notice notice-warn" role="alert">
          {errorText(loaded.error, lang)}
        </p>
      ) : null}
      <UnreadableRecords errors={errors} heading={t('history.errors', { count: errors.length })} testId="history-errors" />
      {loaded.state === 'ok' && intakes.length === 0 ? <p data-testid="history-empty">{t('history.empty')}</p> : null}
      {intakes.length ? (
        <>
          <section class="results-section" aria-labelledby="history-list-heading">
            <h3 id="history-list-heading">{t('history.intakes')}</h3>
            <ol class="history-list">
              {newestFirst.map((intake) => {
                const { ladder } = intake.result;
                const highest = headline(applyOverrides(intake.result, intake.overrides), lang);
                return (
                  <li class="history-item" data-testid="history-item" data-intake={intake.id} data-position={ladder.position ?? ''} data-band={highest.dropoutBand ?? ''} key={intake.id}>
                    <span class="history-date">{formatDate(intakeDate(intake), lang)}</span>
                    <span>{ladder.position !== null ? t('history.position', { position: ladder.position }) : t('history.noPosition')}</span>
                    <span>
                      {highest.dropoutFull ? (
                        // The full statement: the band with the chance and the study group's, as everywhere a band appears.
                        <span class={`history-risk ${toneClass(highest.dropoutBand, 'dropout')}`} data-testid="history-risk">
                          {highest.dropoutFull}
                        </span>
                      ) : (
                        t('history.noBand')
                      )}
                    </span>
                    <button type="button" class="link-button" data-testid="history-open" onClick={() => navigate({ screen: 'results', clientKey, intakeId: intake.id })}>
                      {t('history.open')}
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
          <LadderChart intakes={intakes} />
          {changes.length ? (
            <section class="results-section" aria-labelledby="history-changes-heading">
              <h3 id="history-changes-heading">{t('history.changes')}</h3>
              {changes.map((change) => (
                <div class="history-change" data-testid="history-change" data-direction={change.movement?.direction ?? ''} key={change.to.id}>
                  <h4>{t('history.changeHeading', { from: formatDate(intakeDate(change.from), lang), to: formatDate(intakeDate(change.to), lang) })}</h4>
                  <p data-testid="ladder-movement">{change.movement ? change.movement.summary[lang] : t('history.noMovement')}</p>
                  {change.scales.length ? (
                    <ul class="scale-changes">
                      {change.scales.map((c) => (
                        <li key={c.scale.id} data-testid="scale-change" data-scale={c.scale.id}>
                          {t('history.scaleChange', {
                            scale: c.scale.title[lang],
                            from: formatNumber(c.from, lang),
                            to: formatNumber(c.to, lang),
                            diff: `${c.diff > 0 ? '+' : '−'}${formatNumber(Math.abs(c.diff), lang)}`,
                          })}
                          {c.better !== null ? ` · ${t(c.better ? 'history.change.better' : 'history.change.worse')}` : ''}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p class="muted">{t('history.noScaleChanges')}</p>
                  )}
                </div>
              ))}
            </section>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
