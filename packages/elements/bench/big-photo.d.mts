/** A script that defines `globalThis.bigPhoto()`: a synthetic 4000 × 3000 ImageData. */
export declare const BIG_PHOTO: string;
