// klaslab-small's selection rule (models/README.md), as one pure function so it can be tested:
// among the measured settings whose colourfulness reaches `minColourfulness` of the truth's, both
// as the mean of the per-photo ratios and (rule 2.2 on) as the ratio of the means, and that beat
// the grey photo on at least half of the `photos`, the highest mean PSNR (ties: the first).

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
