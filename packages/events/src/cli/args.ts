import { KlasLabError } from '@klaslab/core';

export interface CliArgs {
  inputs: string[];
  ics?: string;
  /** `-` means standard output. */
  json?: string;
  jsonld?: string;
  timeZone?: string;
  strict: boolean;
  preset?: string;
  baseUrl?: string;
  uidDomain?: string;
  name?: string;
  lang?: string;
  includeUnderscored: boolean;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

const WITH_VALUE = new Set([
  '--ics',
  '--time-zone',
  '--preset',
  '--base-url',
  '--uid-domain',
  '--name',
  '--lang',
]);
const OPTIONAL_VALUE: Record<string, RegExp> = {
  '--json': /\.json$/i,
  '--jsonld': /\.(jsonld|json)$/i,
};

function bad(detail: string): never {
  throw new KlasLabError('EVENTS_CLI_USAGE', detail);
}

/**
 * Parses the command line. `--json`/`--jsonld` take an optional file (recognised by its extension,
 * or given as `--json=out.json`); without one they write to standard output.
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    inputs: [],
    strict: false,
    includeUnderscored: false,
    verbose: false,
    help: false,
    version: false,
  };
  const set = (flag: string, value: string) => {
    switch (flag) {
      case '--ics':
        args.ics = value;
        break;
      case '--json':
        args.json = value;
        break;
      case '--jsonld':
        args.jsonld = value;
        break;
      case '--time-zone':
        args.timeZone = value;
        break;
      case '--preset':
        args.preset = value;
        break;
      case '--base-url':
        args.baseUrl = value;
        break;
      case '--uid-domain':
        args.uidDomain = value;
        break;
      case '--name':
        args.name = value;
        break;
      case '--lang':
        args.lang = value;
        break;
    }
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    if (flag === '--strict') args.strict = true;
    else if (flag === '--include-underscored') args.includeUnderscored = true;
    else if (flag === '--verbose' || flag === '-v') args.verbose = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--version') args.version = true;
    else if (WITH_VALUE.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
        bad(`${flag} needs a value`);
      set(flag, value);
    } else if (flag in OPTIONAL_VALUE) {
      if (inline !== undefined) set(flag, inline === '' ? '-' : inline);
      else {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('-') && OPTIONAL_VALUE[flag]!.test(next)) {
          set(flag, next);
          i++;
        } else set(flag, '-');
      }
    } else bad(`unknown option ${flag}`);
  }
  if (args.json === '-' && args.jsonld === '-')
    bad('--json and --jsonld cannot both write to standard output');
  return args;
}

export const USAGE = `klaslab-events <dir|files…> [options]

  --ics <out.ics>          write an iCalendar file (RFC 5545)
  --json [out.json]        write the events as JSON (standard output without a file)
  --jsonld [out.jsonld]    write schema.org JSON-LD (standard output without a file)
  --time-zone <zone>       zone for times without offset (default Europe/Brussels)
  --strict                 reject an event on any error (default: lenient)
  --preset <name>          auto (default), dwengo or common
  --base-url <url>         resolve site-relative links (/images/…) against this URL
  --uid-domain <domain>    right-hand side of UIDs (default: host of --base-url, else klaslab.events)
  --name <name>            calendar name
  --lang <nl|en>           language of messages (default: from LANG, else nl)
  --include-underscored    also read _template.md and other _-files in folders
  --verbose, -v            also print informational notes
  --help, -h               this help

Exit code 0 with warnings only, 1 when any error was found, 2 for a usage or file error.
Set SOURCE_DATE_EPOCH for a reproducible DTSTAMP.`;
