/** Strings of the client and intake screens (Dutch and English). */
export const intakeMessages = {
  'nav.client': { nl: 'Cliënt', en: 'Client' },
} as const satisfies Record<string, { nl: string; en: string }>;
