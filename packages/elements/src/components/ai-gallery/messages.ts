import { createCatalog } from '@klaslab/core';

/** Texts of `<ai-gallery>`: group headings, the lesson of each group, labels. */
export const galleryMessages = createCatalog({
  nl: {
    label: 'Galerij: waar gaat de AI de mist in?',
    loading: 'De galerij wordt geladen…',
    error: 'De galerij kon niet geladen worden.',
    errorCode: 'Foutcode: {code}',
    choose: 'Bekijk {title}',
    chosen: 'Gekozen: {title}',
    truth: 'De echte kleuren',
    input: 'Wat de AI kreeg',
    question: 'Vraag voor de klas',
    measured:
      'Gemeten: gemiddelde kleurafstand tot de waarheid (ΔE) {deltaE}, zekerheid van de AI {confidence} %.',
    derived: 'Bewerkt: {how}',
    credit: 'Foto: {credit}',
    licence: 'licentie',
    seen: 'Let op: deze foto zat tussen de trainingsfoto’s van de AI. Zelfs dan kloppen de kleuren niet altijd.',
    'group.any-colour': 'Dingen die elke kleur kunnen hebben',
    'lesson.any-colour':
      'Kleren, auto’s, kopjes en verf kunnen elke kleur hebben. Een zwart-witfoto zegt alleen hoe licht iets is, dus de AI moet gokken. Ze kiest wat ze het vaakst zag.',
    'group.people': 'Mensen en huidskleuren',
    'lesson.people':
      'De AI zag tijdens het leren maar weinig mensen, en bijna nooit van dichtbij. Kijk naar huid, haar en kleren: waar gaat het mis?',
    'group.unlike-training': 'Anders dan de trainingsfoto’s',
    'lesson.unlike-training':
      'Straten, parkeergarages en scholen zaten niet in de trainingsfoto’s. Hier doet de AI het soms slechter dan de grijze foto zelf.',
    'group.historical': 'Foto’s die er oud uitzien',
    'lesson.historical':
      'Deze moderne foto’s kregen met opzet een oude look (sepia, korrel, vervaging). De AI kent alleen recente foto’s en wordt onzeker: de kleuren worden vaal.',
    'group.drawings': 'Tekeningen',
    'lesson.drawings':
      'De AI leerde van foto’s. Tekeningen hebben vlakke, felle kleuren en lijnen; de AI maakt er iets bruins en doffers van.',
    'group.confuse': 'Breng de AI in de war',
    'lesson.confuse':
      'Deze foto’s zijn met opzet veranderd: omgekeerde kleuren, gedraaide tinten, op zijn kop. Het model merkt het niet en kleurt wat meestal klopt.',
    'group.sure-but-wrong': 'Zeker, maar fout',
    'lesson.sure-but-wrong':
      'Gekozen met metingen: de foto’s waar de AI het zekerst was terwijl de kleuren ver naast de waarheid zitten. Zekerheid is geen bewijs.',
  },
  en: {
    label: 'Gallery: where does the AI go wrong?',
    loading: 'Loading the gallery…',
    error: 'The gallery could not be loaded.',
    errorCode: 'Error code: {code}',
    choose: 'Look at {title}',
    chosen: 'Chosen: {title}',
    truth: 'The real colours',
    input: 'What the AI was given',
    question: 'Question for the class',
    measured:
      'Measured: mean colour distance to the truth (ΔE) {deltaE}, the AI’s confidence {confidence} %.',
    derived: 'Changed: {how}',
    credit: 'Photo: {credit}',
    licence: 'licence',
    seen: 'Note: this photo was one of the AI’s training photos. Even so, the colours are not always right.',
    'group.any-colour': 'Things that can be any colour',
    'lesson.any-colour':
      'Clothes, cars, cups and paint can be any colour. A black-and-white photo only says how light something is, so the AI has to guess. It picks what it saw most often.',
    'group.people': 'People and skin tones',
    'lesson.people':
      'The AI saw few people while learning, and hardly ever close up. Look at skin, hair and clothes: where does it go wrong?',
    'group.unlike-training': 'Unlike the training photos',
    'lesson.unlike-training':
      'Streets, car parks and schools were not in the training photos. Here the AI sometimes does worse than the grey photo itself.',
    'group.historical': 'Photos that look old',
    'lesson.historical':
      'These modern photos were given an old look on purpose (sepia, grain, blur). The AI only knows recent photos and becomes unsure: the colours turn dull.',
    'group.drawings': 'Drawings',
    'lesson.drawings':
      'The AI learnt from photos. Drawings have flat, bright colours and lines; the AI turns them browner and duller.',
    'group.confuse': 'Confuse the AI',
    'lesson.confuse':
      'These photos were changed on purpose: inverted colours, turned hues, upside down. The model does not notice and colours what is usually right.',
    'group.sure-but-wrong': 'Sure, but wrong',
    'lesson.sure-but-wrong':
      'Chosen by measurement: the photos where the AI was most confident while its colours are far from the truth. Confidence is not proof.',
  },
  fr: {
    label: 'Galerie : où l’IA se trompe-t-elle ?',
    loading: 'Chargement de la galerie…',
    error: 'La galerie n’a pas pu être chargée.',
    errorCode: 'Code d’erreur : {code}',
    choose: 'Voir {title}',
    chosen: 'Choisi : {title}',
    truth: 'Les vraies couleurs',
    input: 'Ce que l’IA a reçu',
    question: 'Question pour la classe',
    measured:
      'Mesuré : distance moyenne des couleurs à la vérité (ΔE) {deltaE}, confiance de l’IA {confidence} %.',
    derived: 'Modifiée : {how}',
    credit: 'Photo : {credit}',
    licence: 'licence',
    seen: 'Attention : cette photo faisait partie des photos d’entraînement de l’IA. Même ainsi, les couleurs ne sont pas toujours justes.',
    'group.any-colour': 'Des choses qui peuvent avoir n’importe quelle couleur',
    'lesson.any-colour':
      'Vêtements, voitures, tasses et peinture peuvent avoir n’importe quelle couleur. Une photo en noir et blanc ne dit que la luminosité : l’IA doit deviner. Elle choisit ce qu’elle a vu le plus souvent.',
    'group.people': 'Personnes et teintes de peau',
    'lesson.people':
      'L’IA a vu peu de personnes en apprenant, et presque jamais de près. Regarde la peau, les cheveux et les vêtements : où se trompe-t-elle ?',
    'group.unlike-training': 'Différent des photos d’entraînement',
    'lesson.unlike-training':
      'Rues, parkings et écoles n’étaient pas dans les photos d’entraînement. Ici, l’IA fait parfois moins bien que la photo grise elle-même.',
    'group.historical': 'Des photos qui ont l’air anciennes',
    'lesson.historical':
      'Ces photos modernes ont reçu exprès un aspect ancien (sépia, grain, flou). L’IA ne connaît que des photos récentes et devient incertaine : les couleurs deviennent ternes.',
    'group.drawings': 'Dessins',
    'lesson.drawings':
      'L’IA a appris sur des photos. Les dessins ont des aplats vifs et des traits ; l’IA les rend plus bruns et plus ternes.',
    'group.confuse': 'Tromper l’IA',
    'lesson.confuse':
      'Ces photos ont été modifiées exprès : couleurs inversées, teintes tournées, à l’envers. Le modèle ne le remarque pas et colorie ce qui est juste d’habitude.',
    'group.sure-but-wrong': 'Sûre d’elle, mais fausse',
    'lesson.sure-but-wrong':
      'Choisies par mesure : les photos où l’IA était la plus sûre alors que ses couleurs sont loin de la vérité. La confiance n’est pas une preuve.',
  },
});
