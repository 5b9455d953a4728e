/**
 * Why a value from the host page was not taken over into the intake (src/adapters/prefill.ts,
 * src/adapters/page-dates.ts). Shown by the intake screen and by the options page's test on a tab, which add
 * these with themselves (src/i18n/prefill-texts.ts): the side panel does not load them to open.
 */
export const prefillMessages = {
  'prefill.rejected': {
    nl: '“{raw}” van de pagina past niet bij de vraag ({why}); niet overgenomen.',
    en: '“{raw}” from the page does not fit the question ({why}); not taken over.',
  },
  'prefill.why.date': {
    nl: 'er staat geen volledige datum in met dag, maand en jaar, zoals 14-3-1999, 14 maart 1999 of 1999-03-14',
    en: 'it contains no full date with day, month and year, such as 14-3-1999, 14 March 1999 or 1999-03-14',
  },
  'prefill.why.dateImpossible': {
    nl: 'die dag bestaat niet: de maand heeft minder dagen, of er is geen maand met dat nummer',
    en: 'that day does not exist: the month has fewer days, or there is no month with that number',
  },
  'prefill.why.dateNotLeap': {
    nl: 'die dag bestaat niet: 29 februari is er alleen in een schrikkeljaar, en dit jaar is dat niet',
    en: 'that day does not exist: 29 February only occurs in a leap year, and this year is not one',
  },
  'prefill.why.dateMonthFirst': {
    nl: 'een datum in cijfers leest Trede altijd als dag-maand-jaar; deze klopt alleen als maand-dag-jaar (Amerikaans), en dat raadt Trede niet',
    en: 'Trede always reads a numeric date as day-month-year; this one only works as month-day-year (American), and Trede does not guess that',
  },
  'prefill.why.dateShortYear': {
    nl: 'het jaar heeft maar twee cijfers, dus de eeuw is onzeker (99 kan 1999 of 2099 zijn); Trede raadt dat niet',
    en: 'the year has only two digits, so the century is uncertain (99 could be 1999 or 2099); Trede does not guess it',
  },
  'prefill.why.number': { nl: 'geen getal', en: 'not a number' },
  'prefill.why.yesNo': { nl: 'geen ja of nee', en: 'not yes or no' },
  'prefill.why.range': { nl: 'buiten het bereik van de vraag', en: 'outside the question’s range' },
  'prefill.why.future': {
    nl: 'de datum ligt na vandaag, en een geboortedatum, een laatste baan of het begin van een uitkering kan niet in de toekomst liggen',
    en: 'the date is after today, and a date of birth, a last job or the start of a benefit cannot lie in the future',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
