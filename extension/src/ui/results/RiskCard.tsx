import { effectiveBand, formatNumber, percentText, type Flag, type MomentRisk, type Override, type RiskFactorResult } from '@trede/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLanguage } from '../../i18n/context';
import type { IntakeRecord } from '../../store/schema';
import { bandText, formatDate } from './format';
import { OverrideForm } from './OverrideForm';

/** |contribution| that fills a bar: at least 1 log-odds (odds × 2.7), so small pushes stay small. */
function barScale(factors: readonly RiskFactorResult[]): number {
  return Math.max(1, ...factors.map((f) => Math.abs(f.contribution ?? 0)));
}

function FactorItem(props: { factor: RiskFactorResult; scale: number }) {
  const { lang, t } = useLanguage();
  const f = props.factor;
  const info = f.factor;
  if (!f.assessed || f.value === null) {
    return (
      <li class="factor factor-not-assessed" data-testid="factor" data-factor={f.id} data-assessed="false">
        <span class="factor-label">{info.label[lang]}</span>
        <span class="factor-detail">{t('results.risk.notAssessed', { mean: formatNumber(info.referenceMean, lang) })}</span>
        {f.action ? <span class="factor-action">→ {f.action[lang]}</span> : null}
      </li>
    );
  }
  const size = f.contribution === null ? 0 : (Math.abs(f.contribution) / props.scale) * 100;
  return (
    <li class={`factor factor-${f.direction}`} data-testid="factor" data-factor={f.id} data-assessed="true" data-direction={f.direction}>
      <span class="factor-label">
        {info.label[lang]}: {formatNumber(f.value, lang)} <small class="muted">({info.unit[lang]})</small>
      </span>
      <span class="factor-bar" aria-hidden="true">
        <span class="factor-bar-fill" style={{ width: `${Math.max(size, 2).toFixed(1)}%` }} />
      </span>
      <span class="factor-detail">
        <strong>{t(`results.risk.direction.${f.direction}`)}</strong>
        {f.contribution !== null
          ? ` · ${t('results.risk.factorPush', { sign: f.contribution >= 0 ? '+' : '−', value: formatNumber(Math.abs(f.contribution), lang) })}`
          : ''}
        {` · ${info.modifiable ? t('results.risk.modifiable') : t('results.risk.notModifiable')}`}
      </span>
      {f.approximation ? <span class="factor-note">{f.approximation[lang]}</span> : null}
      <span class="factor-source muted small">
        {t('results.risk.source', { citation: `${info.citation}${info.significance ? ` ${info.significance}` : ''}` })}
      </span>
    </li>
  );
}

function FlagItem(props: { flag: Flag }) {
  const { lang, t } = useLanguage();
  const f = props.flag;
  return (
    <li class={`flag flag-${f.kind}`} data-testid="flag" data-kind={f.kind}>
      <span class="flag-kind">{t(`results.risk.flagKind.${f.kind}`)}</span> <strong>{f.label[lang]}</strong>
      <span class="flag-reason">{f.reason[lang]}</span>
      {f.action ? <span class="flag-action">→ {f.action[lang]}</span> : null}
      <span class="muted small">{f.citation}</span>
    </li>
  );
}

function OverrideShown(props: { risk: MomentRisk; override: Override; earlier: readonly Override[] }) {
  const { lang, t } = useLanguage();
  const { risk, override } = props;
  return (
    <div class="override-shown" data-testid="override-summary" data-override-band={override.band} data-model-band={risk.band ?? ''}>
      <p>
        <span class={`band-badge band-${risk.band ?? 'none'}`}>{t('results.override.model', { band: bandText(risk.band, lang) })}</span>{' '}
        <span class={`band-badge band-${override.band}`}>{t('results.override.caseworker', { band: bandText(override.band, lang) })}</span>
      </p>
      <p class="override-reason">{t('results.override.detail', { reason: override.reason, date: formatDate(override.at, lang) })}</p>
      {props.earlier.length ? (
        <details class="override-earlier">
          <summary>{t('results.override.earlier')}</summary>
          <ul>
            {props.earlier.map((o) => (
              <li key={o.at}>
                {bandText(o.band, lang)} — {t('results.override.detail', { reason: o.reason, date: formatDate(o.at, lang) })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** One moment's risk: band and probability, the factors behind it, attention points, signals, actions, sources. */
export function RiskCard(props: { risk: MomentRisk; intake: IntakeRecord; onChange(intake: IntakeRecord): void }) {
  const { lang, t } = useLanguage();
  const { risk } = props;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const backToButton = useRef(false);
  // Cancelling puts the keyboard back on the button that opened the form.
  useEffect(() => {
    if (!editing && backToButton.current) {
      backToButton.current = false;
      openButton.current?.focus();
    }
  }, [editing]);
  const shownBand = effectiveBand(risk);
  const canOverride = risk.status === 'estimated' || risk.status === 'not-estimated';
  const attention = risk.attentionPoints.filter((a) => a.attention);
  const scale = barScale(risk.factors);
  const sources = [...new Set([risk.citation, ...risk.factors.map((f) => f.factor.citation), ...attention.map((a) => a.factor.citation), ...risk.actions.map((a) => a.citation), ...risk.flags.map((f) => f.citation)])];
  const history = props.intake.overrides[risk.moment] ?? [];
  const flags = risk.flags;
  // Signals first (risk, then protective); the points not checked are folded away.
  const checked = [...flags.filter((f) => f.kind === 'risk'), ...flags.filter((f) => f.kind === 'protective')];
  const unchecked = flags.filter((f) => f.kind === 'unknown');
  // An action already shown under its signal is not repeated in the list of actions.
  const flagActions = new Set(flags.map((f) => f.action?.nl).filter(Boolean));
  const actions = risk.actions.filter((a) => !flagActions.has(a.text.nl));

  return (
    <article
      class={`risk risk-band-${shownBand ?? 'none'}`}
      data-testid={`risk-${risk.moment}`}
      data-band={risk.band ?? ''}
      data-effective-band={shownBand ?? ''}
      data-status={risk.status}
      aria-labelledby={`risk-${risk.moment}-title`}
    >
      <header class="risk-head">
        <h4 id={`risk-${risk.moment}-title`}>{risk.title[lang]}</h4>
        {risk.band || risk.override ? (
          <span class={`band-badge band-${shownBand}`} data-testid="risk-band">
            {t('results.risk.band', { band: bandText(shownBand, lang) })}
          </span>
        ) : null}
      </header>
      <p class="risk-outcome muted">{risk.outcome[lang]}</p>
      {risk.probability !== null && risk.baseRate !== null ? (
        <p class="risk-probability" data-testid="risk-probability">
          {t('results.risk.probability', { probability: percentText(risk.probability, lang), baseRate: percentText(risk.baseRate, lang) })}
        </p>
      ) : risk.reason ? (
        <p class="risk-reason" data-testid="risk-reason">
          {risk.reason[lang]}
        </p>
      ) : null}
      {risk.override ? <OverrideShown risk={risk} override={risk.override} earlier={history.slice(0, -1)} /> : null}
      {saved ? (
        <p class="status-ok" role="status">
          {t('results.override.saved')}
        </p>
      ) : null}

      {risk.factors.length ? (
        <div class="risk-block">
          <h5>{t('results.risk.factors')}</h5>
          <ul class="factor-list">
            {risk.factors.map((f) => (
              <FactorItem factor={f} scale={scale} key={f.id} />
            ))}
          </ul>
        </div>
      ) : null}

      {attention.length ? (
        <div class="risk-block" data-testid="attention-points">
          <h5>{t('results.risk.attention')}</h5>
          <p class="muted small">{t('results.risk.attentionNote')}</p>
          <ul class="attention-list">
            {attention.map((a) => (
              <li key={a.id} data-testid="attention-point">
                <span class="attention-mark" aria-hidden="true">!</span> {a.factor.label[lang]}
                {a.value !== null ? `: ${formatNumber(a.value, lang)}` : ''}
                {a.approximation ? <span class="factor-note"> {a.approximation[lang]}</span> : null}
                <span class="muted small"> ({a.factor.citation})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {flags.length ? (
        <div class="risk-block" data-testid="flags">
          <h5>{t('results.risk.flags')}</h5>
          <ul class="flag-list">
            {checked.map((f) => (
              <FlagItem flag={f} key={f.id} />
            ))}
          </ul>
          {unchecked.length ? (
            <details class="flags-unknown">
              <summary>{t('results.risk.flagsUnknown', { count: unchecked.length })}</summary>
              <ul class="flag-list">
                {unchecked.map((f) => (
                  <FlagItem flag={f} key={f.id} />
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}

      {actions.length ? (
        <div class="risk-block">
          <h5>{flags.length ? t('results.risk.moreActions') : t('results.risk.actions')}</h5>
          <ul class="action-list" data-testid="actions">
            {actions.map((a, i) => (
              <li key={i}>
                {a.text[lang]} <span class="muted small">({a.citation})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div class="risk-block risk-sources">
        <h5>{t('results.risk.sources')}</h5>
        <ul class="muted small" data-testid="sources">
          {sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>

      {canOverride ? (
        editing ? (
          <OverrideForm
            intakeId={props.intake.id}
            moment={risk.moment}
            modelBand={risk.band}
            onCancel={() => {
              backToButton.current = true;
              setEditing(false);
            }}
            onSaved={(intake) => {
              setEditing(false);
              setSaved(true);
              props.onChange(intake);
            }}
          />
        ) : (
          <button
            ref={openButton}
            type="button"
            class="no-print"
            data-testid={`override-${risk.moment}`}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('results.override.open')}
          </button>
        )
      ) : null}
    </article>
  );
}
