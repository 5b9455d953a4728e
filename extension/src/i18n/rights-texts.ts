/**
 * Imported for its effect by every module that shows the client's rights, the retention and initials
 * settings or the audit trail: adds their strings to t(). The side panel loads them only with those screens.
 */
import { rightsMessages } from './areas/rights';
import { addMessages } from './t';

addMessages(rightsMessages);
