import { cite } from '../instruments/sources.js';
import type { ActionSpec } from './model-card.js';

/**
 * Recommended actions, our own wording. An action cites a source only where that source supports the action
 * itself (not merely the risk factor); everything else is Trede's suggestion, labelled so and never cited.
 */
export const ACTIONS = {
  // TNO 2013 §4.1 suggests it ("mogelijk"); appendix 1 reports the provider's change of registration and its result.
  proactiveRegistration: {
    text: {
      nl: 'Neem zelf vroeg contact op en houd bij de aanmelding een driegesprek (cliënt, klantmanager, trajectbegeleider) in plaats van alleen een uitnodigingsbrief te sturen. In de studie viel daarna minder uit vóór de start — een ervaring, geen gemeten effect — maar de uitval tijdens het traject bleef hoog.',
      en: 'Reach out early yourself and hold a three-way conversation at registration (client, klantmanager, coach) instead of only sending an invitation letter. In the study fewer clients dropped out before the start afterwards — an experience, not a measured effect — but dropout during the trajectory stayed high.',
    },
    basis: 'source',
    citation: cite('tno2013', '§4.1 en bijlage 1 (driegesprekken bij de aanmelding)', '§4.1 and appendix 1 (three-way conversations at registration)'),
  },
  // TNO 2013 §4.2 says it only hedged ("mogelijk"); the wording keeps the hedge.
  childcare: {
    text: {
      nl: 'Mogelijk helpt het om kinderopvang vroeg te regelen, al vóór de start van het traject. De bron brengt dit voorzichtig, als mogelijkheid.',
      en: 'Arranging childcare early, before the trajectory starts, may help. The source puts this cautiously, as a possibility.',
    },
    basis: 'source',
    citation: cite('tno2013', '§4.2 (kinderopvang)', '§4.2 (childcare)'),
  },
  talkAboutAnxiety: {
    text: {
      nl: 'Bespreek de angstklachten met de cliënt en vraag of er al hulp is of nodig is.',
      en: 'Talk with the client about the anxiety complaints and ask whether help is in place or needed.',
    },
    basis: 'suggestion',
  },
  nextStep: {
    text: {
      nl: 'Bespreek met de cliënt welke volgende stap op de participatieladder haalbaar is.',
      en: 'Discuss with the client which next step on the participation ladder is within reach.',
    },
    basis: 'suggestion',
  },
  health: {
    text: {
      nl: 'Vraag door naar de gezondheid en wat die voor werk betekent.',
      en: 'Ask more about health and what it means for work.',
    },
    basis: 'suggestion',
  },
  competences: {
    text: {
      nl: 'Bespreek met de cliënt welke basiscompetenties het zwakst zijn en wat de cliënt daaraan wil doen.',
      en: 'Discuss with the client which basic competences are weakest and what the client wants to do about them.',
    },
    basis: 'suggestion',
  },
  ownership: {
    text: {
      nl: 'Maak samen met de cliënt concrete afspraken over wat de cliënt zelf doet.',
      en: 'Agree with the client on concrete steps the client takes themselves.',
    },
    basis: 'suggestion',
  },
} satisfies Record<string, ActionSpec>;
