import { parseArgs as nodeParseArgs } from 'node:util';
import { KlasLabError } from '@klaslab/core';
import { ownValue } from '../own-key.js';

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
  /** A calendar for subscription: REFRESH-INTERVAL and SEQUENCE (see the README). */
  feed: boolean;
  refreshInterval?: string;
  drafts: boolean;
  future: boolean;
  expired: boolean;
  includeUnderscored: boolean;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

/** The options, as `util.parseArgs` reads them. */
export const OPTIONS = {
  ics: { type: 'string' },
  json: { type: 'string' },
  jsonld: { type: 'string' },
  'time-zone': { type: 'string' },
  strict: { type: 'boolean' },
  preset: { type: 'string' },
  'base-url': { type: 'string' },
  'uid-domain': { type: 'string' },
  name: { type: 'string' },
  lang: { type: 'string' },
  feed: { type: 'boolean' },
  'refresh-interval': { type: 'string' },
  drafts: { type: 'boolean' },
  future: { type: 'boolean' },
  expired: { type: 'boolean' },
  'include-underscored': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/**
 * `--json` and `--jsonld` take an optional file, which `util.parseArgs` cannot express: without a
 * file that ends in the right extension right after them, they get `-` (standard output).
 */
const OPTIONAL_VALUE: Record<string, RegExp> = {
  '--json': /\.json$/i,
  '--jsonld': /\.(jsonld|json)$/i,
};

/** A usage problem; `key` names its message in the CLI catalogue, so it is shown in one language. */
export class UsageError extends KlasLabError {
  constructor(
    readonly key: 'unknownOption' | 'needsValue' | 'bothStdout' | 'noInputs',
    readonly params: Record<string, string> = {},
  ) {
    super('EVENTS_CLI_USAGE', `${key} ${Object.values(params).join(' ')}`.trim());
  }
}

function withOptionalValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const pattern = ownValue(OPTIONAL_VALUE, arg);
    if (!pattern) {
      out.push(arg === '--json=' || arg === '--jsonld=' ? `${arg}-` : arg);
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('-') && pattern.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(`${arg}=-`);
  }
  return out;
}

/**
 * Parses the command line with Node's `util.parseArgs`. Problems are {@link UsageError}s whose
 * messages the caller shows in the run's language.
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const { values, positionals, tokens } = nodeParseArgs({
    args: withOptionalValues(argv),
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = ownValue(OPTIONS as Record<string, { type: string }>, token.name);
    if (!option) throw new UsageError('unknownOption', { option: token.rawName });
    if (
      option.type === 'string' &&
      (token.value === undefined ||
        token.value === '' ||
        (!token.inlineValue && token.value.startsWith('--')))
    )
      throw new UsageError('needsValue', { option: token.rawName });
    if (option.type === 'boolean' && token.value !== undefined)
      throw new UsageError('unknownOption', { option: `${token.rawName}=${token.value}` });
  }
  const text = (name: keyof typeof OPTIONS) =>
    typeof values[name] === 'string' ? (values[name] as string) : undefined;
  const flag = (name: keyof typeof OPTIONS) => values[name] === true;
  const args: CliArgs = {
    inputs: positionals,
    strict: flag('strict'),
    feed: flag('feed'),
    drafts: flag('drafts'),
    future: flag('future'),
    expired: flag('expired'),
    includeUnderscored: flag('include-underscored'),
    verbose: flag('verbose'),
    help: flag('help'),
    version: flag('version'),
  };
  const strings = {
    ics: 'ics',
    json: 'json',
    jsonld: 'jsonld',
    timeZone: 'time-zone',
    preset: 'preset',
    baseUrl: 'base-url',
    uidDomain: 'uid-domain',
    name: 'name',
    lang: 'lang',
    refreshInterval: 'refresh-interval',
  } as const;
  for (const [field, option] of Object.entries(strings)) {
    const value = text(option);
    if (value !== undefined) args[field as keyof typeof strings] = value;
  }
  // Two formats on one standard output would be neither (`--ics - --json` mixed them).
  if ([args.ics, args.json, args.jsonld].filter((o) => o === '-').length > 1)
    throw new UsageError('bothStdout');
  return args;
}

/**
 * The language of one run: `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX order), English
 * for the `C`/`POSIX` locale and for languages without messages; Dutch when nothing is set.
 */
export function cliLocale(
  lang: string | undefined,
  env: Record<string, string | undefined>,
): 'nl' | 'en' {
  const chosen =
    lang ??
    [env.KLASLAB_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
      (v) => v !== undefined && v !== '',
    );
  if (chosen === undefined) return 'nl';
  const base = chosen
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return base === 'nl' ? 'nl' : 'en';
}

/** The `--lang` value as given, read before anything else may fail (so errors use it too). */
export function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('--lang=')) return arg.slice(7);
    if (arg === '--lang' && argv[i + 1] !== undefined) return argv[i + 1];
  }
  return undefined;
}
