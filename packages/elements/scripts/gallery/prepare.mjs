// Turns a source picture into the gallery's RGBA pictures with sharp: Scratch cut-outs flattened on
// neutral grey (as the training data had them), the long side at most MAX_SIDE, and the derivation
// applied. Returns the truth (the true colours) and, where it differs, the input the model gets.
import sharp from 'sharp';

export const MAX_SIDE = 512;
/** Neutral grey (a* = b* = 0) behind cut-outs, like models/data/fetch.py's CUTOUT_GREY. */
const CUTOUT_GREY = { r: 128, g: 128, b: 128 };

// Sepia by the usual matrix (as CSS's sepia(1)), for the old-photo look.
const SEPIA = [
  [0.393, 0.769, 0.189],
  [0.349, 0.686, 0.168],
  [0.272, 0.534, 0.131],
];

/**
 * How each derived picture was made, in words for the manifest, and what it does. `truth` changes
 * the true colours (the picture itself is different); `input` changes only what the model sees
 * (the truth stays the original).
 */
export const DERIVATIONS = {
  invert: {
    how: 'colours inverted (negative: 255 - R, G, B) with sharp negate()',
    truth: (img) => img.negate({ alpha: false }),
  },
  'hue-180': {
    how: 'hue turned 180 degrees (sharp modulate({ hue: 180 }); lightness kept)',
    truth: (img) => img.modulate({ hue: 180 }),
  },
  'hue-120': {
    how: 'hue turned 120 degrees (sharp modulate({ hue: 120 }); lightness kept): the same object in another colour',
    truth: (img) => img.modulate({ hue: 120 }),
  },
  'upside-down': {
    how: 'turned upside down (rotated 180 degrees)',
    truth: (img) => img.rotate(180),
  },
  'old-photo': {
    how: 'an old-photo look for the model only: sepia, softened (blur 1.2), faded contrast, film grain (seeded) and a dark vignette; the truth is the unchanged colour photo',
    input: oldPhoto,
  },
};

/** Decodes `bytes` (jpg, png, gif's first frame, webp) to an RGBA sharp pipeline at gallery size. */
export async function load(bytes, { cutout = false } = {}) {
  let img = sharp(bytes, { animated: false }).ensureAlpha();
  if (cutout) img = sharp(await flattenCutout(img));
  const { data, info } = await img
    .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: CUTOUT_GREY })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The figure of a cut-out on grey, cropped to its opaque pixels plus a 10% margin (PNG bytes). */
async function flattenCutout(img) {
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  let x0 = info.width;
  let y0 = info.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++)
      if (data[(y * info.width + x) * 4 + 3] > 127) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
  if (x1 < 0) throw new Error('empty cut-out');
  const m = Math.trunc(0.1 * Math.max(x1 - x0, y1 - y0));
  const left = Math.max(x0 - m, 0);
  const top = Math.max(y0 - m, 0);
  return sharp(data, { raw: info })
    .flatten({ background: CUTOUT_GREY })
    .extract({
      left,
      top,
      width: Math.min(x1 + m + 1, info.width) - left,
      height: Math.min(y1 + m + 1, info.height) - top,
    })
    .png()
    .toBuffer();
}

const raw = (pic) =>
  sharp(pic.data, { raw: { width: pic.width, height: pic.height, channels: 4 } });

async function toPicture(img) {
  const { data, info } = await img.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Old-photo look of `pic` (same size), deterministic: the grain comes from a seeded generator. */
async function oldPhoto(pic) {
  const { width, height } = pic;
  const toned = await toPicture(raw(pic).removeAlpha().recomb(SEPIA).blur(1.2).linear(0.75, 40));
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const cx = width / 2;
  const cy = height / 2;
  const rmax = Math.hypot(cx, cy);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const vignette = 1 - 0.45 * (Math.hypot(x - cx, y - cy) / rmax) ** 2;
      const grain = (rand() - 0.5) * 30;
      for (let c = 0; c < 3; c++)
        toned.data[i + c] = Math.max(0, Math.min(255, toned.data[i + c] * vignette + grain));
    }
  return toned;
}

/**
 * The gallery pictures of one candidate: `truth` (true colours) and `input` (what the model is
 * given; the truth itself unless the derivation changes only the input).
 */
export async function derive(pic, name) {
  if (!name) return { truth: pic, input: pic };
  const d = DERIVATIONS[name];
  if (!d) throw new Error(`unknown derivation "${name}" (known: ${Object.keys(DERIVATIONS)})`);
  if (d.truth) {
    const truth = await toPicture(d.truth(raw(pic).removeAlpha()));
    return { truth, input: truth };
  }
  return { truth: pic, input: await d.input(pic) };
}

/** JPEG bytes of an RGBA picture (quality 80, the gallery's format). */
export function jpeg(pic, quality = 80) {
  return raw(pic).removeAlpha().jpeg({ quality, mozjpeg: true }).toBuffer();
}
