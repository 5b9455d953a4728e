/** Imported for its effect by training mode's screen and walkthrough: adds their texts to t(). */
import { trainingMessages } from './areas/training';
import { addMessages } from './t';

addMessages(trainingMessages);
