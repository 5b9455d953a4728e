/** Strings of the options page (site adapters: list, form, test on a tab, import/export) and of adapter validation. */
export const adapterMessages = {
  // Validation of an adapter (src/adapters/schema.ts); the field is named by the error's path
  'adapter.issue.regex': {
    nl: 'Dit is geen geldige reguliere expressie.',
    en: 'This is not a valid regular expression.',
  },
  'adapter.issue.attribute': {
    nl: 'Dit is geen geldige attribuutnaam (bijvoorbeeld datetime of data-id).',
    en: 'This is not a valid attribute name (for example datetime or data-id).',
  },
  'adapter.issue.referenceEmpty': {
    nl: 'Geef aan waar het cliëntnummer staat: een patroon voor het adres, een element op de pagina, of beide.',
    en: 'Say where the client number is: a pattern for the address, an element on the page, or both.',
  },
  'adapter.issue.referenceRoles': {
    nl: 'Het adres en het element zeggen nu allebei alleen dat dit een cliëntpagina is. Laat minstens één van beide het cliëntnummer geven.',
    en: 'The address and the element now both only say that this is a client page. Let at least one of them give the client number.',
  },
  'adapter.issue.conversion': {
    nl: 'Deze omzetting past niet bij deze vraag.',
    en: 'This conversion does not fit this question.',
  },
  'adapter.issue.id': {
    nl: 'Een id bestaat uit kleine letters, cijfers en streepjes (hoogstens 60), bijvoorbeeld werkplein-demo.',
    en: 'An id consists of lower-case letters, digits and hyphens (at most 60), for example werkplein-demo.',
  },
  'adapter.issue.origin': {
    nl: 'Geef het adres van het systeem als https://host (eventueel met :poort), zonder pad. Gewoon http mag alleen voor localhost en 127.0.0.1.',
    en: 'Give the system’s address as https://host (optionally with :port), without a path. Plain http is only allowed for localhost and 127.0.0.1.',
  },
  'adapter.issue.prefillTwice': {
    nl: 'Elke vraag mag maar één keer worden vooringevuld.',
    en: 'Each question can be prefilled only once.',
  },
  // Checked on the options page only: the browser's selector engine decides (src/adapters/errors.ts)
  'adapter.issue.selector': {
    nl: 'De browser kan de CSS-selector {selector} niet lezen.',
    en: 'The browser cannot read the CSS selector {selector}.',
  },

  // Checked where adapters come in (form and import): a pattern must not be able to run away (src/adapters/redos.ts)
  'adapter.issue.patternSlow': {
    nl: 'Dit patroon kan de browser vast laten lopen: bij sommige teksten probeert het dezelfde tekens op heel veel manieren, hier: {part}. Maak het nauwer, bijvoorbeeld met ^ aan het begin, of met een grens zoals \\d{1,8} in plaats van \\d+.',
    en: 'This pattern can freeze the browser: on some texts it tries the same characters in very many ways, here: {part}. Make it narrower, for example with ^ at the start, or with a limit such as \\d{1,8} instead of \\d+.',
  },
  'adapter.issue.patternUnchecked': {
    nl: 'Trede kan niet nagaan of dit patroon snel genoeg is: het is te ingewikkeld of gebruikt iets wat de controle niet kent (zoals terugkijken met (?<=…)). Maak het eenvoudiger.',
    en: 'Trede cannot tell whether this pattern is fast enough: it is too complex, or uses something the check does not know (such as looking back with (?<=…)). Make it simpler.',
  },
  'adapter.issue.patternPending': {
    nl: 'De controle van patronen wordt nog geladen. Probeer het zo opnieuw.',
    en: 'The pattern check is still loading. Try again in a moment.',
  },
  'adapter.issue.patternUnavailable': {
    nl: 'De controle van patronen kon niet worden geladen, dus Trede kan geen patroon aannemen. Laad deze pagina opnieuw.',
    en: 'The pattern check could not be loaded, so Trede cannot accept any pattern. Reload this page.',
  },

  // Zod's generic issues and the form's own checks; {field} is one of the field names below
  'adapters.issue.named': { nl: '{field}: {detail}', en: '{field}: {detail}' },
  'adapters.issue.required': { nl: '{field} is verplicht.', en: '{field} is required.' },
  'adapters.issue.tooLong': { nl: '{field} is te lang (hoogstens {maximum} tekens).', en: '{field} is too long (at most {maximum} characters).' },
  'adapters.issue.idTaken': {
    nl: 'Er is al een koppeling met het id {id}. Kies een ander id, of bewerk die koppeling.',
    en: 'There already is an adapter with the id {id}. Choose another id, or edit that adapter.',
  },

  // Field names: labels in the form, and how problems name their field
  'adapters.field.whole': { nl: 'De koppeling als geheel', en: 'The adapter as a whole' },
  'adapters.field.format': { nl: 'Formaat', en: 'Format' },
  'adapters.field.name': { nl: 'Naam', en: 'Name' },
  'adapters.field.id': { nl: 'Id', en: 'Id' },
  'adapters.field.origin': { nl: 'Adres van het systeem', en: 'Address of the system' },
  'adapters.field.paths': { nl: 'Geldt voor pagina’s (patroon)', en: 'Applies to pages (pattern)' },
  'adapters.field.clientPages': { nl: 'Cliëntpagina’s (patroon)', en: 'Client pages (pattern)' },
  'adapters.field.reference': { nl: 'Cliëntnummer', en: 'Client number' },
  'adapters.field.referenceUrl': { nl: 'Cliëntnummer in het adres (patroon)', en: 'Client number in the address (pattern)' },
  'adapters.field.referenceElement': { nl: 'Cliëntnummer op de pagina', en: 'Client number on the page' },
  'adapters.field.referenceSelector': { nl: 'Cliëntnummer op de pagina: CSS-selector', en: 'Client number on the page: CSS selector' },
  'adapters.field.referenceAttribute': { nl: 'Cliëntnummer op de pagina: attribuut', en: 'Client number on the page: attribute' },
  'adapters.field.referencePattern': { nl: 'Cliëntnummer op de pagina: patroon', en: 'Client number on the page: pattern' },
  'adapters.field.referenceUrlRole': { nl: 'Cliëntnummer in het adres: wat het zegt', en: 'Client number in the address: what it says' },
  'adapters.field.referenceElementRole': { nl: 'Cliëntnummer op de pagina: wat het zegt', en: 'Client number on the page: what it says' },
  'adapters.field.prefill': { nl: 'Vooringevulde antwoorden', en: 'Prefilled answers' },
  'adapters.field.prefillRow': { nl: 'Vooringevuld antwoord {number}', en: 'Prefilled answer {number}' },
  'adapters.field.prefillPart': { nl: 'Vooringevuld antwoord {number}: {part}', en: 'Prefilled answer {number}: {part}' },
  'adapters.field.writeBack': { nl: 'Veld voor de samenvatting', en: 'Field for the summary' },
  'adapters.field.selector': { nl: 'CSS-selector', en: 'CSS selector' },
  'adapters.field.attribute': { nl: 'Attribuut (optioneel)', en: 'Attribute (optional)' },
  'adapters.field.pattern': { nl: 'Patroon (optioneel)', en: 'Pattern (optional)' },
  'adapters.required': { nl: '(verplicht)', en: '(required)' },

  // Hints under the fields
  'adapters.hint.id': {
    nl: 'Kleine letters, cijfers en streepjes, bijvoorbeeld gemeente-zaak. Wordt ook de bestandsnaam bij exporteren.',
    en: 'Lower-case letters, digits and hyphens, for example council-cases. Also the file name of an export.',
  },
  'adapters.hint.origin': {
    nl: 'Bijvoorbeeld https://zaak.gemeente.nl, zonder pad. Trede vraagt de browser toestemming voor precies dit adres.',
    en: 'For example https://cases.council.nl, without a path. Trede asks the browser for permission for exactly this address.',
  },
  'adapters.hint.paths': {
    nl: 'Reguliere expressie voor pad, zoekdeel en #-deel, bijvoorbeeld ^/klant. Leeg: alle pagina’s van het systeem.',
    en: 'Regular expression for path, query and #-part, for example ^/client. Empty: every page of the system.',
  },
  'adapters.hint.clientPages': {
    nl: 'Pagina’s die één cliënt tonen. Alleen daar zoekt Trede een cliënt, zodat een lijst vol nummers nooit “een cliënt” is. Vindt Trede er geen cliëntnummer, dan meldt het paneel dat de koppeling misschien niet meer past. Trede kijkt bij elke navigatie opnieuw, ook zonder herladen (#-adressen).',
    en: 'Pages that show one client. Trede only looks for a client there, so a list full of numbers is never “a client”. If Trede finds no client number there, the panel reports that the adapter may no longer fit. Trede looks again at every navigation, also without a reload (#-addresses).',
  },
  'adapters.hint.reference': {
    nl: 'Een patroon voor het adres, een element op de pagina, of beide. Elk van de twee geeft het cliëntnummer, of zegt alleen dat dit een cliëntpagina is (bijvoorbeeld een adres met een intern dossiernummer). Geven ze allebei het nummer, dan moeten ze dezelfde cliënt noemen.',
    en: 'A pattern for the address, an element on the page, or both. Each gives the client number, or only says that this is a client page (for example an address with an internal file number). When both give the number, they must name the same client.',
  },
  'adapters.hint.referenceUrl': {
    nl: 'De eerste groep tussen haakjes is het nummer, bijvoorbeeld ^/klant/(\\d+).',
    en: 'The first group in brackets is the number, for example ^/client/(\\d+).',
  },
  'adapters.field.role': { nl: 'Wat dit zegt', en: 'What this says' },
  'adapters.fragile.generatedId': {
    nl: 'Let op: {part} lijkt een id dat het systeem zelf nummert; het kan bij een volgende cliënt, herladen of update anders zijn. Kies liever een vaste class, een data-attribuut of een name.',
    en: 'Note: {part} looks like an id the system numbers itself; it may differ for the next client, after a reload or an update. Prefer a fixed class, a data attribute or a name.',
  },
  'adapters.fragile.generatedClass': {
    nl: 'Let op: {part} lijkt een class die het systeem uit zijn opmaak berekent; bij een nieuwe versie van het systeem heet hij anders. Kies liever een vaste class, een data-attribuut of een name.',
    en: 'Note: {part} looks like a class the system computes from its styles; a new release of the system names it differently. Prefer a fixed class, a data attribute or a name.',
  },
  'adapters.fragile.position': {
    nl: 'Let op: {part} kiest op plaats. Als rijen soms ontbreken (bijvoorbeeld kinderen of een tweede adres), staat hier een ander gegeven. Kies liever een class of data-attribuut van dit gegeven.',
    en: 'Note: {part} selects by position. When rows are sometimes missing (for example children or a second address), another fact sits there. Prefer a class or data attribute of this fact.',
  },
  'adapters.role.reference': { nl: 'het cliëntnummer', en: 'the client number' },
  'adapters.role.clientPage': { nl: 'alleen: dit is een cliëntpagina', en: 'only: this is a client page' },
  'adapters.hint.selector': {
    nl: 'Staat het element in een webcomponent (open shadow root) of in een frame van hetzelfde systeem, stap er dan in met >>>, bijvoorbeeld werkplein-kop >>> .klantnummer of iframe#rapport >>> textarea.',
    en: 'If the element is inside a web component (open shadow root) or a frame of the same system, step into it with >>>, for example werkplein-header >>> .client-number or iframe#report >>> textarea.',
  },
  'adapters.hint.attribute': {
    nl: 'Lees een attribuut in plaats van de tekst, bijvoorbeeld datetime of data-id.',
    en: 'Read an attribute instead of the text, for example datetime or data-id.',
  },
  'adapters.hint.pattern': {
    nl: 'Knipt de waarde uit de tekst: de eerste groep tussen haakjes, anders de hele overeenkomst.',
    en: 'Cuts the value out of the text: the first group in brackets, otherwise the whole match.',
  },
  'adapters.hint.writeBack': {
    nl: 'Het tekstveld waarin “Samenvatting invoegen” schrijft: een tekstvak of een opgemaakte editor (contenteditable), ook in een frame (iframe#rapport >>> textarea). Bijvoorbeeld textarea#notities. Leeg: geen invoegen.',
    en: 'The text field “Insert summary” writes into: a text box or a rich-text editor (contenteditable), also in a frame (iframe#report >>> textarea). For example textarea#notes. Empty: no inserting.',
  },

  // The page
  'adapters.page.title': { nl: 'Trede – koppelingen', en: 'Trede – adapters' },
  'adapters.page.tagline': { nl: 'Koppelingen met uw eigen systeem', en: 'Adapters for your own system' },

  // List
  'adapters.list.title': { nl: 'Koppelingen', en: 'Adapters' },
  'adapters.list.intro': {
    nl: 'Een koppeling vertelt Trede waar in uw eigen systeem het cliëntnummer staat, welke antwoorden van de pagina kunnen worden overgenomen en waar de samenvatting heen kan. Trede leest alleen systemen waarvoor u toestemming gaf; er gaat niets over het netwerk.',
    en: 'An adapter tells Trede where your own system shows the client number, which answers can be taken from the page and where the summary can go. Trede reads only systems you gave permission for; nothing goes over the network.',
  },
  'adapters.list.loading': { nl: 'Koppelingen laden…', en: 'Loading adapters…' },
  'adapters.list.none': { nl: 'Er zijn nog geen koppelingen.', en: 'There are no adapters yet.' },
  'adapters.list.unreadable': {
    nl: '{count} opgeslagen koppeling(en) konden niet worden gelezen. Ze zijn bewaard maar doen niets:',
    en: '{count} stored adapter(s) could not be read. They have been kept but do nothing:',
  },
  'adapters.list.runaway': {
    nl: 'Deze koppeling is opgeslagen met een patroon dat Trede nu weigert: op sommige pagina’s kan het de browser laten vastlopen. Pas het aan via Bewerken:',
    en: 'This adapter was saved with a pattern Trede now refuses: on some pages it can freeze the browser. Change it with Edit:',
  },
  'adapters.list.checking': { nl: 'Toestemming nagaan…', en: 'Checking permission…' },
  'adapters.list.active': { nl: 'Actief: Trede mag dit systeem lezen.', en: 'Active: Trede may read this system.' },
  'adapters.list.inactive': {
    nl: 'Niet actief: Trede heeft nog geen toestemming om dit systeem te lezen.',
    en: 'Inactive: Trede has no permission yet to read this system.',
  },
  'adapters.list.edit': { nl: 'Bewerken', en: 'Edit' },
  'adapters.list.editNamed': { nl: '{name} bewerken', en: 'Edit {name}' },
  'adapters.list.export': { nl: 'Exporteren', en: 'Export' },
  'adapters.list.exportNamed': { nl: '{name} exporteren', en: 'Export {name}' },
  'adapters.list.delete': { nl: 'Verwijderen', en: 'Delete' },
  'adapters.list.deleteNamed': { nl: '{name} verwijderen', en: 'Delete {name}' },
  'adapters.list.confirmDelete': {
    nl: '“{name}” echt verwijderen? Trede volgt dit systeem dan niet meer.',
    en: 'Really delete “{name}”? Trede then no longer follows this system.',
  },
  'adapters.list.deleteYes': { nl: 'Ja, verwijderen', en: 'Yes, delete' },
  'adapters.list.deleteNo': { nl: 'Nee, houden', en: 'No, keep it' },
  'adapters.allow': { nl: 'Toestemming geven voor {origin}', en: 'Give permission for {origin}' },

  // Notices after an action
  'adapters.saved.active': { nl: '“{name}” is opgeslagen en actief op {origin}.', en: '“{name}” has been saved and is active on {origin}.' },
  'adapters.saved.inactive': {
    nl: '“{name}” is opgeslagen, maar nog niet actief: de browser gaf geen toestemming om {origin} te lezen. Trede doet op dat systeem niets tot u toestemming geeft.',
    en: '“{name}” has been saved, but is not active yet: the browser gave no permission to read {origin}. Trede does nothing on that system until you allow it.',
  },
  'adapters.imported.active': { nl: '{count} koppeling(en) geïmporteerd en actief.', en: '{count} adapter(s) imported and active.' },
  'adapters.imported.inactive': {
    nl: '{count} koppeling(en) geïmporteerd. Nog niet actief, want zonder toestemming: {origins}.',
    en: '{count} adapter(s) imported. Not active yet, for lack of permission: {origins}.',
  },
  'adapters.allowed': { nl: 'Trede mag {origin} nu lezen.', en: 'Trede may now read {origin}.' },
  'adapters.refused': {
    nl: 'De browser gaf geen toestemming voor {origin}. De koppelingen voor dit systeem blijven niet actief.',
    en: 'The browser gave no permission for {origin}. The adapters for this system stay inactive.',
  },
  'adapters.deleted': { nl: '“{name}” is verwijderd.', en: '“{name}” has been deleted.' },
  'adapters.failed.delete': { nl: 'Verwijderen lukte niet: {detail}', en: 'Deleting failed: {detail}' },
  'adapters.failed.import': { nl: 'Importeren lukte niet: {detail}', en: 'Importing failed: {detail}' },
  'adapters.failed.allow': { nl: 'Toestemming vragen lukte niet: {detail}', en: 'Asking for permission failed: {detail}' },

  // New adapter
  'adapters.new.from': { nl: 'Nieuwe koppeling, beginnend met', en: 'New adapter, starting from' },
  'adapters.new.blank': { nl: 'een leeg formulier', en: 'an empty form' },
  'adapters.new.preset': { nl: 'het voorbeeld “{name}”', en: 'the example “{name}”' },
  'adapters.new.start': { nl: 'Nieuwe koppeling', en: 'New adapter' },

  // Form
  'adapters.form.newTitle': { nl: 'Nieuwe koppeling', en: 'New adapter' },
  'adapters.form.editTitle': { nl: 'Koppeling “{name}” bewerken', en: 'Edit adapter “{name}”' },
  'adapters.form.general': { nl: 'Algemeen', en: 'General' },
  'adapters.form.pages': { nl: 'Pagina’s', en: 'Pages' },
  'adapters.form.writeBack': { nl: 'Samenvatting invoegen', en: 'Inserting the summary' },
  'adapters.form.problems': {
    nl: 'Nog niet opgeslagen: {count} veld(en) kloppen niet.',
    en: 'Not saved yet: {count} field(s) are not right.',
  },
  'adapters.form.save': { nl: 'Opslaan', en: 'Save' },
  'adapters.form.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'adapters.form.saving': { nl: 'Bezig met opslaan…', en: 'Saving…' },
  'adapters.form.saveFailed': { nl: 'Opslaan lukte niet: {detail}', en: 'Saving failed: {detail}' },

  // Prefill rows
  'adapters.prefill.hint': {
    nl: 'Feiten die uw systeem al kent, zoals een geboortedatum. De intake toont ze gemarkeerd; de consulent controleert ze. Datums mogen er staan als 14-3-1999, 14/03/1999, 14.3.1999, 1999-03-14 of 14 maart 1999 (ook afgekort, ook in het Engels, met of zonder weekdag). Een datum in cijfers leest Trede altijd als dag-maand-jaar, nooit als maand-dag-jaar; een jaar in twee cijfers (14-3-99) neemt Trede niet over.',
    en: 'Facts your system knows already, such as a date of birth. The intake shows them marked; the caseworker checks them. Dates may read 14-3-1999, 14/03/1999, 14.3.1999, 1999-03-14 or 14 March 1999 (also abbreviated, also in Dutch, with or without a weekday). Trede always reads a numeric date as day-month-year, never as month-day-year; a two-digit year (14-3-99) is not taken over.',
  },
  'adapters.prefill.none': { nl: 'Geen vooringevulde antwoorden.', en: 'No prefilled answers.' },
  'adapters.prefill.item': { nl: 'Vraag', en: 'Question' },
  'adapters.prefill.convert': { nl: 'Omzetting', en: 'Conversion' },
  'adapters.prefill.add': { nl: 'Antwoord toevoegen', en: 'Add an answer' },
  'adapters.prefill.remove': { nl: 'Vooringevuld antwoord {number} verwijderen', en: 'Remove prefilled answer {number}' },
  'adapters.prefill.allUsed': { nl: 'Elke vraag heeft al een regel.', en: 'Every question has a row already.' },
  'adapters.item.bg.age': { nl: 'Leeftijd', en: 'Age' },
  'adapters.item.bg.children': { nl: 'Kinderen (ja/nee)', en: 'Children (yes/no)' },
  'adapters.item.bg.youngestChildAge': { nl: 'Leeftijd jongste kind', en: 'Age of the youngest child' },
  'adapters.item.bg.yearsSinceLastJob': { nl: 'Jaren sinds de laatste baan', en: 'Years since the last job' },
  'adapters.item.bg.benefitMonths': { nl: 'Maanden in de uitkering', en: 'Months on benefits' },
  'adapters.convert.number': { nl: 'getal zoals het er staat', en: 'number as written' },
  'adapters.convert.age-from-date': { nl: 'leeftijd uit een geboortedatum', en: 'age from a date of birth' },
  'adapters.convert.years-since-date': { nl: 'jaren sinds een datum', en: 'years since a date' },
  'adapters.convert.months-since-date': { nl: 'maanden sinds een datum', en: 'months since a date' },
  'adapters.convert.count-to-yes-no': { nl: 'aantal → ja (meer dan 0) of nee', en: 'count → yes (more than 0) or no' },
  'adapters.convert.yes-no': { nl: 'ja of nee', en: 'yes or no' },

  // Test on the current tab
  'adapters.test.title': { nl: 'Testen op het huidige tabblad', en: 'Test on the current tab' },
  'adapters.test.intro': {
    nl: 'Past de koppeling zoals ze nu in het formulier staat (ook niet opgeslagen) toe op het laatst gebruikte tabblad van dit systeem, en laat zien wat ze vindt. Het cliëntnummer wordt alleen gemaskeerd getoond.',
    en: 'Applies the adapter as it is in the form now (saved or not) to the most recently used tab of this system, and shows what it finds. The client number is only shown masked.',
  },
  'adapters.test.run': { nl: 'Testen op het huidige tabblad', en: 'Test on the current tab' },
  'adapters.test.busy': { nl: 'Bezig met testen…', en: 'Testing…' },
  'adapters.test.invalid': { nl: 'Verbeter eerst de velden hierboven; dan kan de test lopen.', en: 'Fix the fields above first; then the test can run.' },
  'adapters.test.noPermission': {
    nl: 'Zonder toestemming voor {origin} kan Trede de pagina niet lezen.',
    en: 'Without permission for {origin} Trede cannot read the page.',
  },
  'adapters.test.noPage': { nl: 'Niet getest: {why}.', en: 'Not tested: {why}.' },
  'adapters.test.page': { nl: 'Pagina', en: 'Page' },
  'adapters.test.clientPage': { nl: 'Cliëntpagina', en: 'Client page' },
  'adapters.test.clientPageUnknown': { nl: 'niet ingesteld', en: 'not set' },
  'adapters.test.yes': { nl: 'ja', en: 'yes' },
  'adapters.test.no': { nl: 'nee', en: 'no' },
  'adapters.test.referenceFromElement': { nl: '{reference} (van de pagina)', en: '{reference} (from the page)' },
  'adapters.test.referenceFromUrl': { nl: '{reference} (uit het adres)', en: '{reference} (from the address)' },
  'adapters.test.bsn': {
    nl: 'Dit nummer is een BSN (de elfproef klopt). Trede bewaart het niet; alleen een sleutel die er niet naar terug te rekenen is.',
    en: 'This number is a BSN (it passes the eleven test). Trede does not store it; only a key that cannot be traced back to it.',
  },
  'adapters.test.again': {
    nl: 'Open in dat tabblad de pagina van een andere cliënt en test opnieuw: daar hoort de koppeling een ander cliëntnummer te vinden.',
    en: 'Open another client’s page in that tab and test again: the adapter should find a different client number there.',
  },
  'adapters.test.samePage': {
    nl: 'Dezelfde pagina en cliënt ({now}) als bij de vorige test. Open de pagina van een andere cliënt en test opnieuw.',
    en: 'The same page and client ({now}) as in the previous test. Open another client’s page and test again.',
  },
  'adapters.test.otherClient': {
    nl: 'Tweede cliëntpagina: hier {now}, op de vorige getest pagina {before}. De koppeling volgt de cliënt.',
    en: 'Second client page: {now} here, {before} on the page tested before. The adapter follows the client.',
  },
  'adapters.test.sameClient': {
    nl: 'Let op: dezelfde cliënt ({now}) als op de vorige geteste pagina ({path}), hoewel het adres anders is. Toont deze pagina een andere cliënt, dan leest de koppeling iets dat niet met de cliënt meeverandert.',
    en: 'Note: the same client ({now}) as on the page tested before ({path}), although the address differs. If this page shows another client, the adapter reads something that does not change with the client.',
  },
  'adapters.test.noReference': { nl: 'geen cliëntnummer gevonden', en: 'no client number found' },
  'adapters.test.viaUrl': { nl: 'Adres: {why}', en: 'Address: {why}' },
  'adapters.test.viaElement': { nl: 'Pagina: {why}', en: 'Page: {why}' },
  'adapters.test.noWriteBack': { nl: 'niet ingesteld', en: 'not set' },
  'adapters.test.writeBackFound': { nl: 'gevonden: een {tag}-veld', en: 'found: a {tag} field' },
  'adapters.test.notFound': { nl: 'niet gevonden: {why}', en: 'not found: {why}' },
  'adapters.test.onPage': { nl: 'Op de pagina', en: 'On the page' },
  'adapters.test.becomes': { nl: 'Wordt', en: 'Becomes' },
  'adapters.test.answer': { nl: 'antwoord {answer}', en: 'answer {answer}' },
  'adapters.test.rejected': { nl: 'niet overgenomen: {why}', en: 'not taken over: {why}' },

  // Import and export
  'adapters.importExport.title': { nl: 'Importeren en exporteren', en: 'Import and export' },
  'adapters.export.all': { nl: 'Alle koppelingen exporteren', en: 'Export all adapters' },
  'adapters.import.title': { nl: 'Importeren', en: 'Import' },
  'adapters.import.hint': {
    nl: 'Een JSON-bestand van Trede (formaat trede.adapters/1) of één koppeling (trede.adapter/2 of /1). U ziet eerst wat erin staat; pas na bevestigen wordt er iets opgeslagen.',
    en: 'A Trede JSON file (format trede.adapters/1) or a single adapter (trede.adapter/2 or /1). You first see what it holds; nothing is saved until you confirm.',
  },
  'adapters.import.file': { nl: 'Bestand kiezen', en: 'Choose a file' },
  'adapters.import.paste': { nl: 'Of plak de JSON hier', en: 'Or paste the JSON here' },
  'adapters.import.check': { nl: 'Geplakte tekst controleren', en: 'Check the pasted text' },
  'adapters.import.fileTooLarge': {
    nl: 'Het bestand {file} is {size} groot; Trede leest koppelingsbestanden tot {maximum}. Er is niets gelezen of geïmporteerd. Kies het goede bestand, of verdeel de koppelingen over kleinere bestanden.',
    en: 'The file {file} is {size}; Trede reads adapter files up to {maximum}. Nothing was read or imported. Choose the right file, or split the adapters over smaller files.',
  },
  'adapters.import.textTooLarge': {
    nl: 'De geplakte tekst is {size} groot; Trede leest koppelingen tot {maximum}. Er is niets gelezen of geïmporteerd.',
    en: 'The pasted text is {size}; Trede reads adapters up to {maximum}. Nothing was read or imported.',
  },
  'adapters.import.tooMany': {
    nl: 'Dit bestand bevat {count} koppelingen; Trede leest er hoogstens {maximum} uit één bestand. Er is niets geïmporteerd. Verdeel ze over meer bestanden.',
    en: 'This file holds {count} adapters; Trede reads at most {maximum} from one file. Nothing was imported. Split them over more files.',
  },
  'adapters.import.reading': { nl: 'Bezig met lezen en controleren…', en: 'Reading and checking…' },
  'adapters.import.empty': { nl: 'Er is niets om te importeren: de tekst is leeg.', en: 'There is nothing to import: the text is empty.' },
  'adapters.import.unreadable': { nl: 'Het bestand {file} kon niet worden gelezen.', en: 'The file {file} could not be read.' },
  'adapters.import.syntaxAt': {
    nl: 'Dit is geen geldige JSON: de fout zit op regel {line}, kolom {column}. Er is niets geïmporteerd.',
    en: 'This is not valid JSON: the error is at line {line}, column {column}. Nothing was imported.',
  },
  'adapters.import.syntax': { nl: 'Dit is geen geldige JSON. Er is niets geïmporteerd.', en: 'This is not valid JSON. Nothing was imported.' },
  'adapters.import.duplicateKey': {
    nl: 'Dit bestand is niet eenduidig: {reason}. Er is niets geïmporteerd.',
    en: 'This file is ambiguous: {reason}. Nothing was imported.',
  },
  'adapters.import.unknownFormat': {
    nl: 'Onbekend formaat ({found}): verwacht "{file}" met een lijst "adapters", of één koppeling met "{single}". Er is niets geïmporteerd.',
    en: 'Unknown format ({found}): expected "{file}" with an "adapters" list, or a single adapter with "{single}". Nothing was imported.',
  },
  'adapters.import.noList': {
    nl: 'Het bestand heeft geen lijst "adapters". Er is niets geïmporteerd.',
    en: 'The file has no "adapters" list. Nothing was imported.',
  },
  'adapters.import.extraFields': {
    nl: 'Het bestand heeft onbekende velden: {keys}. Er is niets geïmporteerd.',
    en: 'The file has unknown fields: {keys}. Nothing was imported.',
  },
  'adapters.import.idTwice': { nl: 'Dit id staat eerder in het bestand.', en: 'This id appears earlier in the file.' },
  'adapters.import.which': { nl: 'Koppeling {number}', en: 'Adapter {number}' },
  'adapters.import.whichWithId': { nl: 'Koppeling {number} (id {id})', en: 'Adapter {number} (id {id})' },
  'adapters.import.rejected': { nl: '{which} – {problem}', en: '{which} – {problem}' },
  'adapters.import.rejectedCount': {
    nl: '{count} koppeling(en) in dit bestand kloppen niet en worden niet geïmporteerd:',
    en: '{count} adapter(s) in this file are not right and will not be imported:',
  },
  'adapters.import.validCount': { nl: 'Te importeren: {count} koppeling(en).', en: 'To import: {count} adapter(s).' },
  'adapters.import.replaces': { nl: '(vervangt de opgeslagen koppeling met dit id)', en: '(replaces the stored adapter with this id)' },
  'adapters.import.permissionNote': {
    nl: 'Bij importeren vraagt de browser toestemming voor de adressen van deze systemen. Ook zonder toestemming worden ze opgeslagen, maar dan zijn ze niet actief.',
    en: 'On import the browser asks permission for the addresses of these systems. They are saved without permission too, but are then inactive.',
  },
  'adapters.import.confirm': { nl: '{count} koppeling(en) importeren', en: 'Import {count} adapter(s)' },
  'adapters.import.onlyValid': {
    nl: 'Alleen de {count} goede koppeling(en) importeren, de rest niet',
    en: 'Import only the {count} valid adapter(s), not the rest',
  },
  'adapters.import.nothingValid': { nl: 'Er is geen enkele goede koppeling om te importeren.', en: 'There is not a single valid adapter to import.' },
} as const;
