/**
 * Imported for its effect by every module that shows the results, history or outcomes screens' texts: adds
 * them to t(). Those screens load on demand, so the side panel does not load these strings to open.
 */
import { resultsMessages } from './areas/results';
import { addMessages } from './t';

addMessages(resultsMessages);
