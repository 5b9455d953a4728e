import { ALL_INSTRUMENTS } from '../instruments/index.js';
import { createCatalogue, type Catalogue } from './catalogue.js';

/**
 * Every instrument Trede ships, the ladder included. A module of its own so that code which only needs the
 * instruments (an intake form, a store schema) does not pull in the scoring engine and the risk models.
 */
export const DEFAULT_CATALOGUE: Catalogue = createCatalogue(ALL_INSTRUMENTS);
