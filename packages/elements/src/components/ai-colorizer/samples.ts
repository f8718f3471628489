/**
 * The sample photos shipped in `dist/samples/`: greyscale JPEGs of photos the default model held out
 * from training. Authors and licences: `assets/samples/LICENSE.md`.
 */
export interface Sample {
  id: string;
  file: string;
  /** Names per language. */
  name: { nl: string; en: string; fr: string };
  credit: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'fish',
    file: 'fish.jpg',
    name: {
      nl: 'vissen in een aquarium',
      en: 'fish in an aquarium',
      fr: 'poissons dans un aquarium',
    },
    credit: 'Elma, CC BY 2.0 (Debian gcompris-qt-data)',
  },
  {
    id: 'tower',
    file: 'tower.jpg',
    name: { nl: 'scheve toren van Pisa', en: 'Leaning Tower of Pisa', fr: 'tour de Pise' },
    credit: 'Dan Kamminga, CC BY 2.0 (Debian gcompris-qt-data)',
  },
  {
    id: 'windmill',
    file: 'windmill.jpg',
    name: { nl: 'windmolen', en: 'windmill', fr: 'moulin à vent' },
    credit: 'Lion59, CC BY-SA 3.0 (Debian gcompris-qt-data)',
  },
];
