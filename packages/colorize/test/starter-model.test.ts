import * as ort from 'onnxruntime-web/wasm';
import { describe, expect, it } from 'vitest';
import { starterModel } from '../src/browser/starter-model.js';

// The model that starts ONNX Runtime in browsers before the real one arrives: it must be a valid
// ONNX model that the same runtime (onnxruntime-web's WASM build, here in Node) loads and runs.
describe('starterModel', () => {
  it('is y = Relu(x) on a float tensor of shape [1]', async () => {
    ort.env.wasm.numThreads = 1;
    const session = await ort.InferenceSession.create(starterModel());
    try {
      expect(session.inputNames).toEqual(['x']);
      expect(session.outputNames).toEqual(['y']);
      for (const [x, y] of [
        [-2, 0],
        [0.5, 0.5],
      ] as const) {
        const out = await session.run({ x: new ort.Tensor('float32', Float32Array.of(x), [1]) });
        expect(Array.from(out.y!.data as Float32Array)).toEqual([y]);
        expect(out.y!.dims).toEqual([1]);
      }
    } finally {
      await session.release();
    }
  });

  it('is small and the same every time', () => {
    const bytes = starterModel();
    expect(bytes.length).toBeLessThan(100);
    expect(starterModel()).toEqual(bytes);
  });
});
