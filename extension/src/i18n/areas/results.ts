/** Strings of the results, history and outcomes screens (Dutch and English). */
export const resultsMessages = {
  'nav.results': { nl: 'Uitslag', en: 'Results' },
} as const satisfies Record<string, { nl: string; en: string }>;
