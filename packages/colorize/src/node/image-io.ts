import { extname } from 'node:path';
import { type ImageBuffer, KlasLabError } from '@klaslab/core';
import { readInputFile } from '@klaslab/core/node';
import type { Metadata } from 'sharp';
import { DEFAULT_MAX_PIXELS, tooLarge } from '../core/limits.js';
import { loadSharp } from './engines.js';

export interface DecodedImage extends ImageBuffer {
  /** Whether the source had an alpha channel (else alpha is 255 everywhere). */
  hasAlpha: boolean;
  /** The source format as sharp names it (jpeg, png, webp, avif/heif, tiff, …). */
  format: string;
}

export interface DecodeOptions {
  /** Refuse images with more pixels than this, read from the header before decoding (default 50 MP). */
  maxPixels?: number;
  /** For error messages. */
  file?: string;
}

/** Image files above this size are refused before reading (1 GiB; a 50 MP 16-bit TIFF is 300 MB). */
export const MAX_IMAGE_FILE_BYTES = 1024 * 1024 * 1024;

function decodeError(cause: unknown, file: string | undefined): KlasLabError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const truncated = /premature|truncat|end of (file|stream)|unexpected end|short read|EOF/i.test(
    message,
  );
  return new KlasLabError(
    'IMAGE_DECODE_FAILED',
    truncated
      ? `The image file is truncated or corrupt: ${message}`
      : `The file could not be read as an image: ${message}`,
    {
      cause,
      details: {
        ...(file ? { file } : {}),
        hint: 'Use a JPEG, PNG, WebP, AVIF or TIFF photo; re-export it if it is damaged.',
      },
    },
  );
}

/**
 * Decodes an image file (path or encoded bytes) with sharp to 8-bit sRGB RGBA, upright (EXIF
 * orientation applied). 16-bit, greyscale, CMYK and ICC-tagged inputs are converted to 8-bit
 * sRGB. The size is checked from the header *before* the pixels are decoded, so a decompression
 * bomb is refused without allocating it.
 */
export async function decodeImage(
  input: string | Uint8Array,
  options: DecodeOptions = {},
): Promise<DecodedImage> {
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const file = options.file ?? (typeof input === 'string' ? input : undefined);
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    try {
      // Regular files only (a FIFO or /dev/zero named like a photo is refused, not read forever).
      bytes = await readInputFile(input, { maxBytes: MAX_IMAGE_FILE_BYTES });
    } catch (cause) {
      if (KlasLabError.is(cause) && cause.code === 'FILE_NOT_FOUND') {
        throw new KlasLabError('IMAGE_NOT_FOUND', `No such image file: ${input}`, {
          cause,
          details: { file: input },
        });
      }
      throw cause;
    }
  } else {
    bytes = input;
  }
  if (bytes.length === 0) {
    throw new KlasLabError('IMAGE_DECODE_FAILED', 'The image file is empty (0 bytes).', {
      details: { ...(file ? { file } : {}) },
    });
  }
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (cause) {
    throw decodeError(cause, file);
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width === 0 || height === 0) {
    throw new KlasLabError('IMAGE_EMPTY', `The image has no pixels (${width}×${height}).`, {
      details: { ...(file ? { file } : {}), width, height },
    });
  }
  if (width * height > maxPixels) {
    const error = tooLarge(width, height, maxPixels);
    if (file) error.details!.file = file;
    throw error;
  }
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'warning' })
      .autoOrient()
      .toColourspace('srgb')
      .ensureAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 4) {
      throw new KlasLabError(
        'IMAGE_UNSUPPORTED',
        `Unexpected ${info.channels}-channel pixels after conversion.`,
        {
          details: { ...(file ? { file } : {}), space: meta.space },
        },
      );
    }
    return {
      width: info.width,
      height: info.height,
      data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
      hasAlpha: meta.hasAlpha === true,
      format: meta.format ?? 'unknown',
    };
  } catch (cause) {
    if (KlasLabError.is(cause)) throw cause;
    throw decodeError(cause, file);
  }
}

const FORMATS: Record<string, 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff'> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.avif': 'avif',
  '.tif': 'tiff',
  '.tiff': 'tiff',
};

/** The output format for a file name, from its extension. */
export function formatForPath(path: string): 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff' {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) {
    throw new KlasLabError(
      'OUTPUT_UNSUPPORTED_FORMAT',
      `Cannot write "${extname(path) || path}" images.`,
      {
        details: { file: path, hint: `Use one of ${Object.keys(FORMATS).join(', ')}.` },
      },
    );
  }
  return format;
}

export const IMAGE_EXTENSIONS = Object.keys(FORMATS);

/**
 * Encodes RGBA pixels. Alpha is kept when `keepAlpha` and the format has it (JPEG is flattened on
 * white); otherwise the file is RGB.
 */
export async function encodeImage(
  image: ImageBuffer,
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff',
  keepAlpha: boolean,
): Promise<Buffer> {
  const sharp = await loadSharp();
  let pipeline = sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length), {
    raw: { width: image.width, height: image.height, channels: 4 },
    limitInputPixels: false,
  });
  if (!keepAlpha || format === 'jpeg') {
    pipeline = keepAlpha ? pipeline.flatten({ background: '#ffffff' }) : pipeline.removeAlpha();
  }
  switch (format) {
    case 'jpeg':
      return pipeline.jpeg({ quality: 90 }).toBuffer();
    case 'png':
      return pipeline.png().toBuffer();
    case 'webp':
      return pipeline.webp({ quality: 90 }).toBuffer();
    case 'avif':
      return pipeline.avif({ quality: 60 }).toBuffer();
    default:
      return pipeline.tiff({ compression: 'lzw' }).toBuffer();
  }
}
