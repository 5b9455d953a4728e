import { BANDS_OF_KIND, bandText, type Moment, type RiskBand, type RiskKind } from '@trede/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/navigation';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { freeTextProblem, TEXT_LIMITS } from '../../store/free-text';
import type { IntakeRecord } from '../../store/schema';
import '../../i18n/results-texts';

const { min: MIN_REASON, max: MAX_REASON } = TEXT_LIMITS.reason;

/** The caseworker's own band for one moment, with a mandatory reason; the model's band is kept as it is. */
export function OverrideForm(props: {
  intakeId: string;
  moment: Moment;
  /** Dropout or the chance of work: each has its own four bands. */
  kind: RiskKind;
  modelBand: RiskBand | null;
  onSaved(intake: IntakeRecord): void;
  onCancel(): void;
}) {
  const { store, page } = useApp();
  const { lang, t } = useLanguage();
  const [band, setBand] = useState<RiskBand>(props.modelBand ?? 'around');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The store's own rules: 3 to 500 characters, no identifier. Too short is said once the caseworker leaves the
  // field; too long or an identifier at once, and the text stays for them to change (nothing is cut off).
  const problem = freeTextProblem('reason', reason);
  const valid = problem === null;
  const shownProblem = problem && (touched || problem.key !== 'error.text.tooShort') ? problem.text(lang) : null;
  const idBase = `override-${props.moment}`;
  const first = useRef<HTMLSelectElement>(null);
  // Opening the form moves the keyboard into it.
  useEffect(() => first.current?.focus(), []);

  async function save(event: Event) {
    event.preventDefault();
    setTouched(true);
    if (!valid || busy) return;
    setBusy(true);
    setError(null);
    try {
      const updated = await store.recordOverride(props.intakeId, props.moment, band, reason.trim());
      page?.screeningChanged();
      props.onSaved(updated);
    } catch (e) {
      setError(t('results.override.error', { detail: errorText(e, lang) }));
      setBusy(false);
    }
  }

  return (
    <form class="override-form no-print" data-testid="override-form" onSubmit={save} noValidate>
      <fieldset>
        <legend>{t('results.override.title')}</legend>
        <label for={`${idBase}-band`}>{t('results.override.band')}</label>
        <select autocomplete="off" ref={first} id={`${idBase}-band`} data-testid="override-band" value={band} onChange={(e) => setBand(e.currentTarget.value as RiskBand)}>
          {BANDS_OF_KIND[props.kind].map((b) => (
            <option value={b} key={b}>
              {bandText(b, lang)}
            </option>
          ))}
        </select>
        <label for={`${idBase}-reason`}>{t('results.override.reason')}</label>
        <textarea
          autocomplete="off"
          id={`${idBase}-reason`}
          data-testid="override-reason"
          rows={3}
          required
          minLength={MIN_REASON}
          aria-invalid={shownProblem !== null}
          aria-describedby={`${idBase}-hint ${idBase}-count`}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
        />
        <p id={`${idBase}-hint`} class={shownProblem ? 'field-error' : 'field-hint'} data-testid="override-hint" role={shownProblem ? 'alert' : undefined}>
          {shownProblem ?? t('results.override.reasonNeeded')}
        </p>
        <p id={`${idBase}-count`} class="field-hint" data-testid="override-count" data-over={reason.trim().length > MAX_REASON ? 'true' : undefined}>
          {t('text.count', { length: reason.trim().length, max: MAX_REASON })}
        </p>
        {error ? (
          <p class="field-error" role="alert" data-testid="override-error">
            {error}
          </p>
        ) : null}
        <div class="button-row">
          <button type="submit" class="primary" data-testid="override-save" disabled={!valid || busy}>
            {t('results.override.save')}
          </button>
          <button type="button" data-testid="override-cancel" onClick={props.onCancel}>
            {t('results.override.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
