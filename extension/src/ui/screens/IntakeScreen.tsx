import type { AnswerValue, InstrumentDefinition, NormGroup, ValidationIssue } from '@trede/core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/navigation';
import { keepUntilSaved } from '../../app/pending-saves';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import '../../i18n/intake-screen-texts';
import '../../i18n/prefill-texts';
import { listenForDrafts } from '../../store/draft-notices';
import { DraftChangedError, SessionEndedError } from '../../store/errors';
import type { QuarantineRecord } from '../../store/schema';
import { formatWhen, formatTime } from '../dates';
import { DraftKeeper, type Prefilled, type SaveStatus } from '../intake/draft-keeper';
import {
  answersFor,
  countAnswered,
  enabledInstruments,
  followUpTo,
  inconsistencies,
  issueItemId,
  localDate,
  stepOfItem,
  switchedOffItems,
  type Answers,
  type ConsistencyCheck,
} from '../intake/model';
import { domId, Question } from '../intake/Question';
import type { PrefillOffer } from '../../app/page-link';

/** The first input of a question, found by its legend's id. */
function questionInput(itemId: string | null): HTMLInputElement | null {
  if (!itemId) return null;
  return document.getElementById(domId(itemId, 'legend'))?.closest('fieldset')?.querySelector('input') ?? null;
}

interface Loaded {
  instruments: InstrumentDefinition[];
  referenceGroup: NormGroup;
}

/**
 * The intake: one step per enabled instrument (catalogue order), all of its questions on one page. Every
 * answer is saved into the client's draft straight away — a typed number after a short pause, and at once
 * when the field is left, the step changes, the screen closes or the page is hidden — so closing the panel
 * or the browser loses nothing (src/ui/intake/draft-keeper.ts). The same intake open in another window
 * saves into the same draft; what it saves shows up here. Opening the screen again resumes the draft's
 * answers and step. Finishing hands the answers to the store, which scores them with @trede/core.
 */
export function IntakeScreen() {
  const { store, view, navigate, maskedReference, page } = useApp();
  const { lang, t } = useLanguage();
  const clientKey = view.screen === 'intake' ? view.clientKey : '';

  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draftReadError, setDraftReadError] = useState<unknown>(null);
  const [setAside, setSetAside] = useState<QuarantineRecord | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useState(0);
  const [resumed, setResumed] = useState<{ at: string; answered: number; total: number } | null>(null);
  const [save, setSave] = useState<SaveStatus>({ state: 'idle' });
  const [ended, setEnded] = useState<SessionEndedError | null>(null);
  const [merged, setMerged] = useState(false);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [finishError, setFinishError] = useState<unknown>(null);
  const [finishing, setFinishing] = useState(false);
  /** Answers taken from the host page (item id → adapter name) that the caseworker has not changed. */
  const [prefilled, setPrefilled] = useState<Prefilled>({});
  const [prefillNotice, setPrefillNotice] = useState<PrefillOffer | null>(null);
  const pageRef = useRef(page);
  pageRef.current = page;

  const keeper = useRef<DraftKeeper | null>(null);
  const stepRef = useRef(0);
  const live = useRef(true);
  const heading = useRef<HTMLHeadingElement>(null);
  const issuesBox = useRef<HTMLDivElement>(null);
  /** After a step change: the question to focus instead of the step heading. */
  const focusItem = useRef<string | null>(null);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  /**
   * Core's consistency rules come with the scorer (src/store/scoring.ts), loaded once the screen is open: the
   * panel opens without them, and finishing needs that chunk anyway.
   */
  const [consistency, setConsistency] = useState<ConsistencyCheck | null>(null);
  useEffect(() => {
    let current = true;
    import('../../store/scoring').then(
      (module) => current && setConsistency(() => module.checkConsistency),
      () => {}, // without the module the intake works as before, only without the warnings
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    let current = true;
    // Another client (the panel may follow the host page): start from nothing until its draft is read.
    stepRef.current = 0;
    keeper.current = null;
    setAnswers({});
    setStep(0);
    setLoaded(null);
    setResumed(null);
    setSave({ state: 'idle' });
    setEnded(null);
    setMerged(false);
    setIssues([]);
    setDraftReadError(null);
    setSetAside(null);
    setPrefilled({});
    setPrefillNotice(null);
    const events = {
      changed: (next: Answers, marks: Prefilled) => {
        if (!current) return;
        setAnswers(next);
        setPrefilled(marks);
      },
      status: (status: SaveStatus) => current && setSave(status),
      ended: (error: SessionEndedError) => current && setEnded(error),
      setAside: (record: QuarantineRecord) => {
        if (!current) return;
        setSetAside(record);
        setDraftReadError(null);
      },
      merged: () => current && setMerged(true),
    };
    (async () => {
      const settings = await store.getSettings();
      const instruments = enabledInstruments(settings.instruments);
      const kept = new DraftKeeper(store, clientKey, events, instruments[0]?.id ?? 'intake');
      let draft;
      let unreadable = false;
      try {
        draft = await store.getDraft(clientKey);
      } catch (e) {
        unreadable = true;
        if (current) setDraftReadError(e);
      }
      if (!current) return;
      keeper.current = kept;
      if (draft) {
        kept.resume(draft);
        const at = Math.max(0, instruments.findIndex((i) => i.id === draft.step));
        stepRef.current = at;
        setStep(at);
        setResumed({ at: draft.updatedAt, ...countAnswered(instruments, draft.answers) });
        setSave({ state: 'saved', at: draft.updatedAt });
      } else if (!unreadable) {
        // A new intake for the client the host page shows: take over what the page already knows.
        const offer = await pageRef.current?.prefillFor(clientKey).catch(() => null);
        if (!current) return;
        if (offer) {
          const asked = new Set(instruments.flatMap((i) => i.items.map((item) => item.id)));
          const taken = Object.fromEntries(Object.entries(offer.answers).filter(([item]) => asked.has(item)));
          for (const [item, value] of Object.entries(taken)) kept.set(item, value, { from: offer.adapterName, typing: true });
          if (Object.keys(taken).length) void kept.flush();
          setPrefillNotice({ ...offer, answers: taken });
        }
      }
      setLoaded({ instruments, referenceGroup: settings.referenceGroup });
    })().catch((e: unknown) => current && setLoadError(e));
    return () => {
      current = false;
      // Leaving the screen (or this client): what was typed but not yet saved is saved now.
      void keeper.current?.flush();
    };
  }, [store, clientKey]);

  // Locking from this page waits until what was typed is saved (src/app/pending-saves.ts).
  useEffect(() => keepUntilSaved(() => keeper.current?.flush() ?? Promise.resolve()), []);

  // Another window saved answers to this intake, or ended it: bring that in. A page that was hidden may have
  // missed a notice, so it reads the draft again when it is shown. Hiding the page saves what was typed.
  useEffect(() => {
    const stop = listenForDrafts((notice) => keeper.current?.hear(notice));
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void keeper.current?.flush();
      else void keeper.current?.refresh();
    };
    const onPageHide = () => void keeper.current?.flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);

  // Step change (and first show): tell where we are by moving focus to the step heading, or to a question.
  useEffect(() => {
    if (!loaded) return;
    const itemId = focusItem.current;
    focusItem.current = null;
    (questionInput(itemId) ?? heading.current)?.focus();
  }, [loaded, step]);

  const instruments = loaded?.instruments ?? [];
  const current = instruments[step];

  const onAnswer = useCallback((itemId: string, value: AnswerValue | undefined, options?: { typing?: boolean }) => {
    keeper.current?.set(itemId, value, { typing: options?.typing === true });
  }, []);
  const onLeaveQuestion = useCallback(() => void keeper.current?.flush(), []);

  const goTo = (index: number, itemId: string | null = null) => {
    const target = instruments[index];
    if (!target) return;
    if (index === stepRef.current) {
      (questionInput(itemId) ?? heading.current)?.focus();
      return;
    }
    focusItem.current = itemId;
    stepRef.current = index;
    setStep(index);
    keeper.current?.setStep(target.id);
  };

  const finish = async () => {
    const kept = keeper.current;
    if (!loaded || !kept || finishing) return;
    setFinishing(true);
    setIssues([]);
    setFinishError(null);
    try {
      // Everything saved and the stored draft read first: what another window saved is part of the intake.
      const { answers: all, prefilled: marks, seen } = await kept.prepareFinish();
      const answers = answersFor(loaded.instruments, all);
      // A prefilled answer to a question that no longer applies is not in the intake: neither is its mark.
      const prefilledSent = Object.fromEntries(Object.entries(marks).filter(([itemId]) => itemId in answers));
      const outcome = await store.completeIntake(
        clientKey,
        { date: localDate(), referenceGroup: loaded.referenceGroup, instruments: loaded.instruments.map((i) => i.id), answers },
        prefilledSent,
        seen,
      );
      if (outcome.ok) {
        kept.stop();
        page?.screeningChanged();
        navigate({ screen: 'results', clientKey, intakeId: outcome.intake.id });
        return;
      }
      if (!live.current) return;
      setIssues(outcome.issues);
      queueMicrotask(() => issuesBox.current?.focus());
    } catch (e) {
      if (e instanceof DraftChangedError) void kept.refresh();
      if (e instanceof SessionEndedError) setEnded(e);
      else if (live.current) setFinishError(e);
    } finally {
      if (live.current) setFinishing(false);
    }
  };

  const reference = maskedReference ?? '';
  const header = (
    <div class="intake-top">
      <button type="button" class="link-button" data-testid="intake-back" onClick={() => navigate({ screen: 'client' })}>
        <span aria-hidden="true">← </span>
        {t('intake.backToClient')}
      </button>
      {reference ? <p class="intake-client">{t('intake.forClient', { reference })}</p> : null}
    </div>
  );

  if (loadError) {
    return (
      <section class="screen intake" data-testid="screen-intake">
        {header}
        <p class="notice notice-error" role="alert">
          {errorText(loadError, lang)}
        </p>
      </section>
    );
  }
  if (!loaded) {
    return (
      <section class="screen intake" data-testid="screen-intake" aria-busy="true">
        {header}
        <p>{t('intake.loading')}</p>
      </section>
    );
  }
  if (!current) {
    return (
      <section class="screen intake" data-testid="screen-intake">
        {header}
        <p class="notice">{t('intake.noInstruments')}</p>
      </section>
    );
  }

  const { answered, total } = countAnswered(instruments, answers);
  // Questions that do not apply (skip logic) are not shown; an answer they had stays in the draft (see answersFor).
  const off = switchedOffItems(instruments, answers);
  // Contradicting answers: on the step that holds one of them, and all of them on the last step before finishing.
  const checks = (consistency ? inconsistencies(instruments, answers, consistency) : []).filter(
    (w) => step === instruments.length - 1 || w.items.some((id) => current.items.some((item) => item.id === id)),
  );
  const progressText = t('intake.progress', { answered, total });
  const stepCount = countAnswered([current], answers);
  const last = step === instruments.length - 1;
  const headingId = 'intake-step-heading';

  return (
    <section class="screen intake" data-testid="screen-intake" data-step={current.id} aria-labelledby={headingId}>
      {header}

      {ended ? (
        <div class="notice notice-error" role="alert" data-testid="session-ended" data-ending={ended.ending}>
          <p>{ended.ending === 'completed' ? t('intake.sessionCompletedHere') : t('intake.sessionDiscardedHere')}</p>
          {ended.intakeId ? (
            <button
              type="button"
              class="link-button"
              data-testid="open-stored-results"
              onClick={() => navigate({ screen: 'results', clientKey, intakeId: ended.intakeId! })}
            >
              {t('intake.openStoredResults')}
            </button>
          ) : null}
        </div>
      ) : null}
      {draftReadError ? (
        <p class="notice notice-error" role="alert" data-testid="draft-unreadable">
          {t('intake.draftUnreadable', { detail: errorText(draftReadError, lang) })}
        </p>
      ) : null}
      {setAside ? (
        <p class="notice notice-warn" role="status" data-testid="draft-set-aside">
          {t('intake.draftSetAside', { store: setAside.store, key: setAside.key, id: setAside.id ?? '' })}
        </p>
      ) : null}
      {merged && !ended ? (
        <p class="notice notice-info" role="status" data-testid="draft-merged">
          {t('intake.updatedElsewhere')}
        </p>
      ) : null}
      {prefillNotice && (Object.keys(prefillNotice.answers).length || prefillNotice.rejected.length) ? (
        <div class="notice notice-info" data-testid="prefill-notice">
          {Object.keys(prefillNotice.answers).length ? <p>{t('prefill.applied', { count: Object.keys(prefillNotice.answers).length })}</p> : null}
          {prefillNotice.rejected.map((r) => (
            <p key={r.item}>{t('prefill.rejected', { raw: r.raw, why: t(`prefill.why.${r.why}`) })}</p>
          ))}
        </div>
      ) : null}
      {resumed ? (
        <p class="notice notice-info" data-testid="draft-resumed">
          {t('intake.draftResumed', { when: formatWhen(resumed.at, lang), answered: resumed.answered, total: resumed.total })}
        </p>
      ) : null}

      <div class="intake-status">
        <div
          class="progress"
          data-testid="intake-progress"
          role="progressbar"
          aria-label={t('intake.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answered}
          aria-valuetext={progressText}
        >
          <div class="progress-track" aria-hidden="true">
            <div class="progress-fill" style={{ width: `${total ? (100 * answered) / total : 0}%` }} />
          </div>
          <span class="progress-text">{progressText}</span>
        </div>
        <p class="draft-status" data-testid="draft-status" data-state={save.state} role="status" aria-live="polite">
          {save.state === 'saved' || (save.state === 'saving' && save.at)
            ? t('intake.draftSaved', { time: formatTime(save.state === 'saved' ? save.at : (save.at ?? ''), lang) })
            : save.state === 'saving'
              ? t('intake.draftSaving')
              : save.state === 'error'
                ? t('intake.draftError', { detail: errorText(save.error, lang) })
                : ''}
        </p>
      </div>

      <nav class="intake-steps" aria-label={t('intake.stepsNav')}>
        <ol>
          {instruments.map((instrument, index) => {
            const counts = countAnswered([instrument], answers);
            return (
              <li key={instrument.id}>
                <button
                  type="button"
                  class="step-button"
                  data-testid={`intake-step-${instrument.id}`}
                  aria-current={index === step ? 'step' : undefined}
                  onClick={() => goTo(index)}
                >
                  {instrument.title[lang]}{' '}
                  <span class="step-count">
                    {counts.answered}/{counts.total}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <div class="intake-step">
        <p class="step-of">{t('intake.step', { step: step + 1, steps: instruments.length })}</p>
        <h2 id={headingId} ref={heading} tabIndex={-1} data-testid="intake-step-heading">
          {current.title[lang]}
        </h2>
        <p class="step-description">{current.description[lang]}</p>
        <p class="step-answered">{t('intake.stepAnswered', stepCount)}</p>

        <div class="questions" key={current.id}>
          {current.items
            .filter((item) => !off.has(item.id))
            .map((item) => (
              <Question
                key={item.id}
                item={item}
                instrument={current}
                value={answers[item.id]}
                onAnswer={onAnswer}
                onLeave={onLeaveQuestion}
                prefilledFrom={prefilled[item.id]}
                followUpTo={followUpTo(item, current)?.text[lang]}
              />
            ))}
        </div>
        {/* Always in the page, so that a screen reader announces a warning when it appears; never blocking. */}
        <div role="status" aria-live="polite" data-testid="intake-checks" class={checks.length ? 'notice notice-warn' : undefined}>
          {checks.length ? (
            <>
              <p>{t('intake.checksHeading')}</p>
              <ul>
                {checks.map((warning) => (
                  <li key={warning.items.join(' ')} data-testid="intake-check" data-items={warning.items.join(' ')}>
                    {warning.message[lang]}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>

      {issues.length ? (
        <div class="notice notice-error" role="alert" tabIndex={-1} ref={issuesBox} data-testid="intake-issues">
          <p>{t('intake.issuesHeading')}</p>
          <ul>
            {issues.map((issue, i) => {
              const itemId = issueItemId(issue.path);
              const at = stepOfItem(instruments, itemId);
              return (
                <li key={i}>
                  {issue.message[lang]}{' '}
                  {at >= 0 ? (
                    <button type="button" class="link-button" onClick={() => goTo(at, itemId)}>
                      {t('intake.goToQuestion')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {finishError ? (
        <p class="notice notice-error" role="alert">
          {t('intake.finishError', { detail: errorText(finishError, lang) })}
        </p>
      ) : null}

      {last && answered < total ? <p class="intake-left">{t('intake.unansweredLeft', { count: total - answered })}</p> : null}
      <div class="intake-nav">
        <button type="button" class="button" data-testid="intake-prev" disabled={step === 0} onClick={() => goTo(step - 1)}>
          <span aria-hidden="true">← </span>
          {t('intake.prev')}
        </button>
        {last ? (
          <button type="button" class="button button-primary" data-testid="intake-finish" disabled={finishing} aria-busy={finishing} onClick={finish}>
            {finishing ? t('intake.finishing') : t('intake.finish')}
          </button>
        ) : (
          <button type="button" class="button button-primary" data-testid="intake-next" onClick={() => goTo(step + 1)}>
            {t('intake.next')}
            <span aria-hidden="true"> →</span>
          </button>
        )}
      </div>
    </section>
  );
}
