/** The badge's training mark: only the background needs it (src/background/overlay-data.ts adds it to t()). */
export const trainingBadgeMessages = {
  'training.badge': { nl: 'Oefenen', en: 'Training' },
  'training.badgeTitle': { nl: 'Oefenmodus, verzonnen cliënt.', en: 'Training mode, fictional client.' },
} as const;
