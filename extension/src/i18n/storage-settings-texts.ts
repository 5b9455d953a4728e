/** Imported for its effect by the options page's storage section: adds its strings to t() (not in the side panel). */
import { storageSettingsMessages } from './areas/storage-settings';
import { addMessages } from './t';

addMessages(storageSettingsMessages);
