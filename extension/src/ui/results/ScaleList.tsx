import { DEFAULT_CATALOGUE, formatNumber, referenceInWords, type IntakeResult, type ScaleResult } from '@trede/core';
import { useLanguage } from '../../i18n/context';
import '../../i18n/results-texts';

/** Where the score sits in the reference population: a bar from percentile 0 to 100 with a marker (reading 'percentile' only). */
function ReferenceBar(props: { percentile: number }) {
  const p = Math.min(100, Math.max(0, props.percentile));
  return (
    <div class="ref-bar" aria-hidden="true">
      <span class="ref-bar-mean" style={{ left: '50%' }} />
      <span class="ref-bar-marker" style={{ left: `${p}%` }} />
    </div>
  );
}

export function ScaleItem(props: { scale: ScaleResult }) {
  const { lang, t } = useLanguage();
  const s = props.scale;
  const scored = s.status === 'scored' && s.score !== null;
  return (
    <li class={`scale scale-${s.status}`} data-testid={`scale-${s.id}`} data-status={s.status}>
      <div class="scale-head">
        <span class="scale-title">{s.title[lang]}</span>
        {scored ? (
          <span class="scale-score" data-testid="scale-score">
            {t('results.scale.score', { score: formatNumber(s.score!, lang), min: formatNumber(s.range.min, lang), max: formatNumber(s.range.max, lang) })}
          </span>
        ) : (
          <span class="scale-score">{t('results.scale.noScore')}</span>
        )}
      </div>
      {scored ? (
        <>
          {s.band ? (
            <p class="scale-band" data-testid="scale-band">
              {t('results.scale.band', { band: s.band.label[lang] })} <small>({s.band.citation[lang]})</small>
            </p>
          ) : null}
          {s.reference ? (
            <div class="scale-ref" data-reading={s.reference.reading}>
              {/* Only a percentile gets a place on the bar; otherwise core says why not, in words. */}
              {s.reference.reading === 'percentile' ? <ReferenceBar percentile={s.reference.percentile} /> : null}
              <p class="scale-place" data-testid="scale-place">
                {t('results.scale.place', {
                  place: referenceInWords(s.reference, lang),
                  group: t(`results.groupShort.${s.reference.group}`),
                  citation: s.reference.citation[lang],
                })}
                {s.higherIs !== 'neutral' ? ` · ${t(`results.scale.higherIs.${s.higherIs}`)}` : ''}
              </p>
            </div>
          ) : null}
          {s.itemsTotal > 1 ? (
            <p class="scale-meta">
              {t('results.scale.answered', { answered: s.itemsAnswered, total: s.itemsTotal })}
              {s.prorated ? ` · ${t('results.scale.prorated')}` : ''}
            </p>
          ) : null}
        </>
      ) : (
        <p class="scale-reason" data-testid="scale-reason">
          {s.reason?.[lang]}
        </p>
      )}
    </li>
  );
}

/** The administered scales, grouped per instrument; scales that were not administered are left out. */
export function ScaleList(props: { result: IntakeResult }) {
  const { lang, t } = useLanguage();
  const scales = Object.values(props.result.scales).filter((s) => s.status !== 'not-administered');
  const groups = props.result.instruments
    .map((instrument) => ({
      instrument,
      title: DEFAULT_CATALOGUE.instruments.find((i) => i.id === instrument.id)?.title[lang] ?? instrument.id,
      scales: scales.filter((s) => s.instrumentId === instrument.id),
    }))
    .filter((g) => g.scales.length > 0);
  return (
    <section class="results-section" aria-labelledby="scales-heading">
      <h3 id="scales-heading">{t('results.scales')}</h3>
      {groups.map((g) => (
        <div class="scale-group" key={g.instrument.id}>
          {g.scales.length > 1 || g.scales[0]!.title[lang] !== g.title ? (
            <h4>
              {g.title} <small class="muted">v{g.instrument.version}</small>
            </h4>
          ) : null}
          <ul class="scale-list">
            {g.scales.map((s) => (
              <ScaleItem scale={s} key={s.id} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
