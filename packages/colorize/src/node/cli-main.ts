import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KlasLabError } from '@klaslab/core';
import { checkOutputs } from '@klaslab/core/node';
import { IMAGE_EXTENSIONS } from './image-io.js';
import { type ColorizeFileResult, type Colorizer, colorizeFile, createColorizer } from './index.js';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  signal?: AbortSignal;
}

const USAGE = `Usage: klaslab-colorize <image|dir…> [options]

Colorizes black-and-white photos with the bundled KlasLab model or your own ONNX model.
Inputs: JPEG, PNG, WebP, AVIF or TIFF files, or folders of them (not recursive).

Options:
  -o, --output <path>     output file (one input) or folder (created if needed);
                          default: beside each input as <name>-colorized.<ext>
      --model <path|url>  model.json, its folder, the .onnx file, an http(s) URL, or a
                          bundled model's name: klaslab-small (the default) or klaslab-tiny
      --size <n>          side of the square the model sees (default: the model's, e.g. 256;
                          at most 1024: memory and time grow with its square)
      --temperature <t>   classification models: annealing temperature
                          (default: the model's, in its model.json)
      --saturation <s>    chroma multiplier, 0 = grey, 1 = as predicted
                          (default: the model's, else 1)
      --confidence-gate <g>
                          classification models, 0..1: chroma fades to grey where the
                          model's confidence is below g; 0 = off (default: the model's)
      --seed <n>          sample a plausible colouring with this seed
      --compare           write a side-by-side picture: grey | colorized
      --max-pixels <n>    refuse larger images before decoding (default 50000000)
      --json              print a JSON report on stdout instead of text
  -q, --quiet             no progress bar or per-file lines
  -h, --help              show this help
  -V, --version           show the version

Exit status: 0 all files colorized, 1 a file or the model failed, 2 usage error
(including outputs that would overwrite an input or each other: checked before any work).
An input is never overwritten.
`;

class UsageError extends Error {}

function numberOption(
  value: string | undefined,
  name: string,
  integer = false,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} needs a ${integer ? 'whole ' : ''}number (got "${value}")`);
  }
  return n;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return pkg.version as string;
}

// `photo-colorized.png`, `photo-compare.png`: names this tool writes, never read as inputs.
const OWN_OUTPUT = /-(colorized|compare)$/;
const isOwnOutput = (file: string) => OWN_OUTPUT.test(basename(file, extname(file)));

/** Expands folders to the image files in them, keeps files as given, drops duplicates. */
async function collectInputs(paths: string[]): Promise<{ files: string[]; folders: string[] }> {
  const out: string[] = [];
  const folders: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(file);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info?.isDirectory()) {
      folders.push(p);
      const names = (await readdir(p)).sort();
      for (const name of names) {
        const ext = extname(name).toLowerCase();
        if (!IMAGE_EXTENSIONS.includes(ext) || name.startsWith('.')) continue;
        if (isOwnOutput(name)) continue;
        add(join(p, name));
      }
    } else {
      add(p); // missing files are reported per file
    }
  }
  return { files: out, folders };
}

function outputExtension(input: string): string {
  const ext = extname(input);
  return IMAGE_EXTENSIONS.includes(ext.toLowerCase()) ? ext : '.png';
}

function outputFor(
  input: string,
  output: string | undefined,
  asDir: boolean,
  compare: boolean,
): string {
  const ext = outputExtension(input);
  const stem = basename(input, extname(input));
  const suffix = compare ? '-compare' : '-colorized';
  if (output && !asDir) return output;
  const folder = output ?? dirname(input);
  const plain = join(folder, `${stem}${ext}`);
  if (output && resolve(plain) !== resolve(input)) return plain;
  return join(folder, `${stem}${suffix}${ext}`);
}

function progressBar(io: CliIo, done: number, total: number, label: string): void {
  const width = 24;
  const filled = Math.round((done / total) * width);
  const columns = io.stderr.columns ?? 80;
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
  io.stderr.write(
    `\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length + 10))}`,
  );
}

function describeError(error: unknown): { code: string; message: string; hint?: string } {
  if (KlasLabError.is(error)) {
    const hint = typeof error.details?.hint === 'string' ? error.details.hint : undefined;
    return { code: error.code, message: error.message, ...(hint ? { hint } : {}) };
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** A failure that stops the whole run, as JSON on stdout (`--json`) or a line on stderr. */
function reportFailure(io: CliIo, json: boolean, error: unknown): void {
  const e = describeError(error);
  if (json) io.stdout.write(`${JSON.stringify({ ok: false, error: e }, null, 2)}\n`);
  else
    io.stderr.write(
      `klaslab-colorize: ${e.message} (${e.code})\n${e.hint ? `  hint: ${e.hint}\n` : ''}`,
    );
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit status. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        model: { type: 'string' },
        size: { type: 'string' },
        temperature: { type: 'string' },
        saturation: { type: 'string' },
        'confidence-gate': { type: 'string' },
        seed: { type: 'string' },
        compare: { type: 'boolean' },
        'max-pixels': { type: 'string' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  }
  let options: {
    inputSize?: number;
    temperature?: number;
    saturation?: number;
    confidenceGate?: number;
    seed?: number;
    maxPixels?: number;
  };
  try {
    ({ values, positionals } = parse());
    if (values.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (values.version) {
      io.stdout.write(`${await version()}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('no input images given');
    options = {};
    const size = numberOption(values.size, 'size', true);
    const temperature = numberOption(values.temperature, 'temperature');
    const saturation = numberOption(values.saturation, 'saturation');
    const confidenceGate = numberOption(values['confidence-gate'], 'confidence-gate');
    const seed = numberOption(values.seed, 'seed', true);
    const maxPixels = numberOption(values['max-pixels'], 'max-pixels', true);
    if (size !== undefined) options.inputSize = size;
    if (temperature !== undefined) options.temperature = temperature;
    if (saturation !== undefined) options.saturation = saturation;
    if (confidenceGate !== undefined) options.confidenceGate = confidenceGate;
    if (seed !== undefined) options.seed = seed;
    if (maxPixels !== undefined) {
      if (maxPixels < 1) throw new UsageError('--max-pixels must be at least 1');
      options.maxPixels = maxPixels;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`klaslab-colorize: ${message}\nTry 'klaslab-colorize --help'.\n`);
    return 2;
  }

  const { files: inputs, folders } = await collectInputs(positionals);
  if (inputs.length === 0) {
    io.stderr.write('klaslab-colorize: no images found in the given folders\n');
    return 2;
  }
  const output = values.output;
  const outputInfo = output ? await stat(output).catch(() => undefined) : undefined;
  const asDir =
    !!output &&
    (outputInfo?.isDirectory() === true ||
      /[/\\]$/.test(output) ||
      inputs.length > 1 ||
      (await stat(positionals[0]!).catch(() => undefined))?.isDirectory() === true);
  if (output && asDir && outputInfo && !outputInfo.isDirectory()) {
    io.stderr.write(`klaslab-colorize: -o ${output} is a file, but several images need a folder\n`);
    return 2;
  }
  if (output && asDir) {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(output, { recursive: true });
  }
  // Every output is known before anything is written: an output that is an input (also through
  // a symlink or a hard link), two inputs that map to one output (d1/x.png and d2/x.png, or x.png
  // and x.gif), or a file of the user's in an input folder stop the run here, not half-way.
  const targets = inputs.map((input) => outputFor(input, output, asDir, values.compare === true));
  try {
    await checkOutputs({
      outputs: targets,
      inputs,
      folders: folders.map((path) => ({ path, recursive: false })),
      isOwnOutput,
    });
  } catch (error) {
    reportFailure(io, values.json === true, error);
    return 2;
  }
  const quiet = values.quiet || values.json;
  const showBar = !quiet && inputs.length > 1 && io.stderr.isTTY === true;

  let colorizer: Colorizer;
  try {
    colorizer = await createColorizer({
      ...(values.model ? { model: values.model } : {}),
      ...(options.maxPixels ? { maxPixels: options.maxPixels } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } catch (error) {
    reportFailure(io, values.json === true, error);
    return 1;
  }

  const results: Array<
    ColorizeFileResult | { input: string; error: ReturnType<typeof describeError> }
  > = [];
  let failed = 0;
  try {
    for (const [index, input] of inputs.entries()) {
      if (io.signal?.aborted) break;
      if (showBar) progressBar(io, index, inputs.length, basename(input));
      const target = targets[index]!;
      try {
        const result = await colorizeFile(input, target, {
          colorizer,
          ...options,
          ...(values.compare ? { compare: true } : {}),
          ...(io.signal ? { signal: io.signal } : {}),
        });
        results.push(result);
        if (!quiet && !showBar) {
          io.stderr.write(
            `${input} → ${target} (${result.width}×${result.height}, ${Math.round(result.timings.total)} ms)\n`,
          );
        }
      } catch (error) {
        failed += 1;
        const e = describeError(error);
        results.push({ input, error: e });
        if (!values.json) {
          if (showBar) io.stderr.write('\n');
          io.stderr.write(
            `klaslab-colorize: ${input}: ${e.message} (${e.code})\n${e.hint ? `  hint: ${e.hint}\n` : ''}`,
          );
        }
      }
    }
    if (showBar) {
      progressBar(io, inputs.length, inputs.length, 'done');
      io.stderr.write('\n');
    }
  } finally {
    await colorizer.dispose();
  }
  const interrupted = io.signal?.aborted === true;
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          ok: failed === 0 && !interrupted,
          model: {
            name: colorizer.info.name,
            version: colorizer.info.version,
            family: colorizer.info.family,
          },
          results,
        },
        null,
        2,
      )}\n`,
    );
  }
  if (interrupted) return 130;
  return failed === 0 ? 0 : 1;
}
