import { citationText, OUTCOME_KINDS, OUTCOME_PHASES, OUTCOME_REASONS, type Lang, type OutcomeReason } from '@trede/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../app/navigation';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import type { MessageKey } from '../../i18n/t';
import { OutcomeKindSchema, OutcomePhaseSchema, OutcomeReasonSchema, type OutcomeKind, type OutcomePhase, type OutcomeRecord } from '../../store/schema';
import '../../i18n/results-texts';

export const REASON_IDS: readonly OutcomeReason[] = OutcomeReasonSchema.options;

/** Where the sources register a reason, in the interface language (the reason's tooltip). */
export function reasonSources(reason: OutcomeReason, lang: Lang): string {
  return OUTCOME_REASONS[reason].citations.map((c) => citationText(c, lang)).join('; ');
}

/** Today as YYYY-MM-DD in local time. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface OutcomeDraft {
  kind: OutcomeKind;
  date: string;
  phase: OutcomePhase | '';
  reasons: OutcomeReason[];
}

type Field = 'date' | 'phase' | 'reasons';

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** What is wrong with the draft, per field (message keys); empty when it can be saved. */
export function validateOutcome(draft: OutcomeDraft, todayDate: string): Partial<Record<Field, MessageKey>> {
  const issues: Partial<Record<Field, MessageKey>> = {};
  if (!isCalendarDate(draft.date)) issues.date = 'outcomes.invalid.date';
  else if (draft.date > todayDate) issues.date = 'outcomes.invalid.future';
  if (draft.kind === 'dropped-out') {
    if (!draft.phase) issues.phase = 'outcomes.invalid.phase';
    if (draft.reasons.length === 0) issues.reasons = 'outcomes.invalid.reasons';
  }
  return issues;
}

/** Record an outcome: started, dropped out (when, in which phase, why) or moved on to work or study. */
export function OutcomeForm(props: { clientKey: string; intakeId: string | null; onSaved(outcome: OutcomeRecord): void }) {
  const { store } = useApp();
  const { lang, t } = useLanguage();
  const [draft, setDraft] = useState<OutcomeDraft>({ kind: 'started', date: today(), phase: '', reasons: [] });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const issues = validateOutcome(draft, today());
  const shown = submitted ? issues : {};
  const showPhase = draft.kind !== 'started';
  const showReasons = draft.kind !== 'started';

  const update = (patch: Partial<OutcomeDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus(null);
  };

  async function save(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(issues).length || busy) {
      setStatus({ ok: false, text: t('outcomes.fixErrors') });
      return;
    }
    setBusy(true);
    try {
      const outcome = await store.recordOutcome({
        clientKey: props.clientKey,
        intakeId: props.intakeId,
        kind: draft.kind,
        date: draft.date,
        phase: showPhase && draft.phase ? draft.phase : null,
        reasons: showReasons ? draft.reasons : [],
      });
      setDraft({ kind: 'started', date: today(), phase: '', reasons: [] });
      setSubmitted(false);
      setStatus({ ok: true, text: t('outcomes.saved') });
      props.onSaved(outcome);
    } catch (e) {
      setStatus({ ok: false, text: t('outcomes.saveError', { detail: errorText(e, lang) }) });
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (field: Field) =>
    shown[field] ? (
      <p class="field-error" id={`outcome-${field}-error`} data-testid={`outcome-error-${field}`}>
        {t(shown[field]!)}
      </p>
    ) : null;

  return (
    <form class="outcome-form" data-testid="outcome-form" onSubmit={save} noValidate>
      <fieldset>
        <legend>{t('outcomes.new')}</legend>
        <label for="outcome-kind">{t('outcomes.kind')}</label>
        <select autocomplete="off" id="outcome-kind" data-testid="outcome-kind" value={draft.kind} onChange={(e) => update({ kind: e.currentTarget.value as OutcomeKind })}>
          {OutcomeKindSchema.options.map((kind) => (
            <option value={kind} key={kind}>
              {OUTCOME_KINDS[kind][lang]}
            </option>
          ))}
        </select>

        <label for="outcome-date">{t('outcomes.date')}</label>
        <input
          autocomplete="off"
          id="outcome-date"
          type="date"
          data-testid="outcome-date"
          value={draft.date}
          max={today()}
          required
          aria-invalid={Boolean(shown.date)}
          aria-describedby={shown.date ? 'outcome-date-error' : undefined}
          onInput={(e) => update({ date: e.currentTarget.value })}
        />
        {errorFor('date')}

        {showPhase ? (
          <>
            <label for="outcome-phase">{t('outcomes.phase')}</label>
            <select
              autocomplete="off"
              id="outcome-phase"
              data-testid="outcome-phase"
              value={draft.phase}
              required={draft.kind === 'dropped-out'}
              aria-invalid={Boolean(shown.phase)}
              aria-describedby={shown.phase ? 'outcome-phase-error' : undefined}
              onChange={(e) => update({ phase: e.currentTarget.value as OutcomePhase | '' })}
            >
              <option value="">{t('outcomes.phaseChoose')}</option>
              {OutcomePhaseSchema.options.map((phase) => (
                <option value={phase} key={phase}>
                  {OUTCOME_PHASES[phase][lang]}
                </option>
              ))}
            </select>
            {errorFor('phase')}
          </>
        ) : null}

        {showReasons ? (
          <fieldset class="reason-list" aria-invalid={Boolean(shown.reasons)} aria-describedby={shown.reasons ? 'outcome-reasons-error' : undefined}>
            <legend>{t('outcomes.reasons')}</legend>
            {REASON_IDS.map((reason) => (
              <label class="check" key={reason} title={reasonSources(reason, lang)}>
                <input
                  autocomplete="off"
                  type="checkbox"
                  data-testid={`outcome-reason-${reason}`}
                  value={reason}
                  checked={draft.reasons.includes(reason)}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setDraft((d) => ({ ...d, reasons: checked ? [...d.reasons.filter((r) => r !== reason), reason] : d.reasons.filter((r) => r !== reason) }));
                    setStatus(null);
                  }}
                />{' '}
                {OUTCOME_REASONS[reason].label[lang]}
              </label>
            ))}
            {errorFor('reasons')}
          </fieldset>
        ) : null}

        <div class="button-row">
          <button type="submit" class="primary" data-testid="outcome-save" disabled={busy}>
            {t('outcomes.save')}
          </button>
        </div>
        {status ? (
          <p data-testid="outcome-status" role={status.ok ? 'status' : 'alert'} class={status.ok ? 'status-ok' : 'field-error'}>
            {status.text}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
