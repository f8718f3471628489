import { KlasLabError } from '@klaslab/core';
import { describe, expect, it } from 'vitest';
import { importNodeEngine } from '../src/node/engines.js';

// onnxruntime-node and sharp are optional peer dependencies: without them, Node code gets a coded
// error naming the package to install (the consumer-install test checks it on a real install).
describe('optional Node engines', () => {
  it('names the missing package in a coded error', async () => {
    const missing = Object.assign(new Error("Cannot find package 'sharp' imported from x.js"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const error = await importNodeEngine('sharp', () => Promise.reject(missing)).catch((e) => e);
    expect(KlasLabError.is(error)).toBe(true);
    expect(error.code).toBe('COLORIZE_NODE_ENGINE_MISSING');
    expect(error.message).toContain('npm install sharp');
    expect(error.details).toMatchObject({ package: 'sharp' });
  });

  it('passes other failures through, and loads an engine once', async () => {
    const broken = new Error('libvips: wrong ELF class');
    await expect(importNodeEngine('sharp', () => Promise.reject(broken))).rejects.toBe(broken);
    let loads = 0;
    const load = async () => ({ loaded: ++loads });
    const first = await importNodeEngine('onnxruntime-node', load);
    expect(await importNodeEngine('onnxruntime-node', load)).toBe(first);
    expect(loads).toBe(1);
  });
});
