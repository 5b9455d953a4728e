/** The few training-mode strings the side panel needs to open: the marker on every screen and the way in. */
export const trainingMarkerMessages = {
  'training.marker': { nl: 'Oefenmodus: verzonnen cliënten, geen echt werk', en: 'Training mode: fictional clients, not real work' },
  'training.open': { nl: 'Oefenen', en: 'Training' },
} as const;
