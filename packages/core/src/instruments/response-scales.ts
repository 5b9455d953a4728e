import type { ResponseScale } from './types.js';

/** Shared response scales. Labels are our own wording. */

export const AGREE_5: ResponseScale = {
  id: 'agree-5',
  min: 1,
  max: 5,
  options: [
    { value: 1, label: { nl: 'Helemaal mee oneens', en: 'Strongly disagree' } },
    { value: 2, label: { nl: 'Mee oneens', en: 'Disagree' } },
    { value: 3, label: { nl: 'Niet mee eens, niet mee oneens', en: 'Neither agree nor disagree' } },
    { value: 4, label: { nl: 'Mee eens', en: 'Agree' } },
    { value: 5, label: { nl: 'Helemaal mee eens', en: 'Strongly agree' } },
  ],
};

/** TNO 2013 short form of the DASS: 1 = almost never … 4 = very often, about the past week. */
export const FREQUENCY_1_4: ResponseScale = {
  id: 'frequency-1-4',
  min: 1,
  max: 4,
  options: [
    { value: 1, label: { nl: 'Bijna nooit', en: 'Almost never' } },
    { value: 2, label: { nl: 'Soms', en: 'Sometimes' } },
    { value: 3, label: { nl: 'Vaak', en: 'Often' } },
    { value: 4, label: { nl: 'Heel vaak', en: 'Very often' } },
  ],
};

/** Full DASS-21: 0 … 3, how much a statement applied over the past week. */
export const APPLIED_0_3: ResponseScale = {
  id: 'applied-0-3',
  min: 0,
  max: 3,
  options: [
    { value: 0, label: { nl: 'Helemaal niet van toepassing', en: 'Not at all' } },
    { value: 1, label: { nl: 'Een beetje of af en toe', en: 'A little, or now and then' } },
    { value: 2, label: { nl: 'Behoorlijk of een flink deel van de tijd', en: 'Quite a bit, or a good part of the time' } },
    { value: 3, label: { nl: 'Heel erg of meestal', en: 'Very much, or most of the time' } },
  ],
};
