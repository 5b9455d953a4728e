import { useEffect, useRef, useState } from 'preact/hooks';
import { Nickname } from '../client/Nickname';
import { useApp, type CurrentClient } from '../../app/navigation';
import { isBsn, maskReference, normaliseReference } from '../../client-key';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { listenForDrafts } from '../../store/draft-notices';
import type { ClientOverview } from '../../store/repo';
import { UnreadableRecords } from '../UnreadableRecords';
import { applyOverrides, headline } from '@trede/core';
import { formatDate, formatWhen } from '../dates';

interface ClientInfo extends ClientOverview {
  draftProgress: { answered: number; total: number } | null;
}

/**
 * Opening a client: the caseworker types the reference (BSN or client number). Trede turns it into the
 * pseudonymous key at once, shows only the masked reference and clears the field; the reference itself is
 * kept nowhere. Then: no screening yet → start; a draft → resume; earlier intakes → the latest, with the
 * way to its results, the history, outcomes and a new intake.
 */
export function ClientScreen() {
  const { store, navigate, currentClient, setCurrentClient } = useApp();
  const { lang, t } = useLanguage();
  const [reference, setReference] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const [opened, setOpened] = useState<CurrentClient | null>(currentClient);
  const [info, setInfo] = useState<ClientInfo | null>(null);
  /** Bumped to read the client again, e.g. after a draft was thrown away. */
  const [refresh, setRefresh] = useState(0);
  const [readError, setReadError] = useState<unknown>(null);
  /** Starting an intake writes (the client record): its failure is a failed save, not a failed read. */
  const [startError, setStartError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  // The panel follows the host page: a client detected there replaces the one open here.
  useEffect(() => {
    if (currentClient && currentClient.clientKey !== opened?.clientKey) setOpened(currentClient);
  }, [currentClient]);

  useEffect(() => {
    if (!opened) return;
    let current = true;
    setInfo(null);
    setReadError(null);
    (async () => {
      // One unreadable record (the draft, the latest intake, the client) does not hide the rest.
      const [overview, settings] = await Promise.all([store.clientOverview(opened.clientKey), store.getSettings()]);
      // The instruments' definitions load only for a client with a draft: the panel opens without them.
      const model = overview.draft ? await import('../intake/model') : null;
      const draftProgress = model && overview.draft ? model.countAnswered(model.enabledInstruments(settings.instruments), overview.draft.answers) : null;
      if (current) setInfo({ ...overview, draftProgress });
    })().catch((e: unknown) => current && setReadError(e));
    return () => {
      current = false;
    };
  }, [store, opened, refresh]);

  // A draft saved, thrown away or finished in another window: show this client as it is now.
  useEffect(() => {
    if (!opened) return;
    return listenForDrafts((notice) => notice.clientKey === opened.clientKey && setRefresh((n) => n + 1));
  }, [opened]);

  useEffect(() => {
    if (opened && focusHeading.current) {
      focusHeading.current = false;
      heading.current?.focus();
    }
  }, [opened]);

  const open = async (event: Event) => {
    event.preventDefault();
    if (opening) return;
    const typed = reference;
    if (normaliseReference(typed) === '') {
      setFormError(t('error.client.emptyReference'));
      return;
    }
    setOpening(true);
    setFormError(null);
    try {
      const clientKey = await store.clientKeyFor(typed);
      const client: CurrentClient = { clientKey, masked: maskReference(typed), bsn: isBsn(typed) };
      // The reference goes no further than this function: not in the field, not in any state.
      setReference('');
      setCurrentClient(client);
      focusHeading.current = true;
      setOpened(client);
    } catch (e) {
      setFormError(errorText(e, lang));
    } finally {
      setOpening(false);
    }
  };

  const startIntake = async () => {
    if (!opened) return;
    setStartError(null);
    try {
      await store.ensureClient(opened.clientKey);
      navigate({ screen: 'intake', clientKey: opened.clientKey });
    } catch (e) {
      setStartError(e);
    }
  };

  const refHintId = 'client-ref-hint';
  const refErrorId = 'client-ref-error';

  return (
    <section class="screen client" data-testid="screen-client">
      <form class="client-form" onSubmit={open} noValidate>
        <h2 class="screen-title">{t('client.heading')}</h2>
        <label for="client-ref">{t('client.refLabel')}</label>
        <div class="client-form-row">
          <input
            id="client-ref"
            data-testid="client-ref"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={reference}
            aria-describedby={formError ? `${refHintId} ${refErrorId}` : refHintId}
            aria-invalid={formError ? 'true' : undefined}
            onInput={(e) => setReference((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button button-primary" data-testid="client-open" disabled={opening}>
            {opening ? t('client.opening') : t('client.open')}
          </button>
        </div>
        <p class="field-hint" id={refHintId}>
          {t('client.refHint')}
        </p>
        {formError ? (
          <p class="field-error" id={refErrorId} role="alert">
            {formError}
          </p>
        ) : null}
      </form>

      {opened ? (
        <div class="client-panel" data-testid="client-panel" data-client-key={opened.clientKey}>
          <h2 ref={heading} tabIndex={-1} data-testid="client-heading">
            {t('client.current', { reference: opened.masked })}
          </h2>
          {info ? <Nickname clientKey={opened.clientKey} label={info.client?.label} /> : null}
          {opened.bsn ? (
            <p class="notice notice-info" data-testid="bsn-note">
              {t('client.bsnNote')}
            </p>
          ) : null}
          {info ? <UnreadableRecords errors={info.unreadable} heading={t('client.problemsHeading')} testId="client-unreadable" /> : null}
          {startError ? (
            <p class="notice notice-error" role="alert" data-testid="start-error">
              {t('client.startError', { detail: errorText(startError, lang) })}
            </p>
          ) : null}
          {readError ? (
            <p class="notice notice-error" role="alert">
              {t('client.readError', { detail: errorText(readError, lang) })}
            </p>
          ) : info ? (
            <ClientState
              info={info}
              onStart={startIntake}
              onDiscard={async () => {
                await store.discardDraft(opened.clientKey);
                setRefresh((n) => n + 1);
              }}
              clientKey={opened.clientKey}
            />
          ) : (
            <p aria-busy="true">{t('client.loading')}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** Throwing a draft away takes two steps, so a slip of the keyboard cannot lose a half-finished intake. */
function DiscardDraft(props: { onDiscard(): Promise<void> }) {
  const { lang, t } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button type="button" class="link-button" data-testid="discard-draft" onClick={() => setConfirming(true)}>
        {t('client.discardDraft')}
      </button>
    );
  }
  return (
    <div class="client-discard" role="group" aria-label={t('client.discardDraft')}>
      <p>{t('client.discardConfirm')}</p>
      <button
        type="button"
        class="button"
        ref={confirmButton}
        data-testid="discard-draft-confirm"
        onClick={() => props.onDiscard().catch((e: unknown) => setError(t('client.discardError', { detail: errorText(e, lang) })))}
      >
        {t('client.discardYes')}
      </button>{' '}
      <button type="button" class="button" data-testid="discard-draft-cancel" onClick={() => setConfirming(false)}>
        {t('client.discardNo')}
      </button>
      {error ? (
        <p class="notice notice-error" role="alert" data-testid="discard-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ClientState(props: { info: ClientInfo; clientKey: string; onStart(): void; onDiscard(): Promise<void> }) {
  const { navigate } = useApp();
  const { lang, t } = useLanguage();
  const { info, clientKey } = props;
  const resume = info.draft !== undefined;
  const startButton = (
    <button type="button" class={`button ${info.latest && !resume ? '' : 'button-primary'}`} data-testid="start-intake" data-resume={resume ? 'true' : 'false'} onClick={props.onStart}>
      {resume ? t('client.resumeIntake') : info.latest ? t('client.newIntake') : t('client.startIntake')}
    </button>
  );
  const latest = info.latest;
  const headlines = latest ? headline(applyOverrides(latest.result, latest.overrides), lang) : null;
  return (
    <div class="client-state">
      {resume && info.draft && info.draftProgress ? (
        <div class="client-draft" data-testid="client-draft">
          <h3>{t('client.draftHeading')}</h3>
          <p>
            {t('client.draftProgress', {
              answered: info.draftProgress.answered,
              total: info.draftProgress.total,
              when: formatWhen(info.draft.updatedAt, lang),
            })}
          </p>
          <progress max={info.draftProgress.total} value={info.draftProgress.answered} aria-hidden="true" />
          <DiscardDraft onDiscard={props.onDiscard} />
        </div>
      ) : info.draftUnreadable ? (
        <div class="client-draft" data-testid="client-draft-unreadable">
          <p>{t('client.draftUnreadable')}</p>
          <DiscardDraft onDiscard={props.onDiscard} />
        </div>
      ) : null}

      {!latest ? (
        <div class="client-empty" data-testid="no-screening">
          <p class="client-empty-title">{t('client.noScreening')}</p>
          {!resume ? <p>{t('client.noScreeningHelp')}</p> : null}
        </div>
      ) : (
        <div class="client-latest" data-testid="latest-intake" data-intake-id={latest.id}>
          <h3>{t('client.latestHeading')}</h3>
          <dl class="summary">
            <div>
              <dt>{t('client.latestDate')}</dt>
              <dd data-testid="latest-date">{formatDate(latest.response.date ?? latest.completedAt, lang)}</dd>
            </div>
            <div>
              <dt>{t('client.latestLadder')}</dt>
              <dd data-testid="latest-ladder">
                {latest.result.ladder.position !== null
                  ? `${t('client.ladderPosition', { position: latest.result.ladder.position })}${latest.result.ladder.positionLabel ? ` — ${latest.result.ladder.positionLabel[lang]}` : ''}`
                  : t('client.ladderUnknown')}
              </dd>
            </div>
            <div>
              <dt>{t('client.latestRisk')}</dt>
              <dd data-testid="latest-risk" data-band={headlines?.dropoutBand ?? 'none'}>
                {headlines?.dropoutFull ?? t('client.riskNone')}
              </dd>
            </div>
            <div>
              <dt>{t('client.latestWork')}</dt>
              <dd data-testid="latest-work">{headlines?.work ?? t('client.workNone')}</dd>
            </div>
          </dl>
          <p class="client-count">{t('client.intakeCount', { count: info.intakeCount })}</p>
        </div>
      )}

      <div class="client-actions">
        {latest ? (
          <>
            <button type="button" class="button button-primary" data-testid="open-results" onClick={() => navigate({ screen: 'results', clientKey, intakeId: latest.id })}>
              {t('client.openResults')}
            </button>
            <button type="button" class="button" data-testid="open-history" onClick={() => navigate({ screen: 'history', clientKey })}>
              {t('client.openHistory')}
            </button>
            <button type="button" class="button" data-testid="open-outcomes" onClick={() => navigate({ screen: 'outcomes', clientKey })}>
              {t('client.openOutcomes')}
            </button>
          </>
        ) : null}
        {startButton}
      </div>
      <button type="button" class="link-button" data-testid="open-rights" onClick={() => navigate({ screen: 'rights', clientKey })}>
        {t('client.openRights')}
      </button>
    </div>
  );
}
