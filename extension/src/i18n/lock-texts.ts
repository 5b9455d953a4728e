/** Imported for its effect by the lock screens and lock settings (src/ui/lock/*): adds their strings to t(). */
import { lockMessages } from './areas/lock';
import { addMessages } from './t';

addMessages(lockMessages);
