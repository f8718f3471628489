import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { KlasLabError, localizeError } from '@klaslab/core';
import { checkOutputs, FILE_ERROR_TEXTS } from '@klaslab/core/node';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { feedSequences } from '../ical/feed.js';
import { type ICalendarOptions, toICalendar } from '../ical/serialize.js';
import { toJson, toJsonLd } from '../jsonld/jsonld.js';
import { buildTime } from '../node/build-time.js';
import { EVENTS_ERROR_TEXTS } from '../node/error-texts.js';
import { findEventFiles, readEventFiles, writeFileAtomic } from '../node/files.js';
import { type CliArgs, cliLocale, langArgument, parseArgs, UsageError } from './args.js';
import { cliMessages } from './messages.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd?: string;
}

const VERSION = '0.0.0';

/**
 * Runs `klaslab-events` and returns its exit code: 0 (warnings at most), 1 (errors in the
 * events), 2 (usage or file problems). Separate from the executable so tests can call it.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // One language for the whole run, chosen before anything can fail.
  const locale = cliLocale(langArgument(argv), io.env);
  const t = cliMessages.forLocale(locale);
  const usageError = (detail: string): number => {
    io.stderr(`${t('badArgs', { detail })}\n${t('shortUsage')}\n`);
    return 2;
  };
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(t(error.key, error.params));
    throw error;
  }
  if (args.help) {
    io.stdout(`${t('help')}\n`);
    return 0;
  }
  if (args.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (args.inputs.length === 0) return usageError(t('noInputs'));
  try {
    const cwd = io.cwd ?? process.cwd();
    const inputs = args.inputs.map((p) => resolve(cwd, p));
    const now = buildTime(io.env);
    const files = await findEventFiles(inputs, { includeUnderscored: args.includeUnderscored });
    // An output must never replace an input (a typo like `--ics _events/a.md`, through a symlink
    // too) nor anything else of the user's in the input folders (a skipped `_template.md`).
    const folders = [];
    for (const input of inputs) {
      if ((await stat(input)).isDirectory()) folders.push({ path: input, recursive: true });
    }
    await checkOutputs({
      outputs: [args.ics, args.json, args.jsonld]
        .filter((o): o is string => o !== undefined && o !== '-')
        .map((o) => resolve(cwd, o)),
      inputs: files,
      folders,
      isOwnOutput: (path) => OUTPUT_EXTENSIONS.has(extname(path).toLowerCase()),
    });
    const result = await readEventFiles(inputs, {
      includeUnderscored: args.includeUnderscored,
      drafts: args.drafts,
      future: args.future,
      expired: args.expired,
      now,
      locale,
      mode: args.strict ? 'strict' : 'lenient',
      ...(args.timeZone !== undefined && { timeZone: args.timeZone }),
      ...(args.preset !== undefined && { preset: args.preset as 'auto' }),
      ...(args.baseUrl !== undefined && { baseUrl: args.baseUrl }),
    });
    const display = (file: string | undefined) => (file ? relativeTo(cwd, file) : file);
    let errors = 0;
    let warnings = 0;
    for (const d of result.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else if (!args.verbose) continue;
      io.stderr(`${formatDiagnostic({ ...d, file: display(d.file) })}\n`);
    }
    const uidDomain = args.uidDomain ?? (args.baseUrl ? new URL(args.baseUrl).hostname : undefined);
    const events = result.events.map((e) => ({
      ...e,
      source: { ...e.source, ...(e.source.file && { file: display(e.source.file) }) },
    }));
    if (args.ics) {
      const options: ICalendarOptions = {
        now,
        ...(uidDomain !== undefined && { uidDomain }),
        ...(args.name !== undefined && { name: args.name }),
        ...((args.feed || args.refreshInterval !== undefined) && {
          refreshInterval: args.refreshInterval ?? 'PT12H',
        }),
      };
      let ics = toICalendar(events, options);
      if (args.feed) {
        // SEQUENCE goes up for each event whose content changed since the feed on disk, so
        // subscribed clients replace it instead of keeping the old version.
        const previous =
          args.ics === '-'
            ? undefined
            : await readFile(resolve(cwd, args.ics), 'utf8').catch(() => undefined);
        ics = toICalendar(events, { ...options, sequences: feedSequences(previous, ics) });
      }
      await writeOut(args.ics, ics, cwd, io);
      if (args.ics !== '-') io.stderr(`${t('wrote', { path: args.ics, count: events.length })}\n`);
    }
    if (args.json) {
      await writeOut(args.json, jsonText(toJson(events)), cwd, io);
      if (args.json !== '-')
        io.stderr(`${t('wrote', { path: args.json, count: events.length })}\n`);
    }
    if (args.jsonld) {
      await writeOut(args.jsonld, jsonText(events.map((e) => toJsonLd(e))), cwd, io);
      if (args.jsonld !== '-')
        io.stderr(`${t('wrote', { path: args.jsonld, count: events.length })}\n`);
    }
    io.stderr(
      `${[t('files', { count: result.files }), t('events', { count: events.length }), t('errors', { count: errors }), t('warnings', { count: warnings })].join(', ')}\n`,
    );
    return errors > 0 ? 1 : 0;
  } catch (error) {
    if (KlasLabError.is(error)) {
      const { message, hint } = localizeError(error, locale, FILE_ERROR_TEXTS, EVENTS_ERROR_TEXTS);
      io.stderr(`klaslab-events: ${error.code}: ${message}${hint ? `\n    ${hint}` : ''}\n`);
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    if (e?.code && typeof e.code === 'string') {
      io.stderr(`klaslab-events: ${e.code}: ${e.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** JSON as the CLI writes it: two-space indent, newline at the end. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// The kinds of file this tool writes: an existing one in an input folder is a previous output.
const OUTPUT_EXTENSIONS = new Set(['.ics', '.json', '.jsonld']);

async function writeOut(path: string, data: string, cwd: string, io: CliIo): Promise<void> {
  if (path === '-') io.stdout(data);
  else {
    const target = resolve(cwd, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, data);
  }
}

function relativeTo(cwd: string, file: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}
