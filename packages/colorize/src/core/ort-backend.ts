import { KlasLabError } from '@klaslab/core';
import type { InferenceBackend, TensorLike } from './engine.js';
import type { ModelManifest } from './manifest.js';

/**
 * The slice of the ONNX Runtime JavaScript API (shared by onnxruntime-node and onnxruntime-web via
 * onnxruntime-common) that the engine uses. Typed structurally so one adapter serves both.
 */
export interface OrtModule {
  InferenceSession: {
    create(model: Uint8Array, options?: Record<string, unknown>): Promise<OrtSession>;
  };
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
}

interface OrtSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  readonly inputMetadata?: ReadonlyArray<{
    name: string;
    isTensor: boolean;
    shape?: ReadonlyArray<number | string>;
  }>;
  readonly outputMetadata?: ReadonlyArray<{
    name: string;
    isTensor: boolean;
    shape?: ReadonlyArray<number | string>;
  }>;
  run(
    feeds: Record<string, unknown>,
    fetches?: readonly string[],
  ): Promise<Record<string, { data: unknown; dims: readonly number[]; dispose?: () => void }>>;
  release(): Promise<void>;
}

/** Creates an ONNX Runtime session and wraps it as an {@link InferenceBackend}. */
export async function createOrtBackend(
  ort: OrtModule,
  bytes: Uint8Array,
  manifest: ModelManifest,
  sessionOptions: Record<string, unknown> = {},
  file?: string,
): Promise<InferenceBackend> {
  let session: OrtSession;
  try {
    session = await ort.InferenceSession.create(bytes, sessionOptions);
  } catch (cause) {
    throw new KlasLabError(
      'MODEL_CORRUPT',
      `ONNX Runtime could not load the model: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
        details: {
          ...(file ? { file } : {}),
          hint: 'The .onnx file is damaged or uses operators this ONNX Runtime does not support.',
        },
      },
    );
  }
  const shapeOf = (
    list: OrtSession['inputMetadata'],
    name: string,
  ): ReadonlyArray<number | string> | undefined => {
    const m = list?.find((v) => v.name === name);
    return m?.isTensor ? m.shape : undefined;
  };
  const inputName = manifest.input.name;
  const outputName = manifest.output.name;
  return {
    inputNames: session.inputNames,
    outputNames: session.outputNames,
    inputShape: shapeOf(session.inputMetadata, inputName),
    outputShape: shapeOf(session.outputMetadata, outputName),
    async run(input: Float32Array, dims: readonly number[]): Promise<TensorLike> {
      const tensor = new ort.Tensor('float32', input, dims);
      let result: Awaited<ReturnType<OrtSession['run']>>;
      try {
        result = await session.run({ [inputName]: tensor }, [outputName]);
      } catch (cause) {
        throw new KlasLabError(
          'MODEL_RUN_FAILED',
          `ONNX Runtime failed to run the model: ${cause instanceof Error ? cause.message : String(cause)}`,
          { cause, details: { dims: [...dims] } },
        );
      }
      const out = result[outputName]!;
      if (!(out.data instanceof Float32Array)) {
        throw new KlasLabError(
          'MODEL_SIGNATURE_MISMATCH',
          `The model's output "${outputName}" is not float32.`,
          {
            details: { hint: 'Export the model with a float32 output.' },
          },
        );
      }
      return { data: out.data, dims: out.dims };
    },
    async dispose() {
      await session.release();
    },
  };
}
