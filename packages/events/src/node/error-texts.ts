import type { ErrorTexts } from '@klaslab/core';

/**
 * Dutch and French texts of the errors `@klaslab/events` throws, for `localizeError` (English is
 * the errors' own text). Placeholders come from each error's `details`.
 */
export const EVENTS_ERROR_TEXTS: ErrorTexts = {
  nl: {
    EVENTS_FILE_NOT_FOUND: { message: 'Kan "{file}" niet lezen.' },
    EVENTS_BAD_TIME_ZONE: {
      message: 'Onbekende tijdzone "{timeZone}".',
      hint: 'Gebruik een IANA-naam zoals Europe/Brussels of Europe/Amsterdam.',
    },
    EVENTS_UNKNOWN_PRESET: {
      message: 'Onbekende voorinstelling "{preset}".',
      hint: 'Kies uit: {presets}.',
    },
    EVENTS_BAD_BASE_URL: {
      message: 'De basis-URL moet een volledige http(s)-URL zijn, niet "{value}".',
    },
    EVENTS_BAD_OPTION: { message: 'Ongeldige waarde voor {field}: "{value}".' },
    EVENTS_BAD_SOURCE_DATE_EPOCH: {
      message:
        'SOURCE_DATE_EPOCH moet een geheel aantal seconden sinds 1970 zijn (hoogstens {max}), niet "{value}".',
      hint: 'Bijvoorbeeld SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).',
    },
    EVENTS_TIME_SPAN_TOO_LONG: {
      message:
        'De evenementen in {timeZone} lopen van {fromYear} tot {toYear}; een agenda kan hoogstens {max} jaar tijdzonegeschiedenis beschrijven.',
      hint: 'Controleer de jaartallen van de vroegste evenementen.',
    },
    EVENTS_DUPLICATE_UID: {
      message: 'Twee evenementen hebben de id "{id}".',
      hint: 'Geef elk evenement een eigen anker, of gebruik parseEvents: dat laat dubbele weg.',
    },
    EVENTS_END_BEFORE_START: { message: 'Evenement "{id}" eindigt voor het begint.' },
    EVENTS_BAD_RECURRENCE: { message: 'Evenement "{id}" heeft een ongeldige RRULE "{rule}".' },
    EVENTS_INVALID_EVENT: {
      message: 'Evenement "{id}": het veld {field} is ongeldig.',
      hint: 'Lees evenementen met parseEvent/parseEvents, die elk veld controleren, of verbeter dit veld.',
    },
  },
  fr: {
    EVENTS_FILE_NOT_FOUND: { message: 'Impossible de lire « {file} ».' },
    EVENTS_BAD_TIME_ZONE: {
      message: 'Fuseau horaire inconnu « {timeZone} ».',
      hint: 'Utilisez un nom IANA comme Europe/Brussels ou Europe/Paris.',
    },
    EVENTS_UNKNOWN_PRESET: {
      message: 'Préréglage inconnu « {preset} ».',
      hint: 'Choisissez parmi : {presets}.',
    },
    EVENTS_BAD_BASE_URL: {
      message: 'L’URL de base doit être une URL http(s) complète, pas « {value} ».',
    },
    EVENTS_BAD_OPTION: { message: 'Valeur non valide pour {field} : « {value} ».' },
    EVENTS_BAD_SOURCE_DATE_EPOCH: {
      message:
        'SOURCE_DATE_EPOCH doit être un nombre entier de secondes depuis 1970 (au plus {max}), pas « {value} ».',
      hint: 'Par exemple SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).',
    },
    EVENTS_TIME_SPAN_TOO_LONG: {
      message:
        'Les événements en {timeZone} vont de {fromYear} à {toYear} ; un calendrier peut décrire au plus {max} ans d’historique de fuseau horaire.',
      hint: 'Vérifiez les années des premiers événements.',
    },
    EVENTS_DUPLICATE_UID: {
      message: 'Deux événements ont l’identifiant « {id} ».',
      hint: 'Donnez à chaque événement sa propre ancre, ou utilisez parseEvents, qui écarte les doublons.',
    },
    EVENTS_END_BEFORE_START: { message: 'L’événement « {id} » se termine avant de commencer.' },
    EVENTS_BAD_RECURRENCE: { message: 'L’événement « {id} » a une RRULE non valide « {rule} ».' },
    EVENTS_INVALID_EVENT: {
      message: 'Événement « {id} » : le champ {field} n’est pas valide.',
      hint: 'Lisez les événements avec parseEvent/parseEvents, qui vérifient chaque champ, ou corrigez celui-ci.',
    },
  },
};
