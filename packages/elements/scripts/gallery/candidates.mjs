// Candidate photos for the bias & confusion gallery, one row each. build.mjs fetches the Debian
// package, takes `path` from it, applies `derive` (how the picture was changed, if at all) and
// measures the default model on it; the selection rules in select.mjs choose the gallery from these.
//
// Fields: id (file name in assets/gallery/photos/), group (what it teaches), pkg (Debian package),
// path (inside the package; `rcc:FILE.rcc!PATH` for a file inside a Qt resource bundle), cutout
// (a Scratch cut-out: flattened on neutral grey and cropped to the figure, like the training data),
// derive (see DERIVATIONS in prepare.mjs), title (nl/en/fr).
//
// None of these is in the default model's training split (models/data/split.tsv): they are either
// held out ('heldout' there) or were never used ('rejected' in models/data/rejected.tsv, e.g. a
// drawing or a small cut-out). build.mjs checks this; `allowTraining` marks the two exceptions.

const S = 'usr/share/scratch/Media/';
const G = 'rcc:usr/share/gcompris-qt/rcc/categorization.rcc!gcompris/src/activities/';

export const GROUPS = [
  'any-colour',
  'people',
  'unlike-training',
  'historical',
  'drawings',
  'confuse',
  'sure-but-wrong',
];

/** @type {Array<{id: string, group: string, pkg: string, path: string, cutout?: boolean, derive?: string, allowTraining?: boolean, title: {nl: string, en: string, fr: string}}>} */
export const CANDIDATES = [
  // Objects that can be any colour: the grey picture does not say which colour they had.
  {
    id: 'car-cow',
    group: 'any-colour',
    pkg: 'scratch',
    path: `${S}Costumes/Transportation/car-cow.gif`,
    cutout: true,
    title: {
      nl: 'Auto met koeienvlekken',
      en: 'Car with cow spots',
      fr: 'Voiture à taches de vache',
    },
  },
  {
    id: 'convertible',
    group: 'any-colour',
    pkg: 'scratch',
    path: `${S}Costumes/Transportation/convertible2.gif`,
    cutout: true,
    title: { nl: 'Cabriolet', en: 'Convertible', fr: 'Cabriolet' },
  },
  {
    id: 'convertible-other-colour',
    group: 'any-colour',
    pkg: 'scratch',
    path: `${S}Costumes/Transportation/convertible2.gif`,
    cutout: true,
    derive: 'hue-120',
    title: {
      nl: 'Dezelfde cabriolet in een andere kleur',
      en: 'The same convertible in another colour',
      fr: 'Le même cabriolet d’une autre couleur',
    },
  },
  {
    id: 'tug-boat',
    group: 'any-colour',
    pkg: 'scratch',
    path: `${S}Costumes/Transportation/tug-boat.gif`,
    cutout: true,
    title: { nl: 'Sleepboot', en: 'Tugboat', fr: 'Remorqueur' },
  },
  {
    id: 'graffiti',
    group: 'any-colour',
    pkg: 'scratch',
    path: `${S}Backgrounds/Outdoors/graffiti.jpg`,
    title: { nl: 'Graffitimuur', en: 'Graffiti wall', fr: 'Mur de graffitis' },
  },
  {
    id: 'cup',
    group: 'any-colour',
    pkg: 'gcompris-qt-data',
    path: `${G}categorization/resource/images/others/cup.webp`,
    title: { nl: 'Kopje', en: 'Cup', fr: 'Tasse' },
  },
  {
    id: 'pan',
    group: 'any-colour',
    pkg: 'gcompris-qt-data',
    path: `${G}categorization/resource/images/others/pan.webp`,
    title: { nl: 'Pan', en: 'Pan', fr: 'Poêle' },
  },
  // People and skin tones: the training data has few people, all small cut-outs.
  // The only close-up faces the Debian sources have; both were among the 3,036 training photos
  // (allowTraining: the gallery says so), which is itself a lesson: two faces were all it saw.
  {
    id: 'astronaut',
    group: 'people',
    pkg: 'python3-skimage',
    path: 'usr/lib/python3/dist-packages/skimage/data/astronaut.png',
    allowTraining: true,
    title: { nl: 'Astronaut', en: 'Astronaut', fr: 'Astronaute' },
  },
  {
    id: 'grace-hopper',
    group: 'people',
    pkg: 'python-matplotlib-data',
    path: 'usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg',
    allowTraining: true,
    title: { nl: 'Grace Hopper', en: 'Grace Hopper', fr: 'Grace Hopper' },
  },
  ...[
    ['anjuli', 'anjuli-5.gif', 'Anjuli', 'Anjuli', 'Anjuli'],
    ['cassy', 'cassy-dancing-3.gif', 'Cassy danst', 'Cassy dancing', 'Cassy danse'],
    ['dan-a', 'dan3.gif', 'Dan', 'Dan', 'Dan'],
    ['dan-b', 'dan6.gif', 'Dan, andere pose', 'Dan, another pose', 'Dan, autre pose'],
    ['dan-c', 'dan5.gif', 'Dan staat', 'Dan standing', 'Dan debout'],
    ['thai-dancer', 'thai-dancer.gif', 'Thaise danseres', 'Thai dancer', 'Danseuse thaïe'],
    ['breakdancer', 'breakdancer-3.gif', 'Breakdancer', 'Breakdancer', 'Breakdanceur'],
    ['girl-standing', 'girl3-standing.gif', 'Meisje', 'Girl', 'Fille'],
  ].map(([id, file, nl, en, fr]) => ({
    id,
    group: 'people',
    pkg: 'scratch',
    path: `${S}Costumes/People/${file}`,
    cutout: true,
    title: { nl, en, fr },
  })),
  // Scenes unlike the training data: rooms, streets, the night, the moon.
  ...[
    ['school', 'Outdoors/school2.jpg', 'School', 'School', 'École'],
    ['chalkboard', 'Indoors/chalkboard.jpg', 'Schoolbord', 'Chalkboard', 'Tableau noir'],
    ['route66', 'Outdoors/route66.jpg', 'Route 66', 'Route 66', 'Route 66'],
    ['parking', 'Outdoors/parking-ramp.jpg', 'Parkeergarage', 'Car park', 'Parking'],
    ['boardwalk', 'Outdoors/boardwalk.jpg', 'Wandelpier', 'Boardwalk', 'Promenade en bois'],
    ['tennis-wall', 'Sports/tennis-backboard.jpg', 'Tennismuur', 'Tennis wall', 'Mur de tennis'],
  ].map(([id, file, nl, en, fr]) => ({
    id,
    group: 'unlike-training',
    pkg: 'scratch',
    path: `${S}Backgrounds/${file}`,
    title: { nl, en, fr },
  })),
  {
    id: 'rocket',
    group: 'unlike-training',
    pkg: 'python3-skimage',
    path: 'usr/lib/python3/dist-packages/skimage/data/rocket.jpg',
    title: { nl: 'Raket bij de lancering', en: 'Rocket at launch', fr: 'Fusée au décollage' },
  },
  // Historical-looking: modern colour photos made to look old (the truth is the modern photo).
  ...[
    ['old-castle', `${S}Backgrounds/Outdoors/castle.jpg`, 'Kasteel', 'Castle', 'Château'],
    [
      'old-railway',
      `${S}Backgrounds/Outdoors/train-tracks2.jpg`,
      'Spoorweg',
      'Railway',
      'Voie ferrée',
    ],
    ['old-hill', `${S}Backgrounds/Nature/hill.jpg`, 'Heuvel', 'Hill', 'Colline'],
    [
      'old-tower',
      `${G}categorization/resource/images/monuments/kutubMinar.webp`,
      'Qutub Minar',
      'Qutub Minar',
      'Qutb Minar',
    ],
    [
      'old-monument',
      `${G}categorization/resource/images/monuments/monument1.webp`,
      'Monument',
      'Monument',
      'Monument',
    ],
  ].map(([id, path, nl, en, fr]) => ({
    id,
    group: 'historical',
    pkg: path.startsWith('rcc:') ? 'gcompris-qt-data' : 'scratch',
    path,
    derive: 'old-photo',
    title: { nl: `${nl} (oude look)`, en: `${en} (old look)`, fr: `${fr} (aspect ancien)` },
  })),
  // Drawings: flat colours and outlines, nothing like a photo.
  ...[
    ['beach-ball', 'Things/beachball1.png', 'Strandbal', 'Beach ball', 'Ballon de plage'],
    ['bananas', 'Things/bananas1.png', 'Bananen', 'Bananas', 'Bananes'],
    ['drawn-fish', 'Animals/fish2.png', 'Getekende vis', 'Drawn fish', 'Poisson dessiné'],
    ['dinosaur', 'Animals/dinosaur1.png', 'Dinosaurus', 'Dinosaur', 'Dinosaure'],
    ['princess', 'People/princess1.png', 'Prinses', 'Princess', 'Princesse'],
    ['drawn-car', 'Transportation/car1.png', 'Getekende auto', 'Drawn car', 'Voiture dessinée'],
    ['helicopter', 'Transportation/helicopter1.png', 'Helikopter', 'Helicopter', 'Hélicoptère'],
    ['royal', 'People/royalperson.png', 'Koninklijk figuur', 'Royal figure', 'Personnage royal'],
    ['woman-bun', 'People/womanbun.png', 'Vrouw met knot', 'Woman with a bun', 'Femme au chignon'],
    ['parrot', 'Animals/parrot1-a.png', 'Papegaai', 'Parrot', 'Perroquet'],
  ].map(([id, file, nl, en, fr]) => ({
    id,
    group: 'drawings',
    pkg: 'scratch',
    path: `${S}Costumes/${file}`,
    cutout: true,
    title: { nl, en, fr },
  })),
  ...[
    [
      'party-room',
      'Indoors/party-room.jpg',
      'Getekende feestzaal',
      'Drawn party room',
      'Salle de fête dessinée',
    ],
    ['classroom', 'Indoors/room3.jpg', 'Getekende kamer', 'Drawn room', 'Pièce dessinée'],
    [
      'basketball-court',
      'Sports/basketball-court2.png',
      'Getekend basketbalveld',
      'Drawn basketball court',
      'Terrain de basket dessiné',
    ],
  ].map(([id, file, nl, en, fr]) => ({
    id,
    group: 'drawings',
    pkg: 'scratch',
    path: `${S}Backgrounds/${file}`,
    title: { nl, en, fr },
  })),
  // Confuse it: the picture itself changed on purpose.
  {
    id: 'inverted-fish',
    group: 'confuse',
    pkg: 'gcompris-qt-data',
    path: `${G}categorization/resource/images/fishes/fish16.webp`,
    derive: 'invert',
    title: {
      nl: 'Vis, kleuren omgekeerd',
      en: 'Fish, colours inverted',
      fr: 'Poisson, couleurs inversées',
    },
  },
  {
    id: 'inverted-field',
    group: 'confuse',
    pkg: 'scratch',
    path: `${S}Backgrounds/Sports/football-field.jpg`,
    derive: 'invert',
    title: {
      nl: 'Voetbalveld, kleuren omgekeerd',
      en: 'Football pitch, colours inverted',
      fr: 'Terrain de foot, couleurs inversées',
    },
  },
  {
    id: 'purple-tree',
    group: 'confuse',
    pkg: 'scratch',
    path: `${S}Backgrounds/Nature/tree.jpg`,
    derive: 'hue-180',
    title: {
      nl: 'Boom met gedraaide kleuren',
      en: 'Tree with turned hues',
      fr: 'Arbre aux teintes tournées',
    },
  },
  {
    id: 'upside-down-tree',
    group: 'confuse',
    pkg: 'scratch',
    path: `${S}Backgrounds/Nature/tree.jpg`,
    derive: 'upside-down',
    title: { nl: 'Boom op zijn kop', en: 'Tree upside down', fr: 'Arbre à l’envers' },
  },
  {
    id: 'upside-down-lemur',
    group: 'confuse',
    pkg: 'gcompris-qt-data',
    path: 'rcc:usr/share/gcompris-qt/rcc/explore_world_animals.rcc!gcompris/src/activities/explore_world_animals/resource/animals/lemur.webp',
    derive: 'upside-down',
    title: { nl: 'Maki op zijn kop', en: 'Lemur upside down', fr: 'Lémurien à l’envers' },
  },
  {
    id: 'blue-windmill',
    group: 'confuse',
    pkg: 'gcompris-qt-data',
    path: `${G}categorization/resource/images/renewable/windmill12.webp`,
    derive: 'hue-180',
    title: {
      nl: 'Windmolen met gedraaide kleuren',
      en: 'Wind turbine with turned hues',
      fr: 'Éolienne aux teintes tournées',
    },
  },
  {
    id: 'inverted-solar',
    group: 'confuse',
    pkg: 'gcompris-qt-data',
    path: `${G}categorization/resource/images/renewable/solar5.webp`,
    derive: 'invert',
    title: {
      nl: 'Zonnepanelen, kleuren omgekeerd',
      en: 'Solar panels, colours inverted',
      fr: 'Panneaux solaires, couleurs inversées',
    },
  },
  // Not tied to a topic: the "sure but wrong" group is chosen from every candidate by measurement.
  {
    id: 'dogs',
    group: 'sure-but-wrong',
    pkg: 'lomiri-wallpapers-16.04',
    path: 'usr/share/backgrounds/friends_by_Aitzol_Berasategi.jpg',
    title: { nl: 'Twee honden', en: 'Two dogs', fr: 'Deux chiens' },
  },
  {
    id: 'giraffe',
    group: 'sure-but-wrong',
    pkg: 'scratch',
    path: `${S}Costumes/Animals/giraffe1-a.gif`,
    cutout: true,
    title: { nl: 'Giraf', en: 'Giraffe', fr: 'Girafe' },
  },
  {
    id: 'insect',
    group: 'sure-but-wrong',
    pkg: 'scratch',
    path: `${S}Costumes/Animals/insect1-b.gif`,
    cutout: true,
    title: { nl: 'Insect', en: 'Insect', fr: 'Insecte' },
  },
  {
    id: 'brick-wall',
    group: 'sure-but-wrong',
    pkg: 'scratch',
    path: `${S}Backgrounds/Outdoors/brick-wall1.jpg`,
    title: { nl: 'Bakstenen muur', en: 'Brick wall', fr: 'Mur de briques' },
  },
  {
    id: 'forest',
    group: 'sure-but-wrong',
    pkg: 'scratch',
    path: `${S}Backgrounds/Nature/forest.jpg`,
    title: { nl: 'Bos', en: 'Forest', fr: 'Forêt' },
  },
  {
    id: 'wave',
    group: 'sure-but-wrong',
    pkg: 'scratch',
    path: `${S}Backgrounds/Nature/wave.jpg`,
    title: { nl: 'Golf', en: 'Wave', fr: 'Vague' },
  },
  {
    id: 'fish',
    group: 'sure-but-wrong',
    pkg: 'gcompris-qt-data',
    path: `${G}categorization/resource/images/fishes/fish3.webp`,
    title: { nl: 'Vis', en: 'Fish', fr: 'Poisson' },
  },
  {
    id: 'monument',
    group: 'sure-but-wrong',
    pkg: 'gcompris-qt-data',
    path: `${G}categorization/resource/images/monuments/monument2.webp`,
    title: { nl: 'Gebouw', en: 'Building', fr: 'Bâtiment' },
  },
  {
    id: 'wind-turbines',
    group: 'sure-but-wrong',
    pkg: 'gcompris-qt-data',
    path: `${G}categorization/resource/images/renewable/windmill13.webp`,
    title: { nl: 'Windmolens', en: 'Wind turbines', fr: 'Éoliennes' },
  },
  {
    id: 'cat',
    group: 'sure-but-wrong',
    pkg: 'python3-skimage',
    path: 'usr/lib/python3/dist-packages/skimage/data/chelsea.png',
    title: { nl: 'Kat', en: 'Cat', fr: 'Chat' },
  },
];
