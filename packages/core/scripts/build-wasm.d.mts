/** The row kernel's WebAssembly bytes, assembled from wasm/recombine-row.wat.mjs. */
export function assemble(): Promise<Uint8Array>;
/** The text of src/color/simd/recombine-row.wasm.ts for the current kernel source. */
export function generated(): Promise<string>;
