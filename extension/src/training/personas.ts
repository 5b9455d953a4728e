/**
 * The fictional clients of training mode, joined from the one place each part lives: the demo system's page
 * data (extension/demo/clients.json: name, client number, what the client's page shows) and @trede/core's
 * personas (packages/core/examples/personas.json: the one-line story and the persona's own intake answers),
 * matched by `personaId`. test/training-personas.test.ts holds every page to its persona's answers.
 */
import type { AnswerValue, IntakeResponse, Lang } from '@trede/core';
import demo from '../../demo/clients.json';
import personas from '../../../packages/core/examples/personas.json';

export interface DemoClient {
  clientNumber: string;
  personaId: string | null;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  children: number;
  youngestChildAge: number | null;
  lastJobEnded: string | null;
  benefitSince: string;
  story?: Record<Lang, string>;
}

export interface PersonaIntake {
  date: string;
  referenceGroup: NonNullable<IntakeResponse['referenceGroup']>;
  answers: Record<string, AnswerValue>;
}

export interface TrainingPersona {
  /** The persona's id, or the client number for a demo client without a persona. */
  id: string;
  name: string;
  clientNumber: string;
  story: Record<Lang, string>;
  /** What the demo system's page shows about this client. */
  page: DemoClient;
  /** The persona's own answers; null for a demo client who has none (start with an empty intake). */
  intake: PersonaIntake | null;
}

interface CorePersona {
  id: string;
  name: string;
  summary: Record<Lang, string>;
  intake: PersonaIntake;
}

const CORE = personas as unknown as CorePersona[];

/** Every client of Werkplein Demo, in the demo's order, each with its persona where it has one. */
export const TRAINING_PERSONAS: readonly TrainingPersona[] = (demo.clients as DemoClient[]).map((page) => {
  const persona = page.personaId ? CORE.find((p) => p.id === page.personaId) : undefined;
  if (page.personaId && !persona) throw new Error(`demo client ${page.clientNumber}: no persona ${page.personaId}`);
  return {
    id: persona?.id ?? page.clientNumber,
    name: `${page.firstName} ${page.lastName}`,
    clientNumber: page.clientNumber,
    story: persona?.summary ?? page.story ?? { nl: '', en: '' },
    page,
    intake: persona?.intake ?? null,
  };
});

export function trainingPersona(id: string): TrainingPersona | undefined {
  return TRAINING_PERSONAS.find((p) => p.id === id);
}
