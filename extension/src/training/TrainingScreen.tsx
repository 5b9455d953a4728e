/**
 * Training mode's screen (loaded on demand): the switch, the fictional clients of Werkplein Demo, filling a
 * persona's own answers step by step, the guided walkthrough and "Reset training data".
 */
import { DEFAULT_CATALOGUE, formatNumber, type Lang, type ScaleResult } from '@trede/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../app/navigation';
import { errorText } from '../errors';
import { useLanguage } from '../i18n/context';
import '../i18n/training-texts';
import type { MessageKey } from '../i18n/t';
import { isBsn, maskReference } from '../reference';
import { endOfPart, filledItems, fillItems, fillParts, partsDone, scoresAfter } from './fill';
import { loadScorer, type ScoringSettings } from './score';
import { trainingOn } from './mode';
import { setTrainingMode } from './mode-switch';
import { TRAINING_PERSONAS, type TrainingPersona } from './personas';
import { RESET_STORES, resetTrainingData, type ResetCounts } from './reset';
import { readWalkPlace, saveWalkPlace, Walkthrough, type WalkPlace } from './Walkthrough';

export function TrainingScreen() {
  const { lang, t } = useLanguage();
  const { navigate, store } = useApp();
  const [settings, setSettings] = useState<ScoringSettings | undefined>(undefined);
  const [adapterReady, setAdapterReady] = useState(false);
  const [training] = useState(trainingOn);
  const [error, setError] = useState<string | null>(null);
  /** The persona being filled; `opened` tells each press of "open with own answers" apart (a fresh panel). */
  const [filling, setFilling] = useState<{ persona: TrainingPersona; opened: number } | null>(null);
  const [walk, setWalk] = useState<WalkPlace | null>(null);
  const [saved, setSaved] = useState<WalkPlace | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    readWalkPlace().then(setSaved, () => setSaved(null));
    store.getSettings().then((s) => setSettings({ approach: s.approach, referenceGroup: s.referenceGroup }), () => {});
    // The walkthrough says the overlay is set up when an adapter for the demo (a preset's id) is saved.
    store.listAdapters().then((l) => setAdapterReady(l.items.some((r) => r.adapter.id.startsWith('werkplein-demo'))), () => {});
  }, []);
  // On opening, and on coming back from the walkthrough: the keyboard goes on from the screen's heading.
  useEffect(() => {
    if (!walk) heading.current?.focus();
  }, [walk]);

  const switchTo = async (on: boolean) => {
    try {
      await setTrainingMode(on);
      // This page opens its store once, at the start: it starts again on the other database.
      location.reload();
    } catch (e) {
      setError(t('training.switchFailed', { detail: errorText(e, lang) }));
    }
  };

  if (walk) {
    return (
      <Walkthrough
        place={walk}
        settings={settings}
        adapterReady={adapterReady}
        onLeave={(place) => {
          setSaved(place);
          setWalk(null);
        }}
      />
    );
  }

  return (
    <section class="training" aria-labelledby="training-heading" data-testid="training-screen">
      <h2 id="training-heading" tabIndex={-1} ref={heading}>
        {t('training.title')}
      </h2>
      <p>{t('training.about')}</p>
      {error ? (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {!training ? (
        <button type="button" class="button button-primary" data-testid="training-on" onClick={() => void switchTo(true)}>
          {t('training.switchOn')}
        </button>
      ) : (
        <>
          {saved ? (
            <p class="training-resume">
              <button type="button" class="button button-primary" data-testid="walk-resume" onClick={() => setWalk(saved)}>
                {t('walk.resume', { step: saved.step + 1 })}
              </button>
            </p>
          ) : null}
          {filling ? <FillPanel key={filling.opened} persona={filling.persona} onClose={() => setFilling(null)} /> : null}
          <PersonaPicker onFill={(persona) => setFilling({ persona, opened: Date.now() })} onWalk={(persona) => setWalk({ personaId: persona.id, step: 0 })} />
          <ResetTraining onReset={() => setSaved(null)} />
          <p>
            <button type="button" class="button" data-testid="training-off" onClick={() => void switchTo(false)}>
              {t('training.switchOff')}
            </button>
          </p>
        </>
      )}
      <button type="button" class="link-button" data-testid="training-back" onClick={() => navigate({ screen: 'client' })}>
        {t('training.back')}
      </button>
    </section>
  );
}

/** Every fictional client with a one-line story; opening one is what opening the client's page would do. */
function PersonaPicker(props: { onFill(persona: TrainingPersona): void; onWalk(persona: TrainingPersona): void }) {
  const { lang, t } = useLanguage();
  const { store, navigate, setCurrentClient } = useApp();
  const [error, setError] = useState<string | null>(null);

  const open = async (persona: TrainingPersona, filled: boolean) => {
    setError(null);
    try {
      const clientKey = await store.clientKeyFor(persona.clientNumber);
      await store.ensureClient(clientKey);
      setCurrentClient({ clientKey, masked: maskReference(persona.clientNumber), bsn: isBsn(persona.clientNumber) });
      if (filled) props.onFill(persona);
      else navigate({ screen: 'client' });
    } catch (e) {
      setError(t('training.openFailed', { detail: errorText(e, lang) }));
    }
  };

  return (
    <section aria-labelledby="training-personas">
      <h3 id="training-personas">{t('training.personas')}</h3>
      <p class="field-hint">{t('training.personasHint')}</p>
      {error ? (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul class="training-personas" data-testid="persona-list">
        {TRAINING_PERSONAS.map((persona) => (
          <li key={persona.id} data-testid="persona" data-persona={persona.id}>
            <strong>{persona.name}</strong> <span class="muted">({t('training.clientNumber', { number: persona.clientNumber })})</span>
            <p>{persona.story[lang]}</p>
            <div class="training-actions">
              <button type="button" class="button" data-testid="persona-open-empty" onClick={() => void open(persona, false)}>
                {t('training.openEmpty')}
              </button>
              {persona.intake ? (
                <>
                  <button type="button" class="button" data-testid="persona-open-filled" onClick={() => void open(persona, true)}>
                    {t('training.openFilled')}
                  </button>
                  <button type="button" class="button" data-testid="persona-walk" onClick={() => props.onWalk(persona)}>
                    {t('walk.start', { name: persona.page.firstName })}
                  </button>
                </>
              ) : (
                <span class="muted">{t('training.noAnswers')}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The persona's answers into the draft one answer or one questionnaire at a time, with the scores core gives so far. */
function FillPanel(props: { persona: TrainingPersona; onClose(): void }) {
  const { lang, t } = useLanguage();
  const { store, navigate, currentClient } = useApp();
  const intake = props.persona.intake!;
  const parts = fillParts(intake);
  const items = fillItems(parts);
  const [done, setDone] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [scores, setScores] = useState<{ now: ScaleResult[]; before: ScaleResult[] }>({ now: [], before: [] });
  const heading = useRef<HTMLHeadingElement>(null);

  const showScores = async (from: number, to: number) => {
    const { approach, referenceGroup } = await store.getSettings();
    const scorer = await loadScorer(approach);
    const settings = { approach, referenceGroup };
    setScores({ before: scoresAfter(scorer, intake, items, from, settings), now: scoresAfter(scorer, intake, items, to, settings) });
    setDone(to);
  };

  // Opened again for a draft that already holds some of the persona's answers: go on from there.
  useEffect(() => {
    heading.current?.focus();
    if (!currentClient) return;
    store.getDraft(currentClient.clientKey).then(
      (draft) => {
        const already = draft ? filledItems(items, draft.answers) : 0;
        if (already > 0) void showScores(already, already).catch(() => {});
      },
      () => {},
    );
  }, []);

  /** Fills the answers up to `to` (one answer, or the rest of the part) into the draft, then shows the scores. */
  const fillTo = async (to: number) => {
    if (done >= items.length || !currentClient) return;
    setError(null);
    try {
      const answers = Object.fromEntries(items.slice(done, to).map((i) => [i.id, i.value]));
      await store.saveDraft(currentClient.clientKey, answers, items[to - 1]!.part);
      await showScores(done, to);
    } catch (e) {
      setError(t('training.fill.failed', { detail: errorText(e, lang) }));
    }
  };

  const next = items[done];
  return (
    <section class="training-fill" aria-labelledby="training-fill-heading" data-testid="fill-panel">
      <h3 id="training-fill-heading" tabIndex={-1} ref={heading}>
        {t('training.fill.title', { name: props.persona.page.firstName })}
      </h3>
      <p role="status" data-testid="fill-progress" data-done={done}>
        {t('training.fill.progress', { done, total: items.length, parts: partsDone(items, done), partsTotal: parts.length })}
      </p>
      {next ? (
        <div class="training-actions">
          <button type="button" class="button" data-testid="fill-answer" onClick={() => void fillTo(done + 1)}>
            {t('training.fill.nextAnswer', { question: DEFAULT_CATALOGUE.items.get(next.id)?.item.text[lang] ?? next.id })}
          </button>
          <button type="button" class="button button-primary" data-testid="fill-next" onClick={() => void fillTo(endOfPart(items, done))}>
            {t('training.fill.next', { part: instrumentTitle(next.part, lang) })}
          </button>
        </div>
      ) : (
        <p>{t('training.fill.done')}</p>
      )}{' '}
      <button
        type="button"
        class="button"
        data-testid="fill-to-intake"
        onClick={() => {
          if (currentClient) navigate({ screen: 'intake', clientKey: currentClient.clientKey });
          props.onClose();
        }}
      >
        {t('training.fill.toIntake')}
      </button>
      {error ? (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {scores.now.length ? (
        <table class="training-table" data-testid="fill-scores">
          <caption>{t('training.fill.scores')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.fill.scale')}</th>
              <th scope="col">{t('training.fill.score')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.now.map((s) => {
              const before = scores.before.find((b) => b.id === s.id);
              const moved = before && before.score !== s.score;
              return (
                <tr key={s.id} data-scale={s.id} data-moved={!before || moved ? 'true' : 'false'}>
                  <th scope="row">{s.title[lang]}</th>
                  <td>
                    {formatScore(s, lang)}
                    {!before ? <em class="training-new"> ({t('training.fill.changed')})</em> : null}
                    {moved ? <em class="training-new"> ({t('training.fill.was', { score: formatScore(before, lang) })})</em> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function instrumentTitle(id: string, lang: Lang): string {
  return DEFAULT_CATALOGUE.instruments.find((i) => i.id === id)?.title[lang] ?? id;
}

const formatScore = (s: ScaleResult, lang: Lang) => (s.score === null ? '' : formatNumber(s.score, lang));

/** Reset, confirmed first, then a line that says what it removed. */
function ResetTraining(props: { onReset(): void }) {
  const { lang, t } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const result = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (message) result.current?.focus();
  }, [message]);

  const reset = async () => {
    setConfirming(false);
    try {
      const removed = await resetTrainingData();
      // The walkthrough starts from its first step again too.
      await saveWalkPlace(null).catch(() => {});
      props.onReset();
      setMessage({ ok: true, text: removedText(removed, t) });
    } catch (e) {
      setMessage({ ok: false, text: t('training.resetFailed', { detail: errorText(e, lang) }) });
    }
  };

  return (
    <section aria-labelledby="training-reset">
      <h3 id="training-reset">{t('training.reset')}</h3>
      {confirming ? (
        <div role="group" aria-labelledby="training-reset">
          <p>{t('training.resetConfirm')}</p>
          <button type="button" class="button" ref={confirm} data-testid="reset-confirm" onClick={() => void reset()}>
            {t('training.resetYes')}
          </button>{' '}
          <button type="button" class="button" data-testid="reset-cancel" onClick={() => setConfirming(false)}>
            {t('training.resetNo')}
          </button>
        </div>
      ) : (
        <button type="button" class="button" data-testid="reset-training" onClick={() => setConfirming(true)}>
          {t('training.reset')}
        </button>
      )}
      {message ? (
        <p class={`notice ${message.ok ? 'notice-ok' : 'notice-error'}`} role={message.ok ? 'status' : 'alert'} tabIndex={-1} ref={result} data-testid="reset-result">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

export function removedText(counts: ResetCounts, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const parts = RESET_STORES.filter((s) => (counts[s] ?? 0) > 0).map((s) => t(`training.count.${s}` as MessageKey, { count: counts[s] ?? 0 }));
  return parts.length ? t('training.resetDone', { removed: parts.join(', ') }) : t('training.resetNothing');
}
