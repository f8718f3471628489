/**
 * `dist/klaslab-elements.js`: one self-contained module for a `<script type="module">` tag. Points
 * the colorizer at the files shipped beside it: the bundled worker (with ONNX Runtime), the
 * runtime's `.wasm`, the default model and the sample photos. Pages can still override each with
 * attributes (`model-src`, `wasm-path`, `worker-src`).
 */

export * from '../index.js';
export { standaloneDefaults } from './standalone-defaults.js';
