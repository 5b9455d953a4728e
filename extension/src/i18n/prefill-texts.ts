/** Imported for its effect by the modules that say why a page value was not taken over: adds those strings to t(). */
import { prefillMessages } from './areas/prefill';
import { addMessages } from './t';

addMessages(prefillMessages);
