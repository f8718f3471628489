import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageRoot } from './helpers/harness.js';

const run = promisify(execFile);

describe('importing in Node (SSR)', () => {
  it('every ESM entry imports without a DOM and without touching one', async () => {
    const script = `
      const entries = ['index', 'ai-colorizer', 'ai-event-list', 'ai-event-card', 'ai-explainer'];
      const seen = [];
      for (const name of ['document', 'window', 'customElements']) {
        if (name in globalThis) throw new Error(name + ' exists before import');
      }
      for (const e of entries) {
        const m = await import('./dist/' + e + '.js');
        seen.push(e + ':' + Object.keys(m).sort().join(','));
      }
      const touched = ['document', 'window'].filter((n) => n in globalThis);
      console.log(JSON.stringify({ seen, touched, registered: globalThis.customElements?.get?.('ai-colorizer') !== undefined }));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: packageRoot,
    });
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
    expect(result.touched).toEqual([]);
    // Lit's Node build brings its own customElements registry (@lit-labs/ssr-dom-shim), so server
    // rendering finds the element: registered there, with no DOM touched.
    expect(result.registered).toBe(true);
    expect(result.seen.find((s: string) => s.startsWith('index:'))).toContain('AiColorizer');
    expect(result.seen.find((s: string) => s.startsWith('ai-event-list:'))).toContain(
      'AiEventList',
    );
  });
});
