import { KlasLabError } from '@klaslab/core';
import { inputSizeProblem } from './limits.js';

/** The model families the engine knows how to pre- and post-process. */
export type ModelFamily = 'lab-ab-classification' | 'lab-ab-regression' | 'rgb-to-rgb';
export const MODEL_FAMILIES: readonly ModelFamily[] = [
  'lab-ab-classification',
  'lab-ab-regression',
  'rgb-to-rgb',
];

/** L* input: value = (L* − offset) / scale. */
export interface LightnessNormalization {
  offset: number;
  scale: number;
}

/** Per-channel RGB normalisation on 0…1 values: value = (v − mean[c]) / std[c]. */
export interface RgbNormalization {
  mean: [number, number, number];
  std: [number, number, number];
}

export interface ManifestInput {
  name: string;
  layout: 'NCHW';
  channels: number;
  normalization: LightnessNormalization | RgbNormalization;
}

export interface ManifestOutput {
  name: string;
  layout: 'NCHW';
  channels: number;
  /** Input pixels per output pixel along each axis (1 = same size). */
  stride: number;
  /** Classification: raw `logits` or `probabilities` (softmax inside the graph). */
  kind?: 'logits' | 'probabilities';
  /** Regression: ab = value × scale. */
  scale?: number;
  /** rgb-to-rgb: the normalisation to invert. */
  normalization?: RgbNormalization;
}

/** `model.json`, the manifest that sits beside every `.onnx` file (schema 1). */
export interface ModelManifest {
  schema: 1;
  name: string;
  version: string;
  family: ModelFamily;
  file: string;
  sha256: string;
  bytes: number;
  inputSize: number;
  input: ManifestInput;
  output: ManifestOutput;
  /** Classification only. */
  decode?: ManifestDecode;
  license: string;
  citation: string;
  trainingData: string;
  modelCard?: string;
}

/** How a classification model's bin scores become a*b* (its defaults; calls may override them). */
export interface ManifestDecode {
  /** Annealing temperature T > 0 (0.38 when the manifest gives none, as in Zhang et al.). */
  temperature: number;
  /** Chroma multiplier ≥ 0 (1 when the manifest gives none: as predicted). */
  saturation: number;
  /**
   * Confidence gate 0…1 (0 when the manifest gives none: off): where the model's confidence is
   * below the gate, its chroma is scaled by confidence / gate, so uncertain pixels fade to grey.
   */
  confidenceGate: number;
  bins: Array<[number, number]>;
}

type Json = Record<string, unknown>;

class ManifestChecker {
  constructor(private readonly file: string | undefined) {}

  fail(path: string, message: string, hint?: string): never {
    throw new KlasLabError('MODEL_MANIFEST_INVALID', `Model manifest: ${path} ${message}`, {
      details: {
        ...(this.file ? { file: this.file } : {}),
        field: path,
        hint: hint ?? 'See "Model manifest" in the @klaslab/colorize README for every field.',
      },
    });
  }

  object(value: unknown, path: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'must be an object.');
    }
    return value as Json;
  }

  string(obj: Json, key: string, path: string): string {
    const v = obj[key];
    if (typeof v !== 'string' || v.length === 0)
      this.fail(`${path}${key}`, 'must be a non-empty string.');
    return v;
  }

  number(
    obj: Json,
    key: string,
    path: string,
    check?: (n: number) => boolean,
    what = 'a number',
  ): number {
    const v = obj[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || (check && !check(v))) {
      this.fail(`${path}${key}`, `must be ${what} (got ${JSON.stringify(v)}).`);
    }
    return v;
  }

  triple(obj: Json, key: string, path: string, positive = false): [number, number, number] {
    const v = obj[key];
    if (
      !Array.isArray(v) ||
      v.length !== 3 ||
      !v.every((n) => typeof n === 'number' && Number.isFinite(n) && (!positive || n > 0))
    ) {
      this.fail(`${path}${key}`, `must be three ${positive ? 'positive ' : ''}numbers.`);
    }
    return [v[0], v[1], v[2]];
  }

  rgbNormalization(value: unknown, path: string): RgbNormalization {
    const n = this.object(value, path);
    return {
      mean: this.triple(n, 'mean', `${path}.`),
      std: this.triple(n, 'std', `${path}.`, true),
    };
  }
}

const positiveInt = (n: number) => Number.isInteger(n) && n > 0;

/**
 * Validates a parsed `model.json` and returns it typed. Throws `MODEL_MANIFEST_INVALID` naming the
 * first bad field (and `file`, when given) otherwise.
 */
export function parseManifest(value: unknown, file?: string): ModelManifest {
  const c: ManifestChecker = new ManifestChecker(file);
  const m = c.object(value, 'the manifest');
  if (m.schema !== 1) {
    c.fail(
      'schema',
      `must be 1 (got ${JSON.stringify(m.schema)}).`,
      'This version of @klaslab/colorize reads manifest schema 1.',
    );
  }
  const family = c.string(m, 'family', '') as ModelFamily;
  if (!MODEL_FAMILIES.includes(family)) {
    throw new KlasLabError(
      'MODEL_UNSUPPORTED_FAMILY',
      `Model family "${family}" is not supported.`,
      {
        details: {
          ...(file ? { file } : {}),
          family,
          hint: `Use one of: ${MODEL_FAMILIES.join(', ')}.`,
        },
      },
    );
  }
  const name = c.string(m, 'name', '');
  const version = c.string(m, 'version', '');
  const modelFile = c.string(m, 'file', '');
  const sha256 = c.string(m, 'sha256', '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(sha256)) c.fail('sha256', 'must be 64 hexadecimal digits.');
  const bytes = c.number(m, 'bytes', '', positiveInt, 'a positive whole number');
  const inputSize = c.number(m, 'inputSize', '', positiveInt, 'a positive whole number');

  const inp = c.object(m.input, 'input');
  const input: ManifestInput = {
    name: c.string(inp, 'name', 'input.'),
    layout: 'NCHW',
    channels: c.number(inp, 'channels', 'input.', positiveInt, 'a positive whole number'),
    normalization: { offset: 0, scale: 1 },
  };
  if (inp.layout !== 'NCHW') c.fail('input.layout', 'must be "NCHW".');
  const out = c.object(m.output, 'output');
  const output: ManifestOutput = {
    name: c.string(out, 'name', 'output.'),
    layout: 'NCHW',
    channels: c.number(out, 'channels', 'output.', positiveInt, 'a positive whole number'),
    stride:
      out.stride === undefined
        ? 1
        : c.number(out, 'stride', 'output.', positiveInt, 'a positive whole number'),
  };
  if (out.layout !== 'NCHW') c.fail('output.layout', 'must be "NCHW".');
  if (inputSize % output.stride !== 0) {
    c.fail('inputSize', `must be a multiple of output.stride (${output.stride}).`);
  }
  const tooBig = inputSizeProblem(inputSize, output);
  if (tooBig) c.fail('inputSize', `must be ${tooBig} (got ${inputSize}).`);

  let decode: ModelManifest['decode'];
  if (family === 'rgb-to-rgb') {
    if (input.channels !== 3) c.fail('input.channels', 'must be 3 for the rgb-to-rgb family.');
    if (output.channels !== 3) c.fail('output.channels', 'must be 3 for the rgb-to-rgb family.');
    input.normalization = c.rgbNormalization(inp.normalization, 'input.normalization');
    output.normalization =
      out.normalization === undefined
        ? input.normalization
        : c.rgbNormalization(out.normalization, 'output.normalization');
  } else {
    if (input.channels !== 1) c.fail('input.channels', `must be 1 (L*) for the ${family} family.`);
    const n = c.object(inp.normalization, 'input.normalization');
    input.normalization = {
      offset: c.number(n, 'offset', 'input.normalization.'),
      scale: c.number(n, 'scale', 'input.normalization.', (v) => v !== 0, 'a non-zero number'),
    };
    if (family === 'lab-ab-regression') {
      if (output.channels !== 2)
        c.fail('output.channels', 'must be 2 (a*, b*) for lab-ab-regression.');
      output.scale =
        out.scale === undefined
          ? 1
          : c.number(out, 'scale', 'output.', (v) => v > 0, 'a positive number');
    } else {
      const kind = out.kind ?? 'logits';
      if (kind !== 'logits' && kind !== 'probabilities') {
        c.fail('output.kind', 'must be "logits" or "probabilities".');
      }
      output.kind = kind;
      const d = c.object(m.decode, 'decode');
      const temperature =
        d.temperature === undefined
          ? 0.38
          : c.number(d, 'temperature', 'decode.', (v) => v > 0, 'a positive number');
      const saturation =
        d.saturation === undefined
          ? 1
          : c.number(d, 'saturation', 'decode.', (v) => v >= 0 && v <= 10, 'a number from 0 to 10');
      const confidenceGate =
        d.confidenceGate === undefined
          ? 0
          : c.number(
              d,
              'confidenceGate',
              'decode.',
              (v) => v >= 0 && v <= 1,
              'a number from 0 to 1',
            );
      const bins = d.bins;
      if (!Array.isArray(bins) || bins.length !== output.channels) {
        c.fail(
          'decode.bins',
          `must list one [a, b] pair per output channel (${output.channels}, got ${Array.isArray(bins) ? bins.length : 'none'}).`,
        );
      }
      bins.forEach((pair, i) => {
        if (
          !Array.isArray(pair) ||
          pair.length !== 2 ||
          !pair.every((v) => typeof v === 'number' && Number.isFinite(v))
        ) {
          c.fail(`decode.bins[${i}]`, 'must be an [a, b] pair of numbers.');
        }
      });
      decode = { temperature, saturation, confidenceGate, bins: bins as Array<[number, number]> };
    }
  }
  const manifest: ModelManifest = {
    schema: 1,
    name,
    version,
    family,
    file: modelFile,
    sha256,
    bytes,
    inputSize,
    input,
    output,
    license: c.string(m, 'license', ''),
    citation: c.string(m, 'citation', ''),
    trainingData: c.string(m, 'trainingData', ''),
  };
  if (decode) manifest.decode = decode;
  if (typeof m.modelCard === 'string') manifest.modelCard = m.modelCard;
  return manifest;
}

/** Parses `model.json` text, turning a JSON syntax error into `MODEL_MANIFEST_INVALID`. */
export function parseManifestText(text: string, file?: string): ModelManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new KlasLabError('MODEL_MANIFEST_INVALID', 'The model manifest is not valid JSON.', {
      cause,
      details: { ...(file ? { file } : {}), hint: 'model.json must be a JSON object (schema 1).' },
    });
  }
  return parseManifest(value, file);
}

/** Lower-case hex SHA-256 of some bytes, with Web Crypto (browsers, workers and Node 20+). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  const view = new Uint8Array(digest);
  let hex = '';
  for (let i = 0; i < view.length; i++) hex += view[i]!.toString(16).padStart(2, '0');
  return hex;
}

/** Checks the model bytes against the manifest's size and SHA-256. */
export async function verifyModelBytes(
  bytes: Uint8Array,
  manifest: ModelManifest,
  file?: string,
): Promise<void> {
  const where = file ? { file } : {};
  if (bytes.length !== manifest.bytes) {
    throw new KlasLabError(
      'MODEL_SHA256_MISMATCH',
      `The model file has ${bytes.length} bytes; its manifest says ${manifest.bytes}.`,
      {
        details: {
          ...where,
          expected: manifest.bytes,
          actual: bytes.length,
          hint: 'The download was cut short or the file does not belong to this model.json.',
        },
      },
    );
  }
  const actual = await sha256Hex(bytes);
  if (actual !== manifest.sha256) {
    throw new KlasLabError(
      'MODEL_SHA256_MISMATCH',
      'The model file does not match the sha256 in its manifest.',
      {
        details: {
          ...where,
          expected: manifest.sha256,
          actual,
          hint: 'The file is corrupt or was replaced; download it again or regenerate model.json.',
        },
      },
    );
  }
}
