import { createCatalog } from '@klaslab/core';

/**
 * nl/en texts of every diagnostic code and hint. Dutch is the default and complete; English must be
 * complete too (a test checks both). `{name}` placeholders are filled from `Diagnostic.params`.
 */
const nl = {
  // file and frontmatter
  EVENT_NO_FRONTMATTER:
    'Geen frontmatter: het bestand begint niet met een regel --- (YAML) of +++ (TOML).',
  EVENT_FRONTMATTER_UNCLOSED:
    'De frontmatter wordt niet afgesloten: de tweede regel {fence} ontbreekt.',
  EVENT_FRONTMATTER_NOT_MAPPING: 'De frontmatter is geen lijst van sleutels en waarden.',
  EVENT_YAML_SYNTAX: 'YAML-fout: {detail}.',
  EVENT_YAML_STRAY_QUOTES: 'Lege aanhalingstekens "" vóór de waarde van {key}.',
  EVENT_TOML_SYNTAX: 'TOML-fout: {detail}.',
  EVENT_DUPLICATE_KEY:
    'De sleutel {key} staat er twee keer (eerst op regel {firstLine}); de laatste waarde wordt gebruikt, zoals Jekyll en Hugo doen.',
  EVENT_UNKNOWN_KEY: 'Onbekende sleutel {key}: bedoel je {suggestion}?',
  // required fields
  EVENT_TITLE_MISSING: 'Het evenement heeft geen titel ({keys}).',
  EVENT_START_MISSING: 'Het evenement heeft geen startdatum ({keys}).',
  EVENT_FIELD_TYPE: 'Het veld {key} moet {expected} zijn, maar is {actual}.',
  EVENT_FIELD_EMPTY: 'Het veld {key} is leeg.',
  EVENT_FRONTMATTER_UNREADABLE: 'De frontmatter kon niet gelezen worden.',
  // dates
  EVENT_DATE_EMPTY: 'Het datumveld {key} is leeg.',
  EVENT_DATE_PLACEHOLDER: 'Het datumveld {key} bevat nog de sjabloontekst "{value}".',
  EVENT_DATE_INVALID: 'Geen geldige datum in {key}: "{value}".',
  EVENT_DATE_MONTH_RANGE: 'Maand "{part}" in {key} bestaat niet (01–12).',
  EVENT_DATE_DAY_RANGE: 'Dag "{part}" in {key} bestaat niet in die maand (01–{max}).',
  EVENT_DATE_HOUR_RANGE:
    'Uur "{part}" in {key} bestaat niet (00–23, of 24:00:00 voor het einde van de dag).',
  EVENT_DATE_HOUR_DIGITS: 'Uur "{part}" in {key} heeft te veel cijfers.',
  EVENT_DATE_MINUTE_RANGE: 'Minuten "{part}" in {key} bestaan niet (00–59).',
  EVENT_DATE_SECOND_RANGE: 'Seconden "{part}" in {key} bestaan niet (00–59).',
  EVENT_DATE_OFFSET_INVALID: 'Ongeldige tijdzoneverschuiving in {key}: "{part}".',
  EVENT_DATE_END_OF_DAY: '{key} gebruikt 24:00, het einde van de dag; gelezen als {value}.',
  EVENT_DATE_ONE_DIGIT_HOUR:
    'Uur met één cijfer in {key} ("{part}"); ISO 8601 vraagt twee cijfers.',
  EVENT_DATE_FRACTION_DROPPED: 'Fracties van seconden in {key} worden genegeerd.',
  EVENT_DATE_DST_GAP:
    '{value} bestaat niet in {timeZone} (de klok springt vooruit); gelezen als {actual}.',
  EVENT_DATE_AMBIGUOUS:
    '{value} komt twee keer voor in {timeZone} (de klok gaat terug); het eerste tijdstip wordt gebruikt.',
  EVENT_DATE_OFFSET_MISMATCH:
    'De verschuiving {offset} in {key} verschilt van die van {timeZone} op dat moment ({zoneOffset}); het tijdstip blijft, in {timeZone} is dat {value}.',
  EVENT_DATE_YEAR_MISMATCH:
    'Het jaar in {key} ({year}) verschilt van dat in de bestandsnaam ({fileYear}).',
  EVENT_TIME_CONFLICT:
    '{key} geeft een uur, maar {dateKey} bevat al een uur; {key} wordt genegeerd.',
  EVENT_END_BEFORE_START: 'Het einde ({end}) ligt vóór de start ({start}).',
  EVENT_END_EQUALS_START: 'Het einde is gelijk aan de start; het einde wordt weggelaten.',
  EVENT_END_KIND_MISMATCH:
    'Start en einde moeten allebei een datum zijn, of allebei een datum met uur ({start} / {end}).',
  EVENT_TIMEZONE_INVALID: 'Onbekende tijdzone "{value}"; {fallback} wordt gebruikt.',
  // links, location, language
  EVENT_URL_EMPTY: 'De link in {key} is leeg.',
  EVENT_URL_RELATIVE:
    'De link in {key} is relatief ("{value}"); een agenda heeft een volledige URL nodig.',
  EVENT_URL_PAGE_RELATIVE:
    'De link in {key} is relatief tegenover de pagina ("{value}"), en de URL van deze pagina is niet bekend.',
  EVENT_URL_INVALID: 'Geen geldige link in {key}: "{value}".',
  EVENT_URL_PLACEHOLDER: 'De link in {key} is een voorbeeldadres ("{value}").',
  EVENT_LOCATION_IS_URL:
    'De locatie in {key} is een link; die wordt als link van de locatie gebruikt.',
  EVENT_LANGUAGE_INVALID: 'Geen geldige taalcode in {key}: "{value}".',
  EVENT_DUPLICATE_ID:
    'De id "{id}" wordt ook gebruikt door {other}; dit evenement wordt niet opgenomen.',
  // recurrence
  EVENT_RRULE_SYNTAX:
    'Geen herhalingsregel in {key}: "{part}" is geen onderdeel NAAM=WAARDE (regel "{rule}").',
  EVENT_RRULE_FREQ_MISSING: 'De herhalingsregel in {key} zegt niet hoe vaak (FREQ ontbreekt).',
  EVENT_RRULE_UNKNOWN_PART: 'Onbekend onderdeel {part} in de herhalingsregel van {key}.',
  EVENT_RRULE_DUPLICATE_PART: '{part} staat twee keer in de herhalingsregel van {key}.',
  EVENT_RRULE_VALUE: '{part}={value} in {key} is ongeldig; verwacht: {expected}.',
  EVENT_RRULE_UNTIL_AND_COUNT:
    'De herhalingsregel in {key} heeft zowel UNTIL als COUNT; RFC 5545 staat maar één van beide toe.',
  EVENT_RRULE_PART_NOT_ALLOWED: '{part} kan niet samen met FREQ={freq} (RFC 5545).',
  EVENT_RRULE_NEVER: 'De herhalingsregel in {key} valt op geen enkele bestaande dag ({rule}).',
  EVENT_RRULE_UNTIL_TYPE:
    'UNTIL={value} in {key} moet een {kind} zijn zoals de start; gelezen als UNTIL={fixed} ({timeZone}).',
  EVENT_RRULE_UNTIL_BEFORE_START:
    'UNTIL={value} in {key} ligt vóór de start ({start}): alleen de start zelf blijft over.',
  EVENT_RRULE_START_NOT_IN_RULE:
    'De start ({start}) valt niet op de regel {rule} (eerste keer: {first}); agenda-apps tonen de start dan wel of niet.',
  EVENT_RECURRENCE_UNKNOWN:
    'De sleutel {key} lijkt een herhaling, maar die schrijfwijze wordt niet begrepen; het evenement staat er één keer in.',
  EVENT_RECURRENCE_KIND:
    '{value} in {key} heeft een uur, maar het evenement duurt de hele dag ({start}).',
  EVENT_EXDATE_WITHOUT_RULE: '{key} sluit datums uit, maar het evenement herhaalt niet.',
  EVENT_EXDATE_NO_MATCH: '{value} in {key} is geen keer van de regel {rule}.',
  // site conventions
  EVENT_DRAFT: 'Een klad (draft: true): de site publiceert het niet, de agenda dus ook niet.',
  EVENT_UNPUBLISHED: 'Niet gepubliceerd (published: false): ook niet in de agenda.',
  EVENT_NOT_YET_PUBLISHED: 'Pas gepubliceerd vanaf {value} ({key}): nog niet in de agenda.',
  EVENT_EXPIRED: 'Verlopen sinds {value} ({key}): niet meer in de agenda.',
  EVENT_SECTION_PAGE: 'Een sectiepagina (_index.md) is de lijst zelf, geen evenement.',
  EVENT_START_FROM_FILE_NAME:
    'Geen datum in de frontmatter: de datum uit de bestandsnaam ({value}) wordt gebruikt, zoals Jekyll doet.',
  EVENT_KEY_SHADOWED:
    '{key} wordt genegeerd: {used} geeft hetzelfde veld al, met een andere waarde.',
  // files and text
  EVENT_FILE_SKIPPED: 'Overgeslagen: {reason}.',
  EVENT_ENCODING_INVALID:
    'Het bestand is geen UTF-8; het is gelezen als Windows-1252 (Latin-1). Bewaar het als UTF-8.',
  EVENT_YAML_UNKNOWN_TAG: 'Onbekende YAML-tag {tag}; de waarde wordt als gewone tekst gelezen.',
  EVENT_TEXT_TOO_LONG:
    'De tekst is {length} tekens lang; alleen de eerste {limit} worden als beschrijving gebruikt.',
  // the effect of a problem in lenient mode
  dropped: '{field} weggelaten',
  rejected: 'evenement niet opgenomen',
  // hints
  HINT_YEAR_EARLIER: 'Het einde ligt precies een jaar vóór de start: gekopieerd van vorig jaar?',
  HINT_PAST_MIDNIGHT: 'Eindigt het na middernacht? Zet dan ook de einddatum.',
  HINT_DATE_EXAMPLE: 'Schrijf bijvoorbeeld {example}.',
  HINT_HOUR_DIGITS: 'Bedoel je {suggestion}?',
  HINT_DAY_FROM_FILE: 'De bestandsnaam zegt {fileDate}.',
  HINT_STRAY_QUOTES: 'Schrijf {key}: "{value}".',
  HINT_BASE_URL: 'Geef een basis-URL op (--base-url https://…) of schrijf de volledige link.',
  HINT_PAGE_RELATIVE: 'Schrijf de link vanaf de root van de site (/…) of volledig (https://…).',
  HINT_TIMEZONE: 'Gebruik een IANA-naam, zoals Europe/Brussels of Europe/Amsterdam.',
  HINT_LANGUAGE: 'Gebruik een BCP 47-code, zoals nl, nl-BE of en.',
  HINT_FRONTMATTER:
    'Zet bovenaan het bestand een blok tussen --- en --- met minstens title en date.',
  HINT_UNCLOSED: 'Sluit de frontmatter af met een regel {fence}.',
  HINT_END_OF_DAY: 'Schrijf {suggestion} als je het einde van de dag bedoelt.',
  HINT_ONE_DIGIT_HOUR: 'Schrijf {suggestion}.',
  HINT_DRAFTS: 'Neem kladversies toch op met --drafts (optie drafts: true).',
  HINT_FUTURE: 'Neem ze toch op met --future (optie future: true).',
  HINT_EXPIRED: 'Neem ze toch op met --expired (optie expired: true).',
  HINT_RRULE:
    'Schrijf bijvoorbeeld rrule: "FREQ=WEEKLY;BYDAY=WE;UNTIL=20260630", of repeat: weekly.',
} as const;

type Key = keyof typeof nl;

const en: Record<Key, string> = {
  EVENT_NO_FRONTMATTER:
    'No frontmatter: the file does not start with a --- (YAML) or +++ (TOML) line.',
  EVENT_FRONTMATTER_UNCLOSED: 'The frontmatter is not closed: the second {fence} line is missing.',
  EVENT_FRONTMATTER_NOT_MAPPING: 'The frontmatter is not a set of keys and values.',
  EVENT_YAML_SYNTAX: 'YAML error: {detail}.',
  EVENT_YAML_STRAY_QUOTES: 'Empty quotes "" before the value of {key}.',
  EVENT_TOML_SYNTAX: 'TOML error: {detail}.',
  EVENT_DUPLICATE_KEY:
    'The key {key} appears twice (first on line {firstLine}); the last value is used, as Jekyll and Hugo do.',
  EVENT_UNKNOWN_KEY: 'Unknown key {key}: did you mean {suggestion}?',
  EVENT_TITLE_MISSING: 'The event has no title ({keys}).',
  EVENT_START_MISSING: 'The event has no start date ({keys}).',
  EVENT_FIELD_TYPE: 'The field {key} must be {expected}, but is {actual}.',
  EVENT_FIELD_EMPTY: 'The field {key} is empty.',
  EVENT_FRONTMATTER_UNREADABLE: 'The frontmatter could not be read.',
  EVENT_DATE_EMPTY: 'The date field {key} is empty.',
  EVENT_DATE_PLACEHOLDER: 'The date field {key} still holds the template text "{value}".',
  EVENT_DATE_INVALID: 'Not a valid date in {key}: "{value}".',
  EVENT_DATE_MONTH_RANGE: 'Month "{part}" in {key} does not exist (01–12).',
  EVENT_DATE_DAY_RANGE: 'Day "{part}" in {key} does not exist in that month (01–{max}).',
  EVENT_DATE_HOUR_RANGE:
    'Hour "{part}" in {key} does not exist (00–23, or 24:00:00 for the end of the day).',
  EVENT_DATE_HOUR_DIGITS: 'Hour "{part}" in {key} has too many digits.',
  EVENT_DATE_MINUTE_RANGE: 'Minutes "{part}" in {key} do not exist (00–59).',
  EVENT_DATE_SECOND_RANGE: 'Seconds "{part}" in {key} do not exist (00–59).',
  EVENT_DATE_OFFSET_INVALID: 'Invalid UTC offset in {key}: "{part}".',
  EVENT_DATE_END_OF_DAY: '{key} uses 24:00, the end of the day; read as {value}.',
  EVENT_DATE_ONE_DIGIT_HOUR: 'One-digit hour in {key} ("{part}"); ISO 8601 asks for two digits.',
  EVENT_DATE_FRACTION_DROPPED: 'Fractions of seconds in {key} are ignored.',
  EVENT_DATE_DST_GAP:
    '{value} does not exist in {timeZone} (clocks spring forward); read as {actual}.',
  EVENT_DATE_AMBIGUOUS:
    '{value} happens twice in {timeZone} (clocks fall back); the first one is used.',
  EVENT_DATE_OFFSET_MISMATCH:
    'The offset {offset} in {key} differs from {timeZone} at that moment ({zoneOffset}); the instant is kept, which is {value} in {timeZone}.',
  EVENT_DATE_YEAR_MISMATCH:
    'The year in {key} ({year}) differs from the one in the file name ({fileYear}).',
  EVENT_TIME_CONFLICT: '{key} gives a time, but {dateKey} already has one; {key} is ignored.',
  EVENT_END_BEFORE_START: 'The end ({end}) is before the start ({start}).',
  EVENT_END_EQUALS_START: 'The end equals the start; the end is left out.',
  EVENT_END_KIND_MISMATCH:
    'Start and end must both be dates, or both dates with a time ({start} / {end}).',
  EVENT_TIMEZONE_INVALID: 'Unknown time zone "{value}"; using {fallback}.',
  EVENT_URL_EMPTY: 'The link in {key} is empty.',
  EVENT_URL_RELATIVE: 'The link in {key} is relative ("{value}"); a calendar needs a full URL.',
  EVENT_URL_PAGE_RELATIVE:
    'The link in {key} is relative to its page ("{value}"), and this page’s URL is not known.',
  EVENT_URL_INVALID: 'Not a valid link in {key}: "{value}".',
  EVENT_URL_PLACEHOLDER: 'The link in {key} is an example address ("{value}").',
  EVENT_LOCATION_IS_URL: 'The location in {key} is a link; it is used as the location’s link.',
  EVENT_LANGUAGE_INVALID: 'Not a valid language tag in {key}: "{value}".',
  EVENT_DUPLICATE_ID: 'The id "{id}" is also used by {other}; this event is left out.',
  EVENT_RRULE_SYNTAX:
    'No recurrence rule in {key}: "{part}" is not a NAME=VALUE part (rule "{rule}").',
  EVENT_RRULE_FREQ_MISSING:
    'The recurrence rule in {key} does not say how often (FREQ is missing).',
  EVENT_RRULE_UNKNOWN_PART: 'Unknown part {part} in the recurrence rule of {key}.',
  EVENT_RRULE_DUPLICATE_PART: '{part} appears twice in the recurrence rule of {key}.',
  EVENT_RRULE_VALUE: '{part}={value} in {key} is invalid; expected: {expected}.',
  EVENT_RRULE_UNTIL_AND_COUNT:
    'The recurrence rule in {key} has both UNTIL and COUNT; RFC 5545 allows only one of them.',
  EVENT_RRULE_PART_NOT_ALLOWED: '{part} cannot be combined with FREQ={freq} (RFC 5545).',
  EVENT_RRULE_NEVER: 'The recurrence rule in {key} falls on no day that exists ({rule}).',
  EVENT_RRULE_UNTIL_TYPE:
    'UNTIL={value} in {key} must be a {kind} like the start; read as UNTIL={fixed} ({timeZone}).',
  EVENT_RRULE_UNTIL_BEFORE_START:
    'UNTIL={value} in {key} is before the start ({start}): only the start itself is left.',
  EVENT_RRULE_START_NOT_IN_RULE:
    'The start ({start}) is not on the rule {rule} (first time: {first}); calendar apps differ on whether the start is shown.',
  EVENT_RECURRENCE_UNKNOWN:
    'The key {key} looks like a recurrence, but this form is not understood; the event is listed once.',
  EVENT_RECURRENCE_KIND: '{value} in {key} has a time, but the event lasts all day ({start}).',
  EVENT_EXDATE_WITHOUT_RULE: '{key} excludes dates, but the event does not repeat.',
  EVENT_EXDATE_NO_MATCH: '{value} in {key} is not a time of the rule {rule}.',
  EVENT_DRAFT: 'A draft (draft: true): the site does not publish it, so neither does the calendar.',
  EVENT_UNPUBLISHED: 'Not published (published: false): left out of the calendar too.',
  EVENT_NOT_YET_PUBLISHED: 'Published only from {value} ({key}): not in the calendar yet.',
  EVENT_EXPIRED: 'Expired since {value} ({key}): no longer in the calendar.',
  EVENT_SECTION_PAGE: 'A section page (_index.md) is the list itself, not an event.',
  EVENT_START_FROM_FILE_NAME:
    'No date in the frontmatter: the date in the file name ({value}) is used, as Jekyll does.',
  EVENT_KEY_SHADOWED: '{key} is ignored: {used} already gives this field, with another value.',
  EVENT_FILE_SKIPPED: 'Skipped: {reason}.',
  EVENT_ENCODING_INVALID:
    'The file is not UTF-8; it was read as Windows-1252 (Latin-1). Save it as UTF-8.',
  EVENT_YAML_UNKNOWN_TAG: 'Unknown YAML tag {tag}; the value is read as plain text.',
  EVENT_TEXT_TOO_LONG:
    'The text is {length} characters long; only the first {limit} are used as the description.',
  dropped: '{field} left out',
  rejected: 'event left out',
  HINT_YEAR_EARLIER: 'The end is exactly one year before the start: copied from last year?',
  HINT_PAST_MIDNIGHT: 'Does it end after midnight? Then set the end date too.',
  HINT_DATE_EXAMPLE: 'Write for example {example}.',
  HINT_HOUR_DIGITS: 'Did you mean {suggestion}?',
  HINT_DAY_FROM_FILE: 'The file name says {fileDate}.',
  HINT_STRAY_QUOTES: 'Write {key}: "{value}".',
  HINT_BASE_URL: 'Give a base URL (--base-url https://…) or write the full link.',
  HINT_PAGE_RELATIVE: 'Write the link from the site’s root (/…) or in full (https://…).',
  HINT_TIMEZONE: 'Use an IANA name such as Europe/Brussels or Europe/Amsterdam.',
  HINT_LANGUAGE: 'Use a BCP 47 tag such as nl, nl-BE or en.',
  HINT_FRONTMATTER:
    'Start the file with a block between --- and --- holding at least title and date.',
  HINT_UNCLOSED: 'Close the frontmatter with a {fence} line.',
  HINT_END_OF_DAY: 'Write {suggestion} if you mean the end of the day.',
  HINT_ONE_DIGIT_HOUR: 'Write {suggestion}.',
  HINT_DRAFTS: 'Include drafts with --drafts (option drafts: true).',
  HINT_FUTURE: 'Include them with --future (option future: true).',
  HINT_EXPIRED: 'Include them with --expired (option expired: true).',
  HINT_RRULE: 'Write for example rrule: "FREQ=WEEKLY;BYDAY=WE;UNTIL=20260630", or repeat: weekly.',
};

/** The catalogue of diagnostic messages (nl default, en complete). */
export const messages = createCatalog<Record<Key, string>>({ nl, en });
export type MessageKey = Key;
