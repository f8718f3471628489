/** The kernels' WebAssembly bytes, assembled from wasm/photo-kernels.wat.mjs. */
export function assemble(): Promise<Uint8Array>;
/** The text of src/color/simd/photo-kernels.wasm.ts for the current kernel source. */
export function generated(): Promise<string>;
