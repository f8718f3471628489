import type { ImageBuffer } from '@klaslab/core';

export type Family = 'lab-ab-classification' | 'lab-ab-regression' | 'rgb-to-rgb';

export interface GenerateOptions {
  family?: Family;
  seed?: number;
  /** Manifest input size (and the fixed size when `dynamic` is false). Default 64. */
  inputSize?: number;
  /** Symbolic height/width dims (default true). */
  dynamic?: boolean;
  /** Classification: the bins (default Zhang's 313). */
  bins?: number[][];
  /** Classification: raw logits (default) or softmax inside the graph. */
  kind?: 'logits' | 'probabilities';
  /** Classification: spread of the random logits. */
  gain?: number;
  name?: string;
}

export interface GeneratedModel {
  // biome-ignore lint/suspicious/noExplicitAny: a manifest under test may be deliberately broken
  manifest: any;
  bytes: Uint8Array;
}

export function prng(seed: number): () => number;
export function zhangBins(): number[][];
export function gridBins(): number[][];
export function generateModel(options?: GenerateOptions): GeneratedModel;
export function writeModel(dir: string, options?: GenerateOptions): Promise<string>;
export function syntheticImage(
  width: number,
  height: number,
  options?: { seed?: number; alpha?: boolean },
): ImageBuffer;
