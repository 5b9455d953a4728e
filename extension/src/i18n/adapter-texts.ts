/**
 * Imported for its effect by every module that shows adapter texts: adds the options page's strings to t().
 * The side panel never imports those modules, so it never loads these strings.
 */
import { adapterMessages } from './areas/adapters';
import { addMessages } from './t';

addMessages(adapterMessages);
