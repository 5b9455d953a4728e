import {
  BAND_WORDS,
  EFFECT_WORDS,
  FLAG_WORDS,
  NOT_ASSESSED_WORDS,
  SIGNIFICANCE_WORDS,
  SUGGESTION_WORDS,
  bandText,
  describeModelCard,
  effectiveBand,
  factorValueText,
  formatNumber,
  frequencyText,
  getModelCard,
  percentText,
  type Flag,
  type MomentRisk,
  type RiskAction,
  type RiskFactorResult,
} from '@trede/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLanguage } from '../../i18n/context';
import type { IntakeRecord, StoredOverride } from '../../store/schema';
import { formatDate, toneClass } from './format';
import { OverrideForm } from './OverrideForm';
import '../../i18n/results-texts';

/** |contribution| that fills a bar: at least 1 log-odds (odds × 2.7), so small pushes stay small. */
function barScale(factors: readonly RiskFactorResult[]): number {
  return Math.max(1, ...factors.map((f) => Math.abs(f.contribution ?? 0)));
}

/** A factor's source with its significance in words (a single star is the 10% level only). */
function FactorSource(props: { factor: RiskFactorResult }) {
  const { lang, t } = useLanguage();
  const info = props.factor.factor;
  return (
    <span class="factor-source muted small">
      {t('results.risk.source', { citation: `${info.citation[lang]}; ${info.significance} ${SIGNIFICANCE_WORDS[info.significance][lang]}` })}
    </span>
  );
}

function FactorItem(props: { factor: RiskFactorResult; kind: MomentRisk['kind']; scale: number }) {
  const { lang, t } = useLanguage();
  const f = props.factor;
  const info = f.factor;
  if (!f.assessed || f.value === null) {
    return (
      <li class="factor factor-not-assessed" data-testid="factor" data-factor={f.id} data-assessed="false">
        <span class="factor-label">{info.label[lang]}</span>
        <span class="factor-detail">{NOT_ASSESSED_WORDS[lang].replace('{mean}', formatNumber(info.referenceMean, lang))}</span>
      </li>
    );
  }
  const size = f.contribution === null ? 0 : (Math.abs(f.contribution) / props.scale) * 100;
  return (
    <li class={`factor factor-effect-${f.effect}${f.concern ? ' factor-concern' : ''}`} data-testid="factor" data-factor={f.id} data-assessed="true" data-effect={f.effect} data-concern={f.concern ? 'true' : 'false'}>
      <span class="factor-label">
        {info.label[lang]}: {factorValueText(f, lang)} {info.yesNo ? null : <small class="muted">({info.unit[lang]})</small>}
      </span>
      <span class="factor-bar" aria-hidden="true">
        <span class="factor-bar-fill" style={{ width: `${Math.max(size, 2).toFixed(1)}%` }} />
      </span>
      <span class="factor-detail">
        <strong>{EFFECT_WORDS[props.kind][f.effect][lang]}</strong>
        {f.contribution !== null ? ` · ${t('results.risk.oddsFactor', { factor: formatNumber(Math.exp(f.contribution), lang) })}` : ''}
        {` · ${info.modifiable ? t('results.risk.modifiable') : t('results.risk.notModifiable')}`}
      </span>
      {f.approximation ? <span class="factor-note">{f.approximation[lang]}</span> : null}
      <FactorSource factor={f} />
    </li>
  );
}

function FlagItem(props: { flag: Flag }) {
  const { lang, t } = useLanguage();
  const f = props.flag;
  return (
    <li class={`flag flag-${f.kind}`} data-testid="flag" data-kind={f.kind}>
      <span class="flag-kind">{FLAG_WORDS[f.kind][lang]}</span> <strong>{f.label[lang]}</strong>
      <span class="flag-reason">{f.reason[lang]}</span>
      {f.contrary ? (
        <span class="flag-contrary" data-testid="flag-contrary">
          {t('results.risk.contrary', { text: f.contrary[lang] })}
        </span>
      ) : null}
      {f.action ? <span class="flag-action">→ {f.action[lang]}</span> : null}
      <span class="muted small">{f.citation[lang]}</span>
    </li>
  );
}

/** An action with its source, or marked as Trede's own suggestion (never with a citation). */
function ActionItem(props: { action: RiskAction }) {
  const { lang } = useLanguage();
  const a = props.action;
  return (
    <li data-testid="action" data-basis={a.basis}>
      {a.text[lang]}{' '}
      {a.citation ? <span class="muted small">({a.citation[lang]})</span> : <em class="action-suggestion small">({SUGGESTION_WORDS[lang]})</em>}
    </li>
  );
}

function OverrideShown(props: { risk: MomentRisk; override: StoredOverride; earlier: readonly StoredOverride[] }) {
  const { lang, t } = useLanguage();
  const { risk, override } = props;
  const earlierWord = (o: StoredOverride) => (o.earlierBand ? ` ${t('results.override.earlierWord', { word: t(`results.override.legacy.${o.earlierBand}`) })}` : '');
  return (
    <div class="override-shown" data-testid="override-summary" data-override-band={override.band} data-model-band={risk.band ?? ''}>
      <p>
        <span class={`band-badge ${toneClass(risk.band, risk.kind)}`}>{t('results.override.model', { band: bandText(risk.band, lang) })}</span>{' '}
        <span class={`band-badge ${toneClass(override.band, risk.kind)}`}>{t('results.override.caseworker', { band: bandText(override.band, lang) })}</span>
      </p>
      <p class="override-reason">
        {t('results.override.detail', { reason: override.reason, date: formatDate(override.at, lang) })}
        {earlierWord(override)}
      </p>
      {props.earlier.length ? (
        <details class="override-earlier">
          <summary>{t('results.override.earlier')}</summary>
          <ul>
            {props.earlier.map((o) => (
              <li key={o.at}>
                {bandText(o.band, lang)} — {t('results.override.detail', { reason: o.reason, date: formatDate(o.at, lang) })}
                {earlierWord(o)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** What the model is and how sure it is: N, one organisation, what its outcome includes, disagreements, bands as chances. */
function AboutModel(props: { risk: MomentRisk }) {
  const { lang, t } = useLanguage();
  const card = getModelCard(props.risk.modelId);
  if (!card) return null;
  return (
    <details class="risk-block about-model" data-testid="about-model">
      <summary>{t('results.risk.aboutModel', { n: card.analysed.n })}</summary>
      {describeModelCard(card, lang).map((section) => (
        <section key={section.heading} class="about-section">
          <h6>{section.heading}</h6>
          <ul class="small">
            {section.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}

/** The chance as a natural frequency next to the study group's, with the percentage for whoever wants it. */
function Chance(props: { risk: MomentRisk }) {
  const { lang, t } = useLanguage();
  const { risk } = props;
  if (!risk.frequency || risk.probability === null || risk.baseRate === null) return null;
  return (
    <p class="risk-probability" data-testid="risk-probability">
      <strong>{frequencyText(risk.frequency.client, lang)}</strong>{' '}
      {t('results.risk.studyGroup', { frequency: frequencyText(risk.frequency.base, lang) })}{' '}
      <span class="muted small">{t('results.risk.percentages', { probability: percentText(risk.probability, lang), baseRate: percentText(risk.baseRate, lang) })}</span>
    </p>
  );
}

/** One moment: band and chance, the factors that go with it, attention points, signals, actions, sources, the model. */
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
  const attention = risk.attentionPoints.filter((a) => a.concern);
  const scale = barScale(risk.factors);
  const citations = [risk.citation, ...risk.factors.map((f) => f.factor.citation), ...attention.map((a) => a.factor.citation), ...risk.actions.flatMap((a) => (a.citation ? [a.citation] : [])), ...risk.flags.map((f) => f.citation)];
  const sources = [...new Set(citations.map((c) => c[lang]))];
  const history = (props.intake.overrides[risk.moment] ?? []) as readonly StoredOverride[];
  const latestOverride = history.at(-1);
  const flags = risk.flags;
  // Signals first (risk, then protective); the points not checked are folded away.
  const checked = [...flags.filter((f) => f.kind === 'risk'), ...flags.filter((f) => f.kind === 'protective')];
  const unchecked = flags.filter((f) => f.kind === 'unknown');
  // An action already shown under its signal is not repeated in the list of actions.
  const flagActions = new Set(flags.map((f) => f.action?.nl).filter(Boolean));
  const actions = risk.actions.filter((a) => !flagActions.has(a.text.nl));

  return (
    <article
      class={`risk risk-kind-${risk.kind} ${toneClass(shownBand, risk.kind)}`}
      data-testid={`risk-${risk.moment}`}
      data-kind={risk.kind}
      data-band={risk.band ?? ''}
      data-effective-band={shownBand ?? ''}
      data-status={risk.status}
      aria-labelledby={`risk-${risk.moment}-title`}
    >
      <header class="risk-head">
        <h4 id={`risk-${risk.moment}-title`}>{risk.title[lang]}</h4>
        {shownBand ? (
          <span class={`band-badge ${toneClass(shownBand, risk.kind)}`} data-testid="risk-band">
            {BAND_WORDS[shownBand][lang]}
          </span>
        ) : null}
      </header>
      <p class="risk-outcome muted">{risk.outcome[lang]}</p>
      <Chance risk={risk} />
      {risk.frequency === null && risk.reason ? (
        <p class="risk-reason" data-testid="risk-reason">
          {risk.reason[lang]}
        </p>
      ) : null}
      {risk.override && latestOverride ? <OverrideShown risk={risk} override={latestOverride} earlier={history.slice(0, -1)} /> : null}
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
              <FactorItem factor={f} kind={risk.kind} scale={scale} key={f.id} />
            ))}
          </ul>
          <p class="muted small">{t('results.risk.association')}</p>
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
                {a.value !== null ? `: ${factorValueText(a, lang)}` : ''} — {EFFECT_WORDS[risk.kind][a.effect][lang]}
                {a.approximation ? <span class="factor-note"> {a.approximation[lang]}</span> : null} <FactorSource factor={a} />
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
              <ActionItem action={a} key={i} />
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

      <AboutModel risk={risk} />

      {canOverride ? (
        editing ? (
          <OverrideForm
            intakeId={props.intake.id}
            moment={risk.moment}
            kind={risk.kind}
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
