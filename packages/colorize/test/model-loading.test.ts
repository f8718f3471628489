import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_MODELS,
  bundledModelPath,
  createColorizer,
  defaultModelPath,
  parseManifest,
} from '../src/node/index.js';
import { loadModel } from '../src/node/model-loader.js';
import { generateModel, writeModel } from './helpers/onnx-model.js';
import { tempDir } from './helpers/setup.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

async function modelDir(
  name: string,
  edit?: (manifest: Record<string, unknown>) => void,
  bytes?: Uint8Array,
) {
  const target = join(dir, name);
  await mkdir(target, { recursive: true });
  const generated = generateModel({ family: 'lab-ab-classification', inputSize: 32 });
  const manifest = generated.manifest;
  edit?.(manifest);
  await writeFile(join(target, 'model.onnx'), bytes ?? generated.bytes);
  await writeFile(join(target, 'model.json'), JSON.stringify(manifest));
  return target;
}

describe('model loading', () => {
  it('accepts model.json, its folder or the .onnx path', async () => {
    const target = await modelDir('ok');
    for (const model of [join(target, 'model.json'), target, join(target, 'model.onnx')]) {
      const colorizer = await createColorizer({ model });
      expect(colorizer.info).toMatchObject({
        family: 'lab-ab-classification',
        inputSize: 32,
        alternatives: true,
      });
      await colorizer.dispose();
    }
  });

  it('reports progress while loading', async () => {
    const target = await modelDir('progress');
    const stages: string[] = [];
    const colorizer = await createColorizer({
      model: target,
      onProgress: (p) => stages.push(p.stage),
    });
    expect(stages).toEqual(['manifest', 'model', 'verify', 'session']);
    await colorizer.dispose();
  });

  it('fails clearly when the model or its manifest is missing', async () => {
    await expect(createColorizer({ model: join(dir, 'nowhere') })).rejects.toMatchObject({
      code: 'MODEL_NOT_FOUND',
      details: expect.objectContaining({ file: join(dir, 'nowhere') }),
    });
    const target = await modelDir('no-onnx', (m) => {
      m.file = 'weights.onnx';
    });
    await expect(createColorizer({ model: target })).rejects.toMatchObject({
      code: 'MODEL_NOT_FOUND',
      details: expect.objectContaining({ file: join(target, 'weights.onnx') }),
    });
  });

  it('checks the sha256 and size', async () => {
    const target = await modelDir('bad-sha', (m) => {
      m.sha256 = '0'.repeat(64);
    });
    await expect(createColorizer({ model: target })).rejects.toMatchObject({
      code: 'MODEL_SHA256_MISMATCH',
      details: expect.objectContaining({
        expected: '0'.repeat(64),
        file: join(target, 'model.onnx'),
      }),
    });
    const other = await modelDir('bad-size', (m) => {
      m.bytes = 12;
    });
    await expect(createColorizer({ model: other })).rejects.toMatchObject({
      code: 'MODEL_SHA256_MISMATCH',
    });
  });

  it('refuses a corrupt .onnx whose manifest matches it', async () => {
    const garbage = new TextEncoder().encode('this is not an ONNX protobuf at all'.repeat(10));
    const { createHash } = await import('node:crypto');
    const target = await modelDir(
      'corrupt',
      (m) => {
        m.sha256 = createHash('sha256').update(garbage).digest('hex');
        m.bytes = garbage.length;
      },
      garbage,
    );
    await expect(createColorizer({ model: target })).rejects.toMatchObject({
      code: 'MODEL_CORRUPT',
    });
  });

  it('checks tensor names and shapes against the manifest', async () => {
    const wrongInput = await modelDir('wrong-input', (m) => {
      (m.input as { name: string }).name = 'grey';
    });
    await expect(createColorizer({ model: wrongInput })).rejects.toMatchObject({
      code: 'MODEL_SIGNATURE_MISMATCH',
      details: expect.objectContaining({ expected: 'grey', actual: ['L'] }),
    });
    const wrongOutput = await modelDir('wrong-output', (m) => {
      (m.output as { name: string }).name = 'ab';
    });
    await expect(createColorizer({ model: wrongOutput })).rejects.toMatchObject({
      code: 'MODEL_SIGNATURE_MISMATCH',
    });
    // 313 logits declared as 2 channels (with two bins): the graph's shape says otherwise.
    const wrongChannels = await modelDir('wrong-channels', (m) => {
      (m.output as { channels: number }).channels = 2;
      (m.decode as { bins: number[][] }).bins = [
        [0, 0],
        [1, 1],
      ];
    });
    await expect(createColorizer({ model: wrongChannels })).rejects.toMatchObject({
      code: 'MODEL_SIGNATURE_MISMATCH',
    });
    // Wrong stride is only visible at run time.
    const wrongStride = await modelDir('wrong-stride', (m) => {
      (m.output as { stride: number }).stride = 2;
    });
    const colorizer = await createColorizer({ model: wrongStride });
    await expect(
      colorizer.colorize({ width: 4, height: 4, data: new Uint8ClampedArray(64) }),
    ).rejects.toMatchObject({
      code: 'MODEL_SIGNATURE_MISMATCH',
    });
    await colorizer.dispose();
  });

  it('validates the manifest field by field', async () => {
    const { manifest } = generateModel();
    // biome-ignore lint/suspicious/noExplicitAny: deliberately breaking arbitrary fields
    const broken = (edit: (m: Record<string, any>) => void) => {
      const copy = structuredClone(manifest);
      edit(copy);
      return () => parseManifest(copy, 'model.json');
    };
    expect(
      broken((m) => {
        m.schema = 2;
      }),
    ).toThrow(/schema/);
    expect(
      broken((m) => {
        m.family = 'gan';
      }),
    ).toThrow(expect.objectContaining({ code: 'MODEL_UNSUPPORTED_FAMILY' }));
    expect(
      broken((m) => {
        m.sha256 = 'abc';
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'MODEL_MANIFEST_INVALID',
        details: expect.objectContaining({ field: 'sha256', file: 'model.json' }),
      }),
    );
    expect(
      broken((m) => {
        m.decode.bins.pop();
      }),
    ).toThrow(/decode.bins/);
    expect(
      broken((m) => {
        m.decode.bins[5] = [1];
      }),
    ).toThrow(/decode.bins\[5\]/);
    expect(
      broken((m) => {
        m.decode.saturation = -0.5;
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'MODEL_MANIFEST_INVALID',
        details: expect.objectContaining({ field: 'decode.saturation' }),
      }),
    );
    expect(
      broken((m) => {
        m.decode.confidenceGate = 1.5;
      }),
    ).toThrow(/decode.confidenceGate/);
    expect(
      broken((m) => {
        m.input.normalization.scale = 0;
      }),
    ).toThrow(/input.normalization.scale/);
    expect(
      broken((m) => {
        m.inputSize = 30;
      }),
    ).toThrow(/multiple of output.stride/);
    expect(
      broken((m) => {
        delete m.license;
      }),
    ).toThrow(/license/);
    const target = join(dir, 'not-json');
    await mkdir(target);
    await writeFile(join(target, 'model.json'), '{ "schema": 1, ');
    await expect(loadModel(target)).rejects.toMatchObject({ code: 'MODEL_MANIFEST_INVALID' });
  });

  it('loads over HTTP from localhost, with progress', async () => {
    const { createServer } = await import('node:http');
    const target = await modelDir('http');
    const server = createServer(async (req, res) => {
      try {
        const body = await readFile(join(target, req.url!.slice(1)));
        res.writeHead(200, { 'content-length': body.length }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const seen: number[] = [];
      const colorizer = await createColorizer({
        model: `http://127.0.0.1:${port}/model.json`,
        onProgress: (p) => p.stage === 'model' && seen.push(p.loaded / p.total),
      });
      expect(seen.at(-1)).toBe(1);
      await colorizer.dispose();
      await expect(
        createColorizer({ model: `http://127.0.0.1:${port}/nothing/model.json` }),
      ).rejects.toMatchObject({
        code: 'MODEL_NOT_FOUND',
      });
    } finally {
      server.close();
    }
  });

  it('loads the bundled default model through the same path', async () => {
    expect(defaultModelPath()).toMatch(/models[/\\]default[/\\]model\.json$/);
    const { existsSync } = await import('node:fs');
    if (existsSync(defaultModelPath())) {
      const colorizer = await createColorizer();
      expect(colorizer.info.name).toBe('klaslab-small');
      await colorizer.dispose();
    } else {
      await expect(createColorizer()).rejects.toMatchObject({
        code: 'MODEL_NOT_FOUND',
        details: expect.objectContaining({
          hint: expect.stringMatching(/no bundled model "default"/),
        }),
      });
    }
    // The copy step that bundles them, exercised on a generated model.
    const { copyDefaultModel } = await import('../scripts/copy-default-model.mjs');
    const source = join(dir, 'klaslab-tiny');
    await writeModel(source, { inputSize: 32 });
    await writeFile(join(source, 'MODEL_CARD.md'), '# test card\n');
    await writeFile(join(source, 'ATTRIBUTION.tsv'), 'file\tauthor\tlicence\n');
    const destination = join(dir, 'package-models', 'default');
    expect(await copyDefaultModel(source, destination)).toBe(true);
    expect(await readFile(join(destination, 'MODEL_CARD.md'), 'utf8')).toBe('# test card\n');
    expect(await readFile(join(destination, 'ATTRIBUTION.tsv'), 'utf8')).toMatch(/^file\tauthor/);
    const colorizer = await createColorizer({ model: destination });
    expect(colorizer.info.family).toBe('lab-ab-classification');
    await colorizer.dispose();
    expect(await copyDefaultModel(join(dir, 'absent'), join(dir, 'none'))).toBe(false);
  });

  it('loads bundled models by name: default = klaslab-small, klaslab-tiny for comparisons', async () => {
    expect(BUNDLED_MODELS).toEqual({
      default: 'default',
      'klaslab-small': 'default',
      'klaslab-tiny': 'klaslab-tiny',
    });
    expect(bundledModelPath('klaslab-small')).toBe(defaultModelPath());
    expect(bundledModelPath('klaslab-tiny')).toMatch(/models[/\\]klaslab-tiny[/\\]model\.json$/);
    // other strings stay paths or URLs; inherited object keys are not names
    for (const other of [
      './klaslab-tiny',
      'klaslab-tiny/',
      'constructor',
      'toString',
      'KLASLAB-TINY',
    ]) {
      expect(bundledModelPath(other)).toBeUndefined();
    }
    const { existsSync } = await import('node:fs');
    const tiny = bundledModelPath('klaslab-tiny') as string;
    if (existsSync(tiny)) {
      const colorizer = await createColorizer({ model: 'klaslab-tiny' });
      expect(colorizer.info.name).toBe('klaslab-tiny');
      await colorizer.dispose();
    } else {
      await expect(createColorizer({ model: 'klaslab-tiny' })).rejects.toMatchObject({
        code: 'MODEL_NOT_FOUND',
        details: expect.objectContaining({
          hint: expect.stringMatching(/no bundled model "klaslab-tiny"/),
        }),
      });
    }
    const { BUNDLED } = await import('../scripts/copy-default-model.mjs');
    expect(BUNDLED).toEqual([
      { from: 'klaslab-small', to: 'default' },
      { from: 'klaslab-tiny', to: 'klaslab-tiny' },
    ]);
  });
});
