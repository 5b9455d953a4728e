import { useEffect, useRef, useState } from 'preact/hooks';
import { useLock } from '../../app/lock-context';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { t as translate, type Lang } from '../../i18n/t';
import { changePassphrase } from '../../store/lock-actions';
import type { TredeStore } from '../../store/repo';
import { LockAfterMinutesSchema } from '../../store/schema';
import { MIN_PASSPHRASE_LENGTH } from '../../store/vault';
import { Outcome, PassphraseField, passphraseLength, vaultReason, type Said } from './fields';
import { SetUpForm } from './SetUpForm';

/** The idle time after which Trede locks (settings.lockAfterMinutes, 1–480). */
function IdleTimeForm(props: { store: TredeStore }) {
  const { lang, t } = useLanguage();
  const [typed, setTyped] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<Said | null>(null);
  const [outcome, setOutcome] = useState<{ said: Said; tone: 'ok' | 'error' } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    props.store.getSettings().then(
      (settings) => setTyped(String(settings.lockAfterMinutes)),
      (error: unknown) => setOutcome({ tone: 'error', said: (l) => translate('lock.settings.readFailed', l, { detail: errorText(error, l) }) }),
    );
  }, [props.store]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (typed === null) return;
    const value = typed.trim();
    const minutes = LockAfterMinutesSchema.safeParse(/^\d+$/.test(value) ? Number(value) : Number.NaN);
    setOutcome(null);
    if (!minutes.success) {
      setInvalid(() => (l: Lang) => translate('lock.settings.idleInvalid', l, { value }));
      field.current?.focus();
      return;
    }
    setInvalid(null);
    try {
      await props.store.saveSettings({ lockAfterMinutes: minutes.data });
      setOutcome({ tone: 'ok', said: (l) => translate('lock.settings.idleSaved', l, { minutes: minutes.data }) });
    } catch (error) {
      setOutcome({ tone: 'error', said: (l) => translate('lock.settings.failed', l, { detail: errorText(error, l) }) });
    }
  };

  return (
    <form class="group" onSubmit={save} noValidate data-testid="lock-idle-form">
      <div class="field">
        <label for="lock-idle">{t('lock.settings.idleLabel')}</label>
        <p class="field-hint" id="lock-idle-hint">
          {t('lock.settings.idleHint')}
        </p>
        <input
          id="lock-idle"
          ref={field}
          type="text"
          inputMode="numeric"
          autocomplete="off"
          size={5}
          disabled={typed === null}
          value={typed ?? ''}
          aria-describedby={invalid ? 'lock-idle-hint lock-idle-error' : 'lock-idle-hint'}
          aria-invalid={invalid ? 'true' : undefined}
          data-testid="lock-idle"
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        {invalid ? (
          <p class="field-error" id="lock-idle-error" data-testid="lock-idle-error">
            {invalid(lang)}
          </p>
        ) : null}
      </div>
      <div class="button-row">
        <button type="submit" class="button button-primary" data-testid="lock-idle-save">
          {t('lock.settings.idleSave')}
        </button>
      </div>
      <Outcome said={outcome?.said ?? null} tone={outcome?.tone ?? 'ok'} testId="lock-idle-outcome" />
    </form>
  );
}

interface ChangeProblems {
  current?: Said;
  next?: Said;
  repeat?: Said;
}

/** Current passphrase, the new one twice; a wrong current one or a bad new one changes nothing. */
function ChangePassphraseForm() {
  const { t } = useLanguage();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<ChangeProblems>({});
  const [outcome, setOutcome] = useState<{ said: Said; tone: 'ok' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = { current: useRef<HTMLInputElement | null>(null), next: useRef<HTMLInputElement | null>(null), repeat: useRef<HTMLInputElement | null>(null) };

  const change = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    const found: ChangeProblems = {};
    const length = passphraseLength(next);
    if (!current) found.current = (l) => translate('lock.error.empty', l);
    if (length < MIN_PASSPHRASE_LENGTH) found.next = (l) => translate('lock.error.short', l, { length, min: MIN_PASSPHRASE_LENGTH });
    else if (next !== repeat) found.repeat = (l) => translate('lock.error.mismatch', l);
    setProblems(found);
    const first = (['current', 'next', 'repeat'] as const).find((name) => found[name]);
    if (first) return refs[first].current?.focus();
    setBusy(true);
    try {
      await changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setOutcome({ tone: 'ok', said: (l) => translate('lock.change.done', l) });
    } catch (error) {
      const reason = vaultReason(error);
      if (reason === 'wrong-passphrase') {
        setProblems({ current: (l) => translate('lock.change.wrong', l) });
        refs.current.current?.focus();
        refs.current.current?.select();
      } else if (reason === 'weak-passphrase') {
        setProblems({ next: (l) => errorText(error, l) });
        refs.next.current?.focus();
      } else {
        setOutcome({ tone: 'error', said: (l) => translate('lock.change.failed', l, { detail: errorText(error, l) }) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="group" onSubmit={change} noValidate data-testid="lock-change-form" aria-busy={busy ? 'true' : undefined}>
      <PassphraseField id="lock-change-current" label={t('lock.change.current')} autocomplete="current-password" value={current} error={problems.current} testId="lock-change-current" inputRef={refs.current} onInput={setCurrent} />
      <PassphraseField
        id="lock-change-next"
        label={t('lock.change.next')}
        hint={t('lock.rule', { min: MIN_PASSPHRASE_LENGTH })}
        autocomplete="new-password"
        value={next}
        error={problems.next}
        testId="lock-change-next"
        inputRef={refs.next}
        onInput={setNext}
      />
      <PassphraseField id="lock-change-repeat" label={t('lock.change.repeat')} autocomplete="new-password" value={repeat} error={problems.repeat} testId="lock-change-repeat" inputRef={refs.repeat} onInput={setRepeat} />
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={busy} data-testid="lock-change-submit">
          {t('lock.change.submit')}
        </button>
        {busy ? <span role="status">{t('lock.change.busy')}</span> : null}
      </div>
      <Outcome said={outcome?.said ?? null} tone={outcome?.tone ?? 'ok'} testId="lock-change-outcome" />
    </form>
  );
}

/**
 * The options page's lock settings. Encryption on: the idle time and changing the passphrase (the lock
 * button is in the header). Off: what that means, and switching it on with the same form as on first run.
 */
export function LockSettings(props: { store: TredeStore }) {
  const { t } = useLanguage();
  const control = useLock();
  const kind = control?.state.kind;
  if (kind !== 'unlocked' && kind !== 'off') return null;
  return (
    <section class="screen lock-settings" data-testid="lock-settings" data-encryption={kind === 'unlocked' ? 'on' : 'off'} aria-labelledby="lock-heading">
      <h2 id="lock-heading" tabIndex={-1}>
        {t('lock.settings.heading')}
      </h2>
      {kind === 'unlocked' ? (
        <>
          <p>{t('lock.settings.on')}</p>
          <IdleTimeForm store={props.store} />
          <h3>{t('lock.change.heading')}</h3>
          <ChangePassphraseForm />
        </>
      ) : (
        <>
          <p class="notice notice-warn">{t('lock.settings.off')}</p>
          <h3>{t('lock.settings.switchOn')}</h3>
          <SetUpForm existing="lock.settings.switchOnIntro" offerPlain={false} onDone={() => control?.refresh()} />
        </>
      )}
    </section>
  );
}
