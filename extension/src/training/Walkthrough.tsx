/**
 * The guided walkthrough on screen: one step at a time, with the persona's own numbers (walkthrough.ts).
 * Buttons only, so it works by keyboard; each step change moves focus to the step's heading, so a screen
 * reader reads it. The place is kept in the mode database, so leaving resumes where it was left.
 */
import type { IntakeResult } from '@trede/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLanguage } from '../i18n/context';
import '../i18n/training-texts';
import { readModeValue, writeModeValue } from './mode-switch';
import { trainingPersona, type TrainingPersona } from './personas';
import { loadScorer, personaResponse, type ScoringSettings } from './score';
import { walkthrough, type ScoredPersona, type WalkTable } from './walkthrough';

export interface WalkPlace {
  personaId: string;
  step: number;
}

const PLACE_KEY = 'walkthrough';

/** The place the walkthrough was left at; null when none, or when what is stored is no place (it is ignored). */
export async function readWalkPlace(): Promise<WalkPlace | null> {
  const raw = (await readModeValue(PLACE_KEY)) as Partial<WalkPlace> | undefined;
  if (!raw || typeof raw.personaId !== 'string' || !Number.isInteger(raw.step) || raw.step! < 0) return null;
  const persona = trainingPersona(raw.personaId);
  return persona?.intake ? { personaId: raw.personaId, step: raw.step! } : null;
}

export const saveWalkPlace = (place: WalkPlace | null): Promise<void> => writeModeValue(PLACE_KEY, place);

const isScored = (p: TrainingPersona | undefined): p is ScoredPersona => !!p?.intake;

/**
 * The walkthrough for one persona. `settings` are the panel's (approach, reference group), so the numbers are
 * those the panel shows for this client.
 */
export function Walkthrough(props: { place: WalkPlace; settings?: ScoringSettings; adapterReady?: boolean; onLeave(place: WalkPlace | null): void }) {
  const { lang, t } = useLanguage();
  const persona = trainingPersona(props.place.personaId);
  const [result, setResult] = useState<IntakeResult | null>(null);
  useEffect(() => {
    if (!isScored(persona)) return;
    let live = true;
    void loadScorer(props.settings?.approach).then((scorer) => live && setResult(scorer.score(personaResponse(`walk-${persona.id}`, persona.intake, props.settings))));
    return () => {
      live = false;
    };
  }, [persona, props.settings]);
  const steps = useMemo(() => (isScored(persona) && result ? walkthrough(persona, result, lang, props.adapterReady) : []), [persona, result, lang, props.adapterReady]);
  const [index, setIndex] = useState(props.place.step);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!steps.length) return;
    heading.current?.focus();
    void saveWalkPlace({ personaId: props.place.personaId, step: index }).catch(() => {});
  }, [index, steps.length]);

  // A stored place past the end (a shorter walkthrough since) shows the last step.
  const at = Math.min(index, Math.max(0, steps.length - 1));
  const step = steps[at];
  if (!persona || !step) return <p aria-busy="true">{t('app.loading')}</p>;
  const last = at === steps.length - 1;
  // The place is written before the screen changes, so closing the panel right after loses nothing.
  const leaveAt = (place: WalkPlace | null) => {
    void saveWalkPlace(place)
      .catch(() => {})
      .then(() => props.onLeave(place));
  };
  const finish = () => leaveAt(null);
  const leave = () => leaveAt({ personaId: persona.id, step: at });
  return (
    <section class="walkthrough" aria-labelledby="walk-step-heading" data-testid="walkthrough" data-step={step.id} data-index={at}>
      <p class="walk-context">
        {t('walk.title')} · {persona.page.firstName} · <span data-testid="walk-position">{t('walk.stepOf', { step: at + 1, total: steps.length })}</span>
      </p>
      <h2 id="walk-step-heading" tabIndex={-1} ref={heading}>
        {step.title}
      </h2>
      {step.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {step.table ? <WalkTableView table={step.table} /> : null}
      <nav class="walk-nav" aria-label={t('walk.steps')}>
        <button type="button" class="button" data-testid="walk-previous" disabled={at === 0} onClick={() => setIndex(at - 1)}>
          {t('walk.previous')}
        </button>{' '}
        {last ? (
          <button type="button" class="button button-primary" data-testid="walk-done" onClick={finish}>
            {t('walk.finished')}
          </button>
        ) : (
          <button type="button" class="button button-primary" data-testid="walk-next" onClick={() => setIndex(at + 1)}>
            {t('walk.next')}
          </button>
        )}{' '}
        <button type="button" class="button" data-testid="walk-leave" onClick={leave}>
          {t('walk.leave')}
        </button>{' '}
        <button type="button" class="link-button" data-testid="walk-restart" onClick={() => setIndex(0)}>
          {t('walk.restart')}
        </button>
      </nav>
    </section>
  );
}

function WalkTableView(props: { table: WalkTable }) {
  const { table } = props;
  return (
    <table class="training-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.head.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (c === 0 ? <th scope="row" key={c}>{cell}</th> : <td key={c}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
