/** Strings of the overlay on the caseworker's own system: badge, following the page, prefill, write-back. */
export const overlayMessages = {
  // The badge next to the client reference (text short; title read by screen readers and as tooltip)
  'badge.none': { nl: 'nog geen screening', en: 'no screening yet' },
  'badge.noneTitle': {
    nl: 'Trede: deze cliënt heeft nog geen screening. Klik om het zijpaneel te openen.',
    en: 'Trede: this client has no screening yet. Click to open the side panel.',
  },
  // The position and the dropout statement come from @trede/core (headline), worded as in the panel.
  'badge.noDropout': { nl: 'geen uitvalkans berekend', en: 'no dropout chance computed' },
  'badge.title.screening': {
    nl: 'Trede, screening van {date}: participatieladder {position}.',
    en: 'Trede, screening of {date}: participation ladder {position}.',
  },
  'badge.title.noDropout': { nl: 'Geen uitvalkans berekend', en: 'No dropout chance computed' },
  'badge.title.open': { nl: 'Klik om het zijpaneel te openen.', en: 'Click to open the side panel.' },
  'badge.unavailable': { nl: 'niet beschikbaar', en: 'unavailable' },
  'badge.unavailableTitle': {
    nl: 'Trede kon de gegevens van deze cliënt niet lezen. Open het zijpaneel voor de melding.',
    en: 'Trede could not read this client’s data. Open the side panel for the message.',
  },

  // Side panel: following the client on the page
  'page.following': { nl: 'Volgt {adapter}', en: 'Following {adapter}' },
  'page.detected': {
    nl: 'Cliënt {reference} herkend op de pagina ({adapter}).',
    en: 'Client {reference} recognised on the page ({adapter}).',
  },
  'page.noClient': { nl: 'Op deze pagina staat geen cliënt open.', en: 'No client is open on this page.' },
  'page.broken': {
    nl: 'De koppeling “{adapter}” vindt op deze cliëntpagina geen cliëntnummer meer ({why}). Misschien is uw systeem veranderd: controleer de koppeling bij de instellingen.',
    en: 'The adapter “{adapter}” no longer finds a client number on this client page ({why}). Your system may have changed: check the adapter in the settings.',
  },
  'page.openOptions': { nl: 'Koppelingen beheren', en: 'Manage adapters' },

  // Why something was not found (codes from src/overlay/detect.ts)
  'miss.url-no-match': { nl: 'het adres past niet bij het patroon {detail}', en: 'the address does not fit the pattern {detail}' },
  'miss.selector-invalid': { nl: 'de CSS-selector {detail} is ongeldig', en: 'the CSS selector {detail} is invalid' },
  'miss.element-missing': { nl: 'geen element gevonden voor {detail}', en: 'no element found for {detail}' },
  'miss.pattern-no-match': { nl: 'de tekst past niet bij het patroon {detail}', en: 'the text does not fit the pattern {detail}' },
  'miss.empty': { nl: 'het element {detail} is leeg', en: 'the element {detail} is empty' },
  'miss.address-too-long': {
    nl: 'het adres is langer dan {detail} tekens; Trede legt er geen patroon op',
    en: 'the address is longer than {detail} characters; Trede does not match patterns against it',
  },
  'miss.url-and-page-disagree': {
    nl: 'het adres en de pagina noemen een andere cliënt (de pagina laadt nog?)',
    en: 'the address and the page name different clients (is the page still loading?)',
  },
  'miss.not-editable': { nl: 'het element ({detail}) is geen tekstveld', en: 'the element ({detail}) is not a text field' },
  'miss.no-write-back': { nl: 'de koppeling heeft geen veld voor de samenvatting', en: 'the adapter has no field for the summary' },
  'miss.no-page': {
    nl: 'er is geen tabblad met dit systeem open, of het laat Trede niet toe',
    en: 'no tab with this system is open, or it does not let Trede in',
  },

  // Prefill in the intake
  'prefill.marker': { nl: 'van de pagina', en: 'from the page' },
  'prefill.markerTitle': {
    nl: 'Overgenomen uit {adapter}. Controleer het antwoord en pas het zo nodig aan.',
    en: 'Taken from {adapter}. Check the answer and correct it where needed.',
  },
  // Why a value was not taken over: src/i18n/areas/prefill.ts, loaded with the screens that show it.
  'prefill.applied': {
    nl: '{count} antwoord(en) overgenomen van de pagina. Ze zijn gemarkeerd en u kunt ze aanpassen.',
    en: '{count} answer(s) taken from the page. They are marked and you can change them.',
  },
  // Write-back
  'writeBack.insert': { nl: 'Samenvatting invoegen in {adapter}', en: 'Insert summary into {adapter}' },
  'writeBack.done': {
    nl: 'Samenvatting ingevoegd in het notitieveld. Controleer de tekst en sla op in uw eigen systeem.',
    en: 'Summary inserted into the notes field. Check the text and save it in your own system.',
  },
  'writeBack.failed': { nl: 'Invoegen lukte niet: {why}.', en: 'Inserting failed: {why}.' },
} as const;
