import type { ModelCard } from '../model-card.js';
import { beforeStartCard } from './before-start.js';
import { duringDirectCard } from './during-direct.js';
import { duringIntegratedCard } from './during-integrated.js';
import { outflowCard } from './outflow.js';

export { beforeStartCard, duringDirectCard, duringIntegratedCard, outflowCard };
/** The after-placement moment is a checklist card, not a model card: evaluate-placement.ts applies it. */
export { afterPlacementCard } from './after-placement.js';

/** The four model cards, in the order of the moments. */
export const MODEL_CARDS: readonly ModelCard[] = [beforeStartCard, duringIntegratedCard, duringDirectCard, outflowCard];

/** The model card with this id, or undefined. */
export function getModelCard(id: string): ModelCard | undefined {
  return MODEL_CARDS.find((card) => card.id === id);
}
