import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { eraseEverything } from '../../store/lock-actions';

type Step = 'idle' | 'confirm' | 'busy';

/**
 * The way out when the passphrase is lost: erase Trede's data on this computer and start again. Two steps:
 * the first only says what will go, and only the second, a separate button, erases. Cancel goes back.
 */
export function EraseEverything(props: { onErased(): void }) {
  const { t, lang } = useLanguage();
  const [step, setStep] = useState<Step>('idle');
  const [failure, setFailure] = useState<unknown>(null);
  const warning = useRef<HTMLParagraphElement | null>(null);
  const start = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (step === 'confirm') warning.current?.focus();
  }, [step]);

  const erase = async () => {
    setStep('busy');
    setFailure(null);
    try {
      await eraseEverything();
      props.onErased();
    } catch (error) {
      setFailure(error);
      setStep('confirm');
    }
  };
  const cancel = () => {
    setStep('idle');
    // Back where the caseworker came from, once the button is there again.
    queueMicrotask(() => start.current?.focus());
  };

  if (step === 'idle') {
    return (
      <button type="button" class="button" ref={start} data-testid="unlock-erase" onClick={() => setStep('confirm')}>
        {t('lock.erase.start')}
      </button>
    );
  }
  return (
    <div class="notice notice-warn" data-testid="unlock-erase-confirm-step">
      <p tabIndex={-1} ref={warning} data-testid="unlock-erase-warning">
        {t('lock.erase.warning')}
      </p>
      <div class="button-row">
        <button type="button" class="button button-erase" disabled={step === 'busy'} data-testid="unlock-erase-confirm" onClick={erase}>
          {t('lock.erase.confirm')}
        </button>
        <button type="button" class="button" disabled={step === 'busy'} data-testid="unlock-erase-cancel" onClick={cancel}>
          {t('lock.erase.cancel')}
        </button>
      </div>
      {failure ? (
        <p class="field-error" role="alert" data-testid="unlock-erase-failed">
          {t('lock.erase.failed', { detail: errorText(failure, lang) })}
        </p>
      ) : null}
    </div>
  );
}
