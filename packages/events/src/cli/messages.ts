import { createCatalog } from '@klaslab/core';

const nl = {
  files: { one: '{count} bestand', other: '{count} bestanden' },
  events: { one: '{count} evenement', other: '{count} evenementen' },
  errors: { one: '{count} fout', other: '{count} fouten' },
  warnings: { one: '{count} waarschuwing', other: '{count} waarschuwingen' },
  wrote: {
    one: '{path} geschreven ({count} evenement)',
    other: '{path} geschreven ({count} evenementen)',
  },
  badArgs: 'Ongeldige opdracht: {detail}',
  unknownOption: 'onbekende optie {option}',
  needsValue: '{option} heeft een waarde nodig',
  bothStdout: 'maar één van --ics, --json en --jsonld kan naar de standaarduitvoer schrijven',
  noInputs: 'geen bestanden of mappen opgegeven',
  shortUsage:
    'Gebruik: klaslab-events <map|bestanden…> [opties]\nAlle opties: klaslab-events --help',
  help: `klaslab-events <map|bestanden…> [opties]

  --ics <uit.ics>           schrijf een iCalendar-bestand (RFC 5545)
  --feed                    een agenda om op te abonneren: REFRESH-INTERVAL en SEQUENCE
  --refresh-interval <duur> hoe vaak agenda's verversen (ISO 8601, standaard PT12H met --feed)
  --json [uit.json]         schrijf de evenementen als JSON (zonder bestand: standaarduitvoer)
  --jsonld [uit.jsonld]     schrijf schema.org JSON-LD (zonder bestand: standaarduitvoer)
  --time-zone <zone>        zone voor tijden zonder verschuiving (standaard Europe/Brussels)
  --strict                  weiger een evenement bij elke fout (standaard: soepel)
  --preset <naam>           auto (standaard), dwengo of common
  --base-url <url>          site-relatieve links (/images/…) ten opzichte van deze URL
  --uid-domain <domein>     rechterkant van de UID's (standaard: host van --base-url, anders klaslab.events)
  --name <naam>             naam van de agenda
  --drafts                  ook kladversies (draft: true, published: false)
  --future                  ook pagina's met een publishDate in de toekomst
  --expired                 ook pagina's met een verstreken expiryDate
  --lang <nl|en>            taal van de meldingen (standaard: uit LC_ALL/LANG; Engels voor C)
  --include-underscored     lees ook _template.md en andere _-bestanden in mappen
  --verbose, -v             toon ook de informatieve meldingen
  --version                 toon de versie
  --help, -h                deze hulp

Afsluitcode 0 met hoogstens waarschuwingen, 1 bij een fout in de evenementen, 2 bij een fout in de
opdracht of de bestanden. Zet SOURCE_DATE_EPOCH voor een reproduceerbare DTSTAMP.`,
};

const en: typeof nl = {
  files: { one: '{count} file', other: '{count} files' },
  events: { one: '{count} event', other: '{count} events' },
  errors: { one: '{count} error', other: '{count} errors' },
  warnings: { one: '{count} warning', other: '{count} warnings' },
  wrote: { one: 'wrote {path} ({count} event)', other: 'wrote {path} ({count} events)' },
  badArgs: 'Invalid command: {detail}',
  unknownOption: 'unknown option {option}',
  needsValue: '{option} needs a value',
  bothStdout: 'only one of --ics, --json and --jsonld can write to standard output',
  noInputs: 'no files or folders given',
  shortUsage: 'Usage: klaslab-events <dir|files…> [options]\nAll options: klaslab-events --help',
  help: `klaslab-events <dir|files…> [options]

  --ics <out.ics>           write an iCalendar file (RFC 5545)
  --feed                    a calendar to subscribe to: REFRESH-INTERVAL and SEQUENCE
  --refresh-interval <dur>  how often calendars refresh (ISO 8601, default PT12H with --feed)
  --json [out.json]         write the events as JSON (standard output without a file)
  --jsonld [out.jsonld]     write schema.org JSON-LD (standard output without a file)
  --time-zone <zone>        zone for times without offset (default Europe/Brussels)
  --strict                  reject an event on any error (default: lenient)
  --preset <name>           auto (default), dwengo or common
  --base-url <url>          resolve site-relative links (/images/…) against this URL
  --uid-domain <domain>     right-hand side of UIDs (default: host of --base-url, else klaslab.events)
  --name <name>             calendar name
  --drafts                  also drafts (draft: true, published: false)
  --future                  also pages whose publishDate is in the future
  --expired                 also pages whose expiryDate has passed
  --lang <nl|en>            language of messages (default: from LC_ALL/LANG; English for C)
  --include-underscored     also read _template.md and other _-files in folders
  --verbose, -v             also print informational notes
  --version                 print the version
  --help, -h                this help

Exit code 0 with warnings only, 1 when any error was found in the events, 2 for a usage or file
error. Set SOURCE_DATE_EPOCH for a reproducible DTSTAMP.`,
};

export const cliMessages = createCatalog({ nl, en });
