import { useRef, useState } from 'preact/hooks';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { t as translate, type MessageKey } from '../../i18n/t';
import { chooseNoEncryption, setUpEncryption } from '../../store/lock-actions';
import { MIN_PASSPHRASE_LENGTH } from '../../store/vault';
import { Outcome, PassphraseField, SealingProgress, passphraseLength, vaultReason, type Said } from './fields';

interface Problems {
  passphrase?: Said;
  repeat?: Said;
  acknowledge?: Said;
}

/**
 * Switching encryption on: the warning that a lost passphrase cannot be recovered comes first, then the
 * passphrase twice, then a required tick that the caseworker understood; nothing is set while any of it is
 * wrong, and each problem is named under its own field. On the first-run screen a second, quieter choice:
 * working without encryption, with what that means. Used by the set-up screen and the options page.
 */
export function SetUpForm(props: {
  /** Said above the form when records already exist (they are encrypted in place). */
  existing: MessageKey | null;
  /** The first-run screen offers working without encryption too. */
  offerPlain: boolean;
  onDone(): void;
}) {
  const { lang, t } = useLanguage();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<Said | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const passphraseRef = useRef<HTMLInputElement | null>(null);
  const repeatRef = useRef<HTMLInputElement | null>(null);
  const acknowledgeRef = useRef<HTMLInputElement>(null);

  const check = (): Problems => {
    const found: Problems = {};
    const length = passphraseLength(passphrase);
    if (length < MIN_PASSPHRASE_LENGTH) found.passphrase = (l) => translate('lock.error.short', l, { length, min: MIN_PASSPHRASE_LENGTH });
    else if (passphrase !== repeat) found.repeat = (l) => translate('lock.error.mismatch', l);
    if (!acknowledged) found.acknowledge = (l) => translate('lock.error.acknowledge', l);
    return found;
  };

  const encrypt = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const found = check();
    setProblems(found);
    if (found.passphrase) return passphraseRef.current?.focus();
    if (found.repeat) return repeatRef.current?.focus();
    if (found.acknowledge) return acknowledgeRef.current?.focus();
    setBusy(true);
    try {
      await setUpEncryption(passphrase, (done, total) => setProgress({ done, total }));
      setPassphrase('');
      setRepeat('');
      props.onDone();
    } catch (error) {
      if (vaultReason(error) === 'weak-passphrase') {
        setProblems({ passphrase: (l) => errorText(error, l) });
        passphraseRef.current?.focus();
      } else {
        setFailure(() => (l: typeof lang) => translate('lock.setup.failed', l, { detail: errorText(error, l) }));
      }
    } finally {
      setBusy(false);
    }
  };

  const workPlain = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await chooseNoEncryption();
      props.onDone();
    } catch (error) {
      setFailure(() => (l: typeof lang) => translate('lock.setup.plainFailed', l, { detail: errorText(error, l) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="setup-form">
      {props.existing ? (
        <p class="notice" data-testid="setup-existing">
          {t(props.existing)}
        </p>
      ) : null}
      <div class="notice notice-warn lock-warning" data-testid="setup-warning">
        <h3>{t('lock.setup.warningHeading')}</h3>
        <p>{t('lock.setup.warning')}</p>
      </div>
      <form onSubmit={encrypt} noValidate data-testid="setup-form" aria-busy={busy ? 'true' : undefined}>
        <PassphraseField
          id="setup-passphrase"
          label={t('lock.field.passphrase')}
          hint={t('lock.rule', { min: MIN_PASSPHRASE_LENGTH })}
          autocomplete="new-password"
          value={passphrase}
          error={problems.passphrase}
          testId="setup-passphrase"
          inputRef={passphraseRef}
          onInput={setPassphrase}
        />
        <PassphraseField
          id="setup-repeat"
          label={t('lock.field.repeat')}
          autocomplete="new-password"
          value={repeat}
          error={problems.repeat}
          testId="setup-repeat"
          inputRef={repeatRef}
          onInput={setRepeat}
        />
        <div class="field field-check">
          <input
            autocomplete="off"
            id="setup-acknowledge"
            type="checkbox"
            ref={acknowledgeRef}
            checked={acknowledged}
            aria-invalid={problems.acknowledge ? 'true' : undefined}
            aria-describedby={problems.acknowledge ? 'setup-acknowledge-error' : undefined}
            data-testid="setup-acknowledge"
            onChange={(e) => setAcknowledged(e.currentTarget.checked)}
          />
          <label for="setup-acknowledge">{t('lock.setup.acknowledge')}</label>
          {problems.acknowledge ? (
            <p class="field-error" id="setup-acknowledge-error" data-testid="setup-acknowledge-error">
              {problems.acknowledge(lang)}
            </p>
          ) : null}
        </div>
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={busy} data-testid="setup-encrypt">
            {t('lock.setup.encrypt')}
          </button>
          {busy ? <span role="status">{t('lock.setup.busy')}</span> : null}
        </div>
        <SealingProgress progress={progress} text="lock.setup.progress" />
      </form>
      <Outcome said={failure} tone="error" testId="setup-failed" />
      {props.offerPlain ? (
        <div class="lock-plain" data-testid="setup-plain-choice">
          <h3>{t('lock.setup.plainHeading')}</h3>
          <p>{t('lock.setup.plainExplain')}</p>
          <button type="button" class="button" disabled={busy} data-testid="setup-plain" onClick={workPlain}>
            {t('lock.setup.plain')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
