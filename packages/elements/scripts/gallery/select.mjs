// The gallery's selection rules, one per group, as data: which measurement ranks the candidates of
// a group and how many are kept. Pure functions over measured candidates
// ({ id, group, derive, measures: { psnr, psnrGrey, deltaE, colourfulness, truthColourfulness,
// confidence } }), so the rules are tested and stated in the manifest word for word.

export const PER_GROUP = 4;

const gain = (c) => c.measures.psnr - c.measures.psnrGrey;
const ratio = (c) => c.measures.colourfulness / Math.max(c.measures.truthColourfulness, 1e-6);

/** Per topical group: the rule in words and its ranking (best first). */
export const RULES = {
  'any-colour': {
    rule: 'the 4 with the largest mean ΔE2000 to the truth: the grey says nothing about their colour',
    rank: (a, b) => b.measures.deltaE - a.measures.deltaE,
  },
  people: {
    rule: 'the 4 with the largest mean ΔE2000 to the truth',
    rank: (a, b) => b.measures.deltaE - a.measures.deltaE,
  },
  'unlike-training': {
    rule: 'the 4 where the model gains least over the grey picture (PSNR of the colorization minus PSNR of grey)',
    rank: (a, b) => gain(a) - gain(b),
  },
  historical: {
    rule: 'the 4 with the lowest colourfulness of the colorization relative to the truth (the old look leaves the model unsure)',
    rank: (a, b) => ratio(a) - ratio(b),
  },
  drawings: {
    rule: 'the 4 with the largest mean ΔE2000 to the truth',
    rank: (a, b) => b.measures.deltaE - a.measures.deltaE,
  },
  confuse: {
    rule: 'the largest mean ΔE2000 per kind of change (invert, hue turn, upside down), then the next largest up to 4',
    rank: (a, b) => b.measures.deltaE - a.measures.deltaE,
    onePerDerivation: true,
  },
};

export const SURE_BUT_WRONG_RULE =
  'from every candidate not chosen above, those in the worst third of all candidates by mean ΔE2000, the 4 with the highest mean confidence';

function pick(candidates, { rank, onePerDerivation }) {
  const sorted = [...candidates].sort(rank);
  if (!onePerDerivation) return sorted.slice(0, PER_GROUP);
  const chosen = [];
  for (const c of sorted)
    if (!chosen.some((x) => x.derive.split('-')[0] === c.derive.split('-')[0])) chosen.push(c);
  for (const c of sorted) if (chosen.length < PER_GROUP && !chosen.includes(c)) chosen.push(c);
  return chosen.slice(0, PER_GROUP);
}

/**
 * The gallery: per topical group the candidates its rule ranks first, then "sure but wrong" from
 * what is left. Returns Map group → chosen candidates (in rank order).
 */
export function selectGallery(candidates) {
  const chosen = new Map();
  for (const [group, rule] of Object.entries(RULES))
    chosen.set(
      group,
      pick(
        candidates.filter((c) => c.group === group),
        rule,
      ),
    );
  const taken = new Set([...chosen.values()].flat());
  const byError = [...candidates].sort((a, b) => b.measures.deltaE - a.measures.deltaE);
  const worstThird = new Set(byError.slice(0, Math.ceil(byError.length / 3)));
  chosen.set(
    'sure-but-wrong',
    candidates
      .filter((c) => !taken.has(c) && worstThird.has(c))
      .sort((a, b) => b.measures.confidence - a.measures.confidence)
      .slice(0, PER_GROUP),
  );
  return chosen;
}

export const QUIZ_RULE =
  'every candidate that is a plain photo (not derived, not a drawing), sorted by id; every other one (1st, 3rd, …) is shown as the model colorized it, the rest as the real photo: no picking of the best colorizations';

/** The quiz pool: plain photos, alternately colorized and real (see {@link QUIZ_RULE}). */
export function quizPool(candidates) {
  return candidates
    .filter((c) => !c.derive && c.group !== 'drawings')
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((c, i) => ({ candidate: c, answer: i % 2 === 0 ? 'colorized' : 'real' }));
}
