/** Strings of the results, history and outcomes screens (Dutch and English). */
export const resultsMessages = {
  'nav.results': { nl: 'Uitslag', en: 'Results' },
  'nav.history': { nl: 'Geschiedenis', en: 'History' },
  'nav.outcomes': { nl: 'Uitkomsten', en: 'Outcomes' },
  'nav.backToClient': { nl: 'Terug naar cliënt', en: 'Back to client' },
  'nav.latestResults': { nl: 'Laatste uitslag', en: 'Latest results' },
  'nav.label': { nl: 'Navigatie cliënt', en: 'Client navigation' },
  'results.client': { nl: 'Cliënt {reference}', en: 'Client {reference}' },

  // Loading and errors
  'results.loading': { nl: 'Uitslag laden…', en: 'Loading results…' },
  'results.notFound': { nl: 'Deze intake is niet gevonden.', en: 'This intake was not found.' },
  'results.loadError': { nl: 'De intake kon niet worden gelezen: {detail}', en: 'The intake could not be read: {detail}' },

  // Results: header
  'results.title': { nl: 'Uitslag intake', en: 'Intake results' },
  'results.date': { nl: 'Datum', en: 'Date' },
  'results.comparedWith': { nl: 'Vergeleken met', en: 'Compared with' },
  'results.group.total': { nl: 'totale referentiegroep (TNO 2013)', en: 'total reference group (TNO 2013)' },
  'results.group.control': { nl: 'controlegroep, directe bemiddeling (TNO 2013)', en: 'control group, direct mediation (TNO 2013)' },
  'results.group.intervention': { nl: 'interventiegroep, integrale aanpak (TNO 2013)', en: 'intervention group, integrated approach (TNO 2013)' },
  'results.groupShort.total': { nl: 'totaal', en: 'total' },
  'results.groupShort.control': { nl: 'controlegroep', en: 'control group' },
  'results.groupShort.intervention': { nl: 'interventiegroep', en: 'intervention group' },

  // Scales
  'results.scales': { nl: 'Scores', en: 'Scores' },
  'results.scale.score': { nl: '{score} (bereik {min}–{max})', en: '{score} (range {min}–{max})' },
  // {place}: core's words for the place in the reference group (a percentile only where one is meaningful)
  'results.scale.place': { nl: '{place} ({group}, {citation})', en: '{place} ({group}, {citation})' },
  'results.scale.placeChart': {
    nl: 'Plaats in de referentiegroep: percentiel {percentile}',
    en: 'Place in the reference group: percentile {percentile}',
  },
  'results.scale.answered': { nl: '{answered} van {total} vragen beantwoord', en: '{answered} of {total} questions answered' },
  'results.scale.prorated': { nl: 'aangevuld voor ontbrekende vragen', en: 'prorated for missing questions' },
  'results.scale.higherIs.better': { nl: 'hoger is gunstiger', en: 'higher is better' },
  'results.scale.higherIs.worse': { nl: 'hoger is ongunstiger', en: 'higher is worse' },
  'results.scale.noScore': { nl: 'Geen score', en: 'No score' },
  'results.scale.band': { nl: 'Band: {band}', en: 'Band: {band}' },

  // Ladder
  'results.ladder': { nl: 'Participatieladder', en: 'Participation ladder' },
  'results.ladder.position': { nl: 'Positie {position} van 12', en: 'Position {position} of 12' },
  'results.ladder.rung': { nl: 'Trede {rung}', en: 'Rung {rung}' },
  'results.ladder.withGrowth': { nl: 'met groeipotentieel', en: 'with growth potential' },
  'results.ladder.withoutGrowth': { nl: 'zonder groeipotentieel', en: 'without growth potential' },
  'results.ladder.growthUnknown': { nl: 'groeipotentieel onbekend', en: 'growth potential unknown' },
  'results.ladder.imgPlaced': {
    nl: 'Participatieladder met 6 treden en 12 posities. De cliënt staat op positie {position} van 12: trede {rung}, {rungLabel}, {growth}.',
    en: 'Participation ladder with 6 rungs and 12 positions. The client is at position {position} of 12: rung {rung}, {rungLabel}, {growth}.',
  },
  'results.ladder.imgRungOnly': {
    nl: 'Participatieladder met 6 treden. De cliënt staat op trede {rung}, {rungLabel}; het groeipotentieel is onbekend.',
    en: 'Participation ladder with 6 rungs. The client is on rung {rung}, {rungLabel}; growth potential is unknown.',
  },
  'results.ladder.imgNone': {
    nl: 'Participatieladder met 6 treden en 12 posities; de cliënt kon niet worden geplaatst.',
    en: 'Participation ladder with 6 rungs and 12 positions; the client could not be placed.',
  },
  'results.ladder.legend': {
    nl: 'Per trede: links zonder, rechts met groeipotentieel. De pijl wijst naar de volgende trede.',
    en: 'Per rung: left without, right with growth potential. The arrow points to the next rung.',
  },

  // Risks: band words, effects, flag kinds and significance come from @trede/core (one vocabulary)
  'results.section.dropout': {
    nl: 'Hoe de kans op uitval van deze cliënt zich verhoudt tot die in de studiegroep. Een hogere kans vraagt aandacht.',
    en: "How this client's chance of dropping out compares with the study group's. A higher chance calls for attention.",
  },
  'results.section.work': {
    nl: 'Apart van uitval: de kans dat de cliënt de uitkering verlaat voor werk of studie. Hier vraagt een lágere kans aandacht.',
    en: 'Apart from dropout: the chance that the client leaves benefit for work or study. Here a lower chance calls for attention.',
  },
  'results.risk.studyGroup': { nl: '(studiegroep: {frequency})', en: '(study group: {frequency})' },
  'results.risk.percentages': { nl: '· {probability}, studiegroep {baseRate}', en: '· {probability}, study group {baseRate}' },
  'results.risk.oddsFactor': { nl: 'odds × {factor} t.o.v. het groepsgemiddelde', en: 'odds × {factor} against the group average' },
  'results.risk.association': {
    nl: 'Samenhang, geen oorzaak: deze factoren hangen samen met de uitkomst bij de cliënten van één organisatie.',
    en: "Association, not cause: these factors go with the outcome among one organisation's clients.",
  },
  'results.risk.contrary': { nl: 'Maar: {text}', en: 'But: {text}' },
  'results.risk.aboutModel': { nl: 'Over dit model (N = {n}, één organisatie)', en: 'About this model (N = {n}, one organisation)' },
  'results.risk.factors': { nl: 'Factoren in het model', en: 'Factors in the model' },
  'results.risk.modifiable': { nl: 'te beïnvloeden', en: 'can be changed' },
  'results.risk.notModifiable': { nl: 'niet te beïnvloeden', en: 'cannot be changed' },
  'results.risk.attention': { nl: 'Aandachtspunten', en: 'Points of attention' },
  'results.risk.attentionNote': {
    nl: 'Alleen in enkelvoudige analyse met de uitkomst verbonden: tellen niet mee in de kans.',
    en: 'Linked to the outcome in univariate analysis only: not part of the chance.',
  },
  'results.risk.flags': { nl: 'Signalen', en: 'Signals' },
  'results.risk.actions': { nl: 'Aanbevolen acties', en: 'Recommended actions' },
  'results.risk.moreActions': { nl: 'Verder aanbevolen', en: 'Also recommended' },
  'results.risk.flagsUnknown': { nl: '{count} punten niet nagegaan', en: '{count} points not assessed' },
  'results.risk.sources': { nl: 'Bronnen', en: 'Sources' },
  'results.risk.source': { nl: 'Bron: {citation}', en: 'Source: {citation}' },

  // Overrides
  'results.override.open': { nl: 'Eigen inschatting', en: 'Own judgement' },
  'results.override.title': { nl: 'Eigen inschatting van de kans', en: 'Own judgement of the chance' },
  'results.override.band': { nl: 'Band volgens u', en: 'Band in your judgement' },
  'results.override.reason': { nl: 'Reden (verplicht)', en: 'Reason (required)' },
  'results.override.reasonNeeded': {
    nl: 'Geef een reden van 3 tot 500 tekens; die wordt bewaard bij de inschatting. Noteer geen naam, adres of BSN: Trede weigert een BSN, klantnummer, telefoonnummer, e-mailadres, IBAN of postcode, maar herkent een naam of adres niet altijd.',
    en: 'Give a reason of 3 to 500 characters; it is kept with the judgement. Do not write a name, address or BSN: Trede refuses a BSN, client number, phone number, e-mail address, IBAN or postcode, but cannot always recognise a name or an address.',
  },
  'results.override.save': { nl: 'Inschatting opslaan', en: 'Save judgement' },
  'results.override.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'results.override.saved': { nl: 'Uw inschatting is opgeslagen.', en: 'Your judgement has been saved.' },
  'results.override.error': { nl: 'Opslaan mislukt: {detail}', en: 'Saving failed: {detail}' },
  'results.override.model': { nl: 'Model: {band}', en: 'Model: {band}' },
  'results.override.caseworker': { nl: 'Klantmanager: {band}', en: 'Caseworker: {band}' },
  'results.override.detail': { nl: '“{reason}” ({date})', en: '“{reason}” ({date})' },
  'results.override.earlier': { nl: 'Eerdere inschattingen', en: 'Earlier judgements' },
  'results.override.earlierWord': {
    nl: '(vastgelegd als ‘{word}’ in de oude indeling van Trede)',
    en: '(recorded as ‘{word}’ in Trede’s earlier bands)',
  },
  'results.override.legacy.low': { nl: 'laag', en: 'low' },
  'results.override.legacy.elevated': { nl: 'verhoogd', en: 'elevated' },
  'results.override.legacy.high': { nl: 'hoog', en: 'high' },

  // Carry back
  'results.copy': { nl: 'Samenvatting kopiëren', en: 'Copy summary' },
  'results.copied': {
    nl: 'Samenvatting gekopieerd. Plak hem in uw eigen dossier.',
    en: 'Summary copied. Paste it into your own case file.',
  },
  'results.copyManual': {
    nl: 'Kopiëren naar het klembord lukte niet. Selecteer de tekst hieronder en kopieer hem zelf (Ctrl+C).',
    en: 'Copying to the clipboard did not work. Select the text below and copy it yourself (Ctrl+C).',
  },
  'results.summaryText': { nl: 'Samenvatting als tekst', en: 'Summary as text' },
  'results.print': { nl: 'Afdrukken', en: 'Print' },

  // Summary text (copied into the caseworker's notes)

  // History
  'history.title': { nl: 'Geschiedenis', en: 'History' },
  'history.loading': { nl: 'Geschiedenis laden…', en: 'Loading history…' },
  'history.empty': { nl: 'Nog geen afgeronde intakes voor deze cliënt.', en: 'No completed intakes for this client yet.' },
  'history.intakes': { nl: 'Intakes (nieuwste eerst)', en: 'Intakes (newest first)' },
  'history.position': { nl: 'positie {position} van 12', en: 'position {position} of 12' },
  'history.noPosition': { nl: 'geen positie', en: 'no position' },
  'history.noBand': { nl: 'geen uitvalkans berekend', en: 'no dropout chance computed' },
  'history.open': { nl: 'Uitslag bekijken', en: 'View results' },
  'history.chart': { nl: 'Positie op de ladder door de tijd', en: 'Ladder position over time' },
  'history.chartLabel': {
    nl: 'Lijngrafiek van de positie op de participatieladder (1–12) bij {count} intakes: {points}.',
    en: 'Line chart of the position on the participation ladder (1–12) at {count} intakes: {points}.',
  },
  'history.chartPoint': { nl: '{date} positie {position}', en: '{date} position {position}' },
  'history.table.date': { nl: 'Datum', en: 'Date' },
  'history.table.position': { nl: 'Positie', en: 'Position' },
  'history.table.label': { nl: 'Omschrijving', en: 'Description' },
  'history.changes': { nl: 'Veranderingen tussen intakes', en: 'Changes between intakes' },
  'history.changeHeading': { nl: '{from} → {to}', en: '{from} → {to}' },
  'history.noMovement': { nl: 'Geen ladderpositie bij beide intakes.', en: 'No ladder position at both intakes.' },
  'history.noScaleChanges': { nl: 'Geen veranderde scores.', en: 'No changed scores.' },
  'history.scaleChange': { nl: '{scale}: {from} → {to} ({diff})', en: '{scale}: {from} → {to} ({diff})' },
  'history.change.better': { nl: 'gunstiger', en: 'better' },
  'history.change.worse': { nl: 'ongunstiger', en: 'worse' },
  'history.errors': {
    nl: '{count} opgeslagen intake(s) konden niet worden gelezen en staan hieronder niet in de lijst:',
    en: '{count} stored intake(s) could not be read and are not in the list below:',
  },

  // Outcomes
  'outcomes.title': { nl: 'Uitkomsten', en: 'Outcomes' },
  'outcomes.intro': {
    nl: 'Leg vast hoe het de cliënt verging. Met deze gegevens kan het model later op uw eigen cliënten worden getoetst.',
    en: 'Record how things went for the client. These records let the models be checked against your own clients later.',
  },
  'outcomes.new': { nl: 'Nieuwe uitkomst', en: 'New outcome' },
  'outcomes.kind': { nl: 'Wat is er gebeurd?', en: 'What happened?' },
  'outcomes.date': { nl: 'Datum', en: 'Date' },
  'outcomes.phase': { nl: 'In welke fase?', en: 'In which phase?' },
  'outcomes.phaseChoose': { nl: '— kies een fase —', en: '— choose a phase —' },
  'outcomes.reasons': { nl: 'Reden(en), zoals geregistreerd in de bronnen', en: 'Reason(s), as registered in the sources' },
  'outcomes.save': { nl: 'Uitkomst opslaan', en: 'Save outcome' },
  'outcomes.saved': { nl: 'Uitkomst opgeslagen.', en: 'Outcome saved.' },
  'outcomes.saveError': { nl: 'Opslaan mislukt: {detail}', en: 'Saving failed: {detail}' },
  'outcomes.invalid.date': { nl: 'Vul een geldige datum in.', en: 'Enter a valid date.' },
  'outcomes.invalid.future': { nl: 'De datum ligt in de toekomst.', en: 'The date is in the future.' },
  'outcomes.invalid.phase': { nl: 'Kies de fase waarin de cliënt uitviel.', en: 'Choose the phase in which the client dropped out.' },
  'outcomes.invalid.reasons': {
    nl: 'Kies minstens één reden (kies "Onbekend" als die niet bekend is).',
    en: 'Choose at least one reason (choose "Unknown" when it is not known).',
  },
  'outcomes.fixErrors': { nl: 'Nog niet opgeslagen: verbeter de gemarkeerde velden.', en: 'Not saved yet: correct the marked fields.' },
  'outcomes.list': { nl: 'Vastgelegde uitkomsten', en: 'Recorded outcomes' },
  'outcomes.none': { nl: 'Nog geen uitkomsten vastgelegd.', en: 'No outcomes recorded yet.' },
  'outcomes.loading': { nl: 'Uitkomsten laden…', en: 'Loading outcomes…' },
  'outcomes.errors': {
    nl: '{count} opgeslagen uitkomst(en) konden niet worden gelezen:',
    en: '{count} stored outcome(s) could not be read:',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
