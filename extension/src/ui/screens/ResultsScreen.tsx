import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/navigation';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { applyOverrides, riskSections } from '@trede/core';
import type { IntakeRecord } from '../../store/schema';
import { CarryBack } from '../results/CarryBack';
import { formatDate, intakeDate } from '../results/format';
import { LadderPicture } from '../results/LadderPicture';
import { RiskCard } from '../results/RiskCard';
import { ScaleList } from '../results/ScaleList';
import { ScreenNav } from '../results/ScreenNav';
import { Warnings } from '../results/Warnings';
import '../../i18n/results-texts';

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'error'; error: unknown } | { state: 'ok'; intake: IntakeRecord };

/** One intake's results, as core computed them, with the caseworker's overrides next to the model's bands. */
export function ResultsScreen() {
  const { store, view } = useApp();
  const { lang, t } = useLanguage();
  const clientKey = view.screen === 'results' ? view.clientKey : '';
  const intakeId = view.screen === 'results' ? view.intakeId : '';
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    store.getIntake(intakeId).then(
      (intake) => live && setLoaded(intake ? { state: 'ok', intake } : { state: 'missing' }),
      (error: unknown) => live && setLoaded({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [store, intakeId]);

  return (
    <section class="screen rs-screen results-screen" data-testid="screen-results" data-intake={intakeId}>
      <ScreenNav current="results" clientKey={clientKey} />
      {loaded.state === 'loading' ? <p role="status">{t('results.loading')}</p> : null}
      {loaded.state === 'missing' ? (
        <p class="notice notice-warn" role="alert" data-testid="results-error">
          {t('results.notFound')}
        </p>
      ) : null}
      {loaded.state === 'error' ? (
        <p class="notice notice-warn" role="alert" data-testid="results-error">
          {t('results.loadError', { detail: errorText(loaded.error, lang) })}
        </p>
      ) : null}
      {loaded.state === 'ok' ? <Results intake={loaded.intake} onChange={(intake) => setLoaded({ state: 'ok', intake })} /> : null}
    </section>
  );
}

function Results(props: { intake: IntakeRecord; onChange(intake: IntakeRecord): void }) {
  const { lang, t } = useLanguage();
  const { intake } = props;
  const result = applyOverrides(intake.result, intake.overrides);
  // Dropout and the chance of work in separate sections: the chance of work is never part of a dropout risk.
  const sections = riskSections(result.risks?.moments ?? []);
  return (
    <>
      <header class="results-head">
        <h2>{t('results.title')}</h2>
        <p class="muted">
          {t('results.date')}: <span data-testid="results-date">{formatDate(intakeDate(intake), lang)}</span> · {t('results.comparedWith')}{' '}
          {t(`results.group.${result.referenceGroup}`)}
        </p>
      </header>
      <Warnings result={result} />
      <CarryBack result={result} clientKey={intake.clientKey} />
      <LadderPicture ladder={result.ladder} />
      {sections.map((section) => (
        <section class="results-section" aria-labelledby={`risks-${section.kind}-heading`} data-testid={`risk-section-${section.kind}`} key={section.kind}>
          <h3 id={`risks-${section.kind}-heading`}>{section.heading[lang]}</h3>
          <p class="muted small">{t(`results.section.${section.kind}`)}</p>
          {section.moments.map((risk) => (
            <RiskCard risk={risk} intake={intake} onChange={props.onChange} key={risk.moment} />
          ))}
        </section>
      ))}
      <ScaleList result={result} />
    </>
  );
}
