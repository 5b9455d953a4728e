import type { Text } from '../i18n/text.js';
import type { Citation } from '../instruments/types.js';

/** Recommended actions, each with the place in the source that supports it. Our own wording. */
export const ACTIONS = {
  proactiveRegistration: {
    text: {
      nl: 'Neem zelf en vroeg contact op en houd bij de aanmelding een driegesprek (cliënt, klantmanager, trajectbegeleider) in plaats van alleen een uitnodigingsbrief te sturen.',
      en: 'Reach out early and in person, and hold a three-way conversation at registration (client, klantmanager, coach) instead of only sending an invitation letter.',
    },
    citation: { source: 'tno2013', where: '§4.1 (question 3) and appendix 1: three-way conversations at registration reduced dropout before the start' },
  },
  childcare: {
    text: {
      nl: 'Regel kinderopvang vroeg, al voor de start van het traject, en bespreek hoe werk en zorg samen gaan.',
      en: 'Arrange childcare early, before the trajectory starts, and discuss how work and care can be combined.',
    },
    citation: { source: 'tno2013', where: 'table 13 (children) and §4.1' },
  },
  mentalHealth: {
    text: {
      nl: 'Bespreek de angstklachten, bied hulp vanuit de GGZ aan en kies waar mogelijk een integrale aanpak met zorg naast het traject.',
      en: 'Discuss the anxiety complaints, offer mental-health support and where possible choose an integrated approach with care alongside the trajectory.',
    },
    citation: { source: 'tno2013', where: 'table 12 (anxiety) and §4.1' },
  },
  smallerSteps: {
    text: {
      nl: 'Bij een lage positie op de ladder: plan kleinere tussenstappen (georganiseerde activiteiten, vrijwilligerswerk) en houd vaker contact.',
      en: 'With a low position on the ladder: plan smaller intermediate steps (organised activities, volunteering) and keep in closer contact.',
    },
    citation: { source: 'tno2013', where: 'tables 8 and 14 (ladder position); §4.1 citing Bosselaar & van Dodeweerd 2011' },
  },
  health: {
    text: {
      nl: 'Vraag door naar de gezondheid en betrek zo nodig de huisarts of bedrijfsarts bij de planning.',
      en: 'Ask more about health and involve the GP or occupational physician in the planning where needed.',
    },
    citation: { source: 'tno2013', where: 'table 12 (health, univariate)' },
  },
  competences: {
    text: {
      nl: 'Werk gericht aan de zwakste basiscompetenties, bijvoorbeeld met een werkervaringsplek.',
      en: 'Work on the weakest basic competences, for example through a work-experience placement.',
    },
    citation: { source: 'tno2013', where: 'tables 8, 12 and 13 (basic competences, univariate)' },
  },
  ownership: {
    text: {
      nl: 'Maak samen met de cliënt concrete afspraken over wat de cliënt zelf doet, en bespreek wat de cliënt zelf in de hand heeft.',
      en: 'Agree concrete steps the client takes themselves, and discuss what is within their own control.',
    },
    citation: { source: 'tno2013', where: '§3.4.1 (trial placement: responsibility and control, univariate)' },
  },
} satisfies Record<string, { text: Text; citation: Citation }>;
