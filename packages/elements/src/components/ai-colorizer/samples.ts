/** The sample photos shipped in `dist/samples/` (greyscale JPEGs made from the Kodak test set). */
export interface Sample {
  id: string;
  file: string;
  /** Names per language. */
  name: { nl: string; en: string; fr: string };
  credit: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'parrots',
    file: 'kodim23.jpg',
    name: { nl: 'papegaaien', en: 'parrots', fr: 'perroquets' },
    credit: 'Kodak PhotoCD kodim23, released by Kodak for unrestricted use',
  },
  {
    id: 'hats',
    file: 'kodim03.jpg',
    name: { nl: 'hoeden', en: 'hats', fr: 'chapeaux' },
    credit: 'Kodak PhotoCD kodim03, released by Kodak for unrestricted use',
  },
  {
    id: 'lighthouse',
    file: 'kodim19.jpg',
    name: { nl: 'vuurtoren', en: 'lighthouse', fr: 'phare' },
    credit: 'Kodak PhotoCD kodim19, released by Kodak for unrestricted use',
  },
];
