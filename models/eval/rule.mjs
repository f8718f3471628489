// klaslab-small's selection rules (models/README.md), as pure functions so they can be tested.
//
// Rules 2.1 and 2.2 (selectSetting): among the measured settings whose colourfulness reaches
// `minColourfulness` of the truth's, both as the mean of the per-photo ratios and (rule 2.2 on) as
// the ratio of the means, and that beat the grey photo on at least half of the `photos`, the
// highest mean PSNR (ties: the first).
//
// Rule 2.3 (selectByParts): the validation photos are split into parts (flowers, everyday photos);
// a setting qualifies when in EVERY part its mean PSNR is at least the grey photo's, it beats grey
// on at least half of the part's photos, and both colourfulness ratios reach the floor. Among those,
// the one whose weakest part gains the most over grey (ties: the first). Why: 2.2's pick met every
// target on the flower-heavy held-out split and missed them on Kodak's everyday photos; a mean over
// all validation photos let the flowers hide that.

/**
 * @param {Array<{ psnr: number, colourfulnessRatio: number, colourfulnessOfMeans?: number, beatsGrey?: number }>} settings
 * @param {{ minColourfulness: number, photos: number, ratioOfMeans?: boolean }} rule
 *   `ratioOfMeans` (rule 2.2): the ratio of the means must reach the floor too; settings
 *   measured without it are then not eligible.
 * @returns the chosen setting, or null when none qualifies
 */
export function selectSetting(settings, { minColourfulness, photos, ratioOfMeans = false }) {
  let best = null;
  for (const s of settings) {
    // Settings measured before this rule have no beats-grey count: not eligible.
    if (s.beatsGrey === undefined || 2 * s.beatsGrey < photos) continue;
    if (!(s.colourfulnessRatio >= minColourfulness)) continue;
    if (ratioOfMeans && !(s.colourfulnessOfMeans >= minColourfulness)) continue;
    if (!best || s.psnr > best.psnr) best = s;
  }
  return best;
}

/**
 * Whether one part's figures meet rule 2.3's floors.
 * @param {{ photos: number, psnrVsGrey: number, beatsGrey: number, colourfulnessRatio: number, colourfulnessOfMeans: number } | undefined} p
 */
function partQualifies(p, minColourfulness) {
  return (
    p !== undefined &&
    p.psnrVsGrey >= 0 &&
    2 * p.beatsGrey >= p.photos &&
    p.colourfulnessRatio >= minColourfulness &&
    p.colourfulnessOfMeans >= minColourfulness
  );
}

/**
 * Rule 2.3 (see the top of this file).
 * @param {Array<{ parts?: Record<string, { photos: number, psnrVsGrey: number, beatsGrey: number, colourfulnessRatio: number, colourfulnessOfMeans: number }> }>} settings
 * @param {{ minColourfulness: number, parts: string[] }} rule  the part names every setting must have
 * @returns the chosen setting, or null when none qualifies
 */
export function selectByParts(settings, { minColourfulness, parts }) {
  let best = null;
  let bestGain = -Infinity;
  for (const s of settings) {
    if (!parts.every((name) => partQualifies(s.parts?.[name], minColourfulness))) continue;
    const gain = Math.min(...parts.map((name) => s.parts[name].psnrVsGrey));
    if (gain > bestGain) {
      best = s;
      bestGain = gain;
    }
  }
  return best;
}
