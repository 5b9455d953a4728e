import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { t as translate, type Lang } from '../../i18n/t';
import { normaliseInitials } from '../../store/initials';
import type { TredeStore } from '../../store/repo';
import type { RetentionPreview } from '../../store/retention';
import { InitialsSchema } from '../../store/schema';
import { formatDate } from '../dates';
import { countList } from '../rights/store-labels';
import '../../i18n/rights-texts';

/** The periods offered; null is "do not delete automatically". */
export const RETENTION_CHOICES: readonly (number | null)[] = [6, 12, 24, 36, 60, 84, 120, null];
/** Clients listed by name in the preview; the rest are counted. */
const PREVIEW_ROWS = 50;

interface Notice {
  tone: 'ok' | 'warn' | 'error';
  text(lang: Lang): string;
}

function NoticeLine(props: { notice: Notice | null; testId: string }) {
  const { lang } = useLanguage();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (props.notice) ref.current?.focus();
  }, [props.notice]);
  if (!props.notice) return null;
  return (
    <p class={`notice notice-${props.notice.tone}`} role={props.notice.tone === 'ok' ? 'status' : 'alert'} tabIndex={-1} ref={ref} data-testid={props.testId}>
      {props.notice.text(lang)}
    </p>
  );
}

const failed = (key: 'settings.failed' | 'settings.readFailed' | 'settings.retention.failed', e: unknown): Notice => ({
  tone: 'error',
  text: (lang) => translate(key, lang, { detail: errorText(e, lang) }),
});

/** The caseworker's initials: set once per install, the actor of every audit entry from then on. */
function InitialsForm(props: { store: TredeStore; current: string | null; onSaved(initials: string): void }) {
  const { t } = useLanguage();
  const [typed, setTyped] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [invalid, setInvalid] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    const initials = normaliseInitials(typed);
    if (!InitialsSchema.safeParse(initials).success) {
      setInvalid(true);
      setNotice({ tone: 'error', text: (lang) => translate('settings.initials.invalid', lang, { value: typed.trim() }) });
      return;
    }
    setInvalid(false);
    try {
      await props.store.saveSettings({ initials });
      setTyped('');
      props.onSaved(initials);
      setNotice({ tone: 'ok', text: (lang) => translate('settings.initials.saved', lang, { initials }) });
    } catch (e) {
      setNotice(failed('settings.failed', e));
    }
  };

  return (
    <form class="group" onSubmit={save} noValidate data-testid="initials-form">
      <div class="field">
        <label for="settings-initials">{t('settings.initials.label')}</label>
        <input
          id="settings-initials"
          type="text"
          autocomplete="off"
          spellcheck={false}
          maxLength={20}
          data-testid="initials-input"
          value={typed}
          aria-describedby="settings-initials-hint"
          aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <p class="field-hint" id="settings-initials-hint">
          {t('settings.initials.hint')}
        </p>
        <p data-testid="initials-current">{props.current ? t('settings.initials.current', { initials: props.current }) : t('settings.initials.none')}</p>
      </div>
      <div class="button-row">
        <button type="submit" class="button button-primary" data-testid="initials-save">
          {t('settings.initials.save')}
        </button>
      </div>
      <NoticeLine notice={notice} testId="initials-notice" />
    </form>
  );
}

/** The retention period, what it would delete now, and deleting it on demand (two steps). */
function RetentionForm(props: { store: TredeStore; current: number | null; onSaved(months: number | null): void }) {
  const { lang, t } = useLanguage();
  const { store } = props;
  const [choice, setChoice] = useState<string>(String(props.current));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [preview, setPreview] = useState<RetentionPreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => setChoice(String(props.current)), [props.current]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const save = async (event: Event) => {
    event.preventDefault();
    const months = choice === 'null' ? null : Number(choice);
    try {
      await store.saveSettings({ retentionMonths: months });
      props.onSaved(months);
      setPreview(null);
      setConfirming(false);
      setNotice({ tone: 'ok', text: (l) => translate('settings.retention.saved', l) });
    } catch (e) {
      setNotice(failed('settings.failed', e));
    }
  };

  const showPreview = async () => {
    setConfirming(false);
    try {
      setPreview(await store.previewRetention());
      setNotice(null);
    } catch (e) {
      setNotice(failed('settings.readFailed', e));
    }
  };

  const apply = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await store.applyRetention('manual');
      setConfirming(false);
      setPreview(null);
      setNotice({
        tone: outcome.skipped ? 'warn' : 'ok',
        text: (l) =>
          [translate('settings.retention.done', l, { list: countList(outcome.removed, l) }), outcome.skipped ? translate('settings.retention.skipped', l, { count: outcome.skipped }) : '']
            .filter(Boolean)
            .join(' '),
      });
    } catch (e) {
      setNotice(failed('settings.retention.failed', e));
    } finally {
      setBusy(false);
    }
  };

  const cutoff = preview?.cutoff ? formatDate(preview.cutoff, lang) : '';
  return (
    <div class="group" data-testid="retention">
      <form onSubmit={save} noValidate>
        <div class="field">
          <label for="settings-retention">{t('settings.retention.label')}</label>
          <select autocomplete="off" id="settings-retention" data-testid="retention-select" value={choice} aria-describedby="settings-retention-hint" onChange={(e) => setChoice(e.currentTarget.value)}>
            {RETENTION_CHOICES.map((months) => (
              <option key={String(months)} value={String(months)}>
                {months === null ? t('settings.retention.off') : t('settings.retention.months', { count: months })}
              </option>
            ))}
          </select>
          <p class="field-hint" id="settings-retention-hint">
            {t('settings.retention.hint')}
          </p>
        </div>
        <div class="button-row">
          <button type="submit" class="button button-primary" data-testid="retention-save">
            {t('settings.retention.save')}
          </button>
          <button type="button" class="button" data-testid="retention-preview" onClick={showPreview}>
            {t('settings.retention.preview')}
          </button>
        </div>
      </form>
      <NoticeLine notice={notice} testId="retention-notice" />

      {preview ? (
        <div aria-live="polite" data-testid="retention-preview-result">
          {preview.months === null ? (
            <p>{t('settings.retention.offNote')}</p>
          ) : preview.clients.length === 0 ? (
            <p data-testid="retention-none">{t('settings.retention.none', { cutoff })}</p>
          ) : (
            <>
              <p>{t('settings.retention.found', { count: preview.clients.length, cutoff })}</p>
              <p data-testid="retention-counts">{countList(preview.counts, lang)}</p>
              <table class="audit-table" data-testid="retention-clients">
                <thead>
                  <tr>
                    <th scope="col">{t('settings.retention.col.client')}</th>
                    <th scope="col">{t('settings.retention.col.last')}</th>
                    <th scope="col">{t('settings.retention.col.intakes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.clients.slice(0, PREVIEW_ROWS).map((client) => (
                    <tr key={client.clientKey}>
                      <td>{client.label ?? t('settings.retention.unnamed', { key: client.clientKey.slice(0, 8) })}</td>
                      <td>{formatDate(client.lastActivity, lang)}</td>
                      <td>{client.intakes}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.clients.length > PREVIEW_ROWS ? <p>{t('settings.retention.more', { count: preview.clients.length - PREVIEW_ROWS })}</p> : null}
              {confirming ? (
                <div class="confirm" role="group" aria-labelledby="retention-confirm-text">
                  <p class="confirm-text" id="retention-confirm-text">
                    {t('settings.retention.confirm', { count: preview.clients.length })}
                  </p>
                  {busy ? (
                    <p role="status" data-testid="retention-busy">
                      {t('settings.retention.busy')}
                    </p>
                  ) : null}
                  <div class="button-row">
                    <button type="button" class="button button-danger" ref={confirmRef} disabled={busy} data-testid="retention-yes" onClick={apply}>
                      {t('settings.retention.yes')}
                    </button>
                    <button type="button" class="button" data-testid="retention-no" onClick={() => setConfirming(false)}>
                      {t('settings.retention.no')}
                    </button>
                  </div>
                </div>
              ) : (
                <div class="button-row">
                  <button type="button" class="button button-danger" data-testid="retention-apply" onClick={() => setConfirming(true)}>
                    {t('settings.retention.apply')}
                  </button>
                </div>
              )}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** The options page's settings of this install: the caseworker's initials and the retention period. */
export function SettingsScreen(props: { store: TredeStore }) {
  const { lang, t } = useLanguage();
  const [initials, setInitials] = useState<string | null | undefined>(undefined);
  const [months, setMonths] = useState<number | null | undefined>(undefined);
  const [readError, setReadError] = useState<unknown>(null);

  useEffect(() => {
    props.store.getSettings().then(
      (settings) => {
        setInitials(settings.initials);
        setMonths(settings.retentionMonths);
      },
      (e: unknown) => setReadError(e),
    );
  }, [props.store]);

  return (
    <section class="screen settings-screen" data-testid="screen-settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading" tabIndex={-1}>
        {t('settings.heading')}
      </h2>
      {readError ? (
        <p class="notice notice-error" role="alert">
          {translate('settings.readFailed', lang, { detail: errorText(readError, lang) })}
        </p>
      ) : null}
      {initials === undefined || months === undefined ? (
        readError ? null : <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <InitialsForm store={props.store} current={initials} onSaved={setInitials} />
          <h3>{t('settings.retention.heading')}</h3>
          <RetentionForm store={props.store} current={months} onSaved={setMonths} />
        </>
      )}
    </section>
  );
}
