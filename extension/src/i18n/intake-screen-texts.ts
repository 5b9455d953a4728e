/** Imported for its effect by the intake screen's modules: adds their strings to t() when that screen loads. */
import { intakeScreenMessages } from './areas/intake-screen';
import { addMessages } from './t';

addMessages(intakeScreenMessages);
