import { createCatalog } from '@klaslab/core';

export const cliMessages = createCatalog({
  nl: {
    files: { one: '{count} bestand', other: '{count} bestanden' },
    events: { one: '{count} evenement', other: '{count} evenementen' },
    errors: { one: '{count} fout', other: '{count} fouten' },
    warnings: { one: '{count} waarschuwing', other: '{count} waarschuwingen' },
    wrote: '{path} geschreven ({count} evenementen)',
    usage: 'Gebruik',
    badArgs: 'Ongeldige opdracht: {detail}',
  },
  en: {
    files: { one: '{count} file', other: '{count} files' },
    events: { one: '{count} event', other: '{count} events' },
    errors: { one: '{count} error', other: '{count} errors' },
    warnings: { one: '{count} warning', other: '{count} warnings' },
    wrote: 'wrote {path} ({count} events)',
    usage: 'Usage',
    badArgs: 'Invalid command: {detail}',
  },
});
