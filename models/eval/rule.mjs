// klaslab-small's selection rule (models/README.md), as one pure function so it can be tested:
// among the measured settings whose mean colourfulness ratio reaches `minColourfulness` and that
// beat the grey photo on at least half of the `photos`, the highest mean PSNR (ties: the first).

/**
 * @param {Array<{ psnr: number, colourfulnessRatio: number, beatsGrey?: number }>} settings
 * @param {{ minColourfulness: number, photos: number }} rule
 * @returns the chosen setting, or null when none qualifies
 */
export function selectSetting(settings, { minColourfulness, photos }) {
  let best = null;
  for (const s of settings) {
    // Settings measured before this rule have no beats-grey count: not eligible.
    if (s.beatsGrey === undefined || 2 * s.beatsGrey < photos) continue;
    if (!(s.colourfulnessRatio >= minColourfulness)) continue;
    if (!best || s.psnr > best.psnr) best = s;
  }
  return best;
}
