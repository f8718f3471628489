/**
 * The teacher guide's and worksheet's own texts (the steps' texts come from the lesson, so the
 * guide and the lesson never disagree). Numbers are filled in from the model's facts.
 */
import type { Locale } from '@klaslab/core';
import type { Level } from '../../shared/levels.js';
import { type FactsText, factsText } from '../../shared/model-facts.js';

export interface GuideTexts {
  guideTitle: string;
  worksheetTitle: string;
  intro: string;
  goals: string;
  goalsPerLevel: Record<Level, string[]>;
  prepare: string;
  prepareItems: string[];
  timing: string;
  step: string;
  minutes: string;
  from: string;
  steps: string;
  task: string;
  say: string;
  ask: string;
  answer: string;
  data: string;
  dataIntro: string;
  missing: string;
  failures: string;
  failureItems: string[];
  name: string;
  klass: string;
  date: string;
  predictTable: string;
  predictGood: string;
  predictBad: string;
  yourAnswer: string;
  reflection: string;
  reflectionQuestion: string;
}

const en = (f: FactsText): GuideTexts => ({
  guideTitle: 'Teacher guide: how does an AI colour in a photo?',
  worksheetTitle: 'Worksheet: how does an AI colour in a photo?',
  intro: `A 50-minute lesson with KlasLab's colorizer, a small generative model that runs in the browser. Pupils predict, test and question it, and find out where its guesses come from. The model learnt from ${f.train} photos; it is a teaching model, not a restoration tool.`,
  goals: 'Learning goals',
  goalsPerLevel: {
    po: [
      'Pupils can say that the AI guesses colours from examples it has seen.',
      'Pupils can show a photo where the AI guesses wrong and say why.',
      'Pupils know that a picture that looks real is not always real.',
    ],
    vo: [
      'Pupils explain generation as choosing from probabilities learnt from training data.',
      'Pupils link a bias in the output to what is missing from the training data.',
      'Pupils judge a convincing result against the truth and name ways to check images.',
    ],
    mbo: [
      'Students test an AI tool against known answers and with strange input.',
      'Students ask what a tool was trained on and what that means for their work.',
      'Students make rules for using AI-made images responsibly at work.',
    ],
  },
  prepare: 'Before the lesson',
  prepareItems: [
    'Open the lesson page on the board once before class: the model (about 3 MB) is then cached and the lesson also works without a network.',
    'Print the worksheet, one per pupil or pair.',
    'Choose the level (po, vo or mbo) in the lesson; the questions below follow it.',
    'Read the failure modes at the end: they are the best material for the discussion.',
  ],
  timing: 'Timing',
  step: 'Step',
  minutes: 'Minutes',
  from: 'From–to',
  steps: 'The steps',
  task: 'Pupils',
  say: 'Say',
  ask: 'Ask',
  answer: 'Answer notes',
  data: 'What the model learnt from',
  dataIntro: `${f.total} licensed photos: ${f.train} to learn from and ${f.heldout} held out for testing. No source was allowed above ${f.maxShare} of what the model saw. Before that, the first part of the network learnt to see on ${f.encoderPhotos} ImageNet photos.`,
  missing: 'Missing from the data',
  failures: 'Known failure modes',
  failureItems: [
    'Grey and white things get colours they never had: statues, sails, a grey sea or sky.',
    'People and what surrounds them get a warm red-orange cast; faces come out red or orange whatever the skin.',
    'Objects that can be any colour (a raft, a cap, clothes) often stay grey or get blotches.',
    'It is at its best on flowers and on scenes like its training photos, and weak on landscapes unlike them.',
    'It recognises things its pretrained encoder knows well (parrots, grass, woods), which is why some photos look surprisingly right.',
    'It always answers: drawings, negatives and old photos are coloured as confidently as real ones.',
  ],
  name: 'Name',
  klass: 'Class',
  date: 'Date',
  predictTable: 'My prediction',
  predictGood: 'The AI will colour these well',
  predictBad: 'The AI will get these wrong',
  yourAnswer: 'Your answer',
  reflection: 'To finish',
  reflectionQuestion: 'One thing I will check next time I see a photo online:',
});

const nl = (f: FactsText): GuideTexts => ({
  guideTitle: 'Handleiding voor de leerkracht: hoe kleurt een AI een foto in?',
  worksheetTitle: 'Werkblad: hoe kleurt een AI een foto in?',
  intro: `Een les van 50 minuten met de inkleurder van KlasLab, een klein generatief model dat in de browser draait. Leerlingen voorspellen, testen en bevragen het, en ontdekken waar de gokken vandaan komen. Het model leerde van ${f.train} foto’s; het is een lesmodel, geen hersteltool.`,
  goals: 'Leerdoelen',
  goalsPerLevel: {
    po: [
      'Leerlingen kunnen zeggen dat de AI kleuren raadt uit voorbeelden die ze zag.',
      'Leerlingen kunnen een foto tonen waar de AI fout raadt en zeggen waarom.',
      'Leerlingen weten dat een beeld dat echt lijkt, niet altijd echt is.',
    ],
    vo: [
      'Leerlingen leggen genereren uit als kiezen uit kansen, geleerd uit trainingsdata.',
      'Leerlingen koppelen een vooroordeel in het resultaat aan wat in de trainingsdata ontbreekt.',
      'Leerlingen toetsen een overtuigend resultaat aan de waarheid en noemen manieren om beelden te controleren.',
    ],
    mbo: [
      'Studenten testen een AI-hulpmiddel met gekende antwoorden en met vreemde invoer.',
      'Studenten vragen waarop een hulpmiddel getraind is en wat dat betekent voor hun werk.',
      'Studenten maken afspraken over verantwoord gebruik van AI-beelden op het werk.',
    ],
  },
  prepare: 'Voor de les',
  prepareItems: [
    'Open de lespagina één keer op het bord voor de les: het model (ongeveer 3 MB) staat dan in de cache en de les werkt ook zonder netwerk.',
    'Druk het werkblad af, één per leerling of per duo.',
    'Kies het niveau (po, vo of mbo) in de les; de vragen hieronder volgen het.',
    'Lees de gekende fouten achteraan: ze zijn het beste materiaal voor het gesprek.',
  ],
  timing: 'Tijdsplanning',
  step: 'Stap',
  minutes: 'Minuten',
  from: 'Van–tot',
  steps: 'De stappen',
  task: 'Leerlingen',
  say: 'Vertel',
  ask: 'Vraag',
  answer: 'Antwoordnotities',
  data: 'Waarvan het model leerde',
  dataIntro: `${f.total} foto’s met een vrije licentie: ${f.train} om van te leren en ${f.heldout} apart gehouden om te testen. Geen bron mocht meer dan ${f.maxShare} zijn van wat het model zag. Daarvoor leerde het eerste deel van het netwerk kijken op ${f.encoderPhotos} foto’s van ImageNet.`,
  missing: 'Wat ontbreekt in de data',
  failures: 'Gekende fouten',
  failureItems: [
    'Grijze en witte dingen krijgen kleuren die ze nooit hadden: beelden, zeilen, een grijze zee of lucht.',
    'Mensen en hun omgeving krijgen een warme rood-oranje zweem; gezichten worden rood of oranje, welke huid ook.',
    'Voorwerpen die elke kleur kunnen hebben (een vlot, een pet, kleren) blijven vaak grijs of krijgen vlekken.',
    'Het is op zijn best bij bloemen en bij beelden zoals zijn trainingsfoto’s, en zwak bij landschappen die daar niet op lijken.',
    'Het herkent dingen die zijn voorgetrainde encoder goed kent (papegaaien, gras, bossen): daarom lijken sommige foto’s verrassend juist.',
    'Het antwoordt altijd: tekeningen, negatieven en oude foto’s kleurt het even zelfzeker in als echte.',
  ],
  name: 'Naam',
  klass: 'Klas',
  date: 'Datum',
  predictTable: 'Mijn voorspelling',
  predictGood: 'Dit zal de AI goed inkleuren',
  predictBad: 'Dit zal de AI fout doen',
  yourAnswer: 'Jouw antwoord',
  reflection: 'Tot slot',
  reflectionQuestion: 'Dit controleer ik de volgende keer dat ik online een foto zie:',
});

const fr = (f: FactsText): GuideTexts => ({
  guideTitle: 'Guide de l’enseignant : comment une IA colorie-t-elle une photo ?',
  worksheetTitle: 'Fiche d’activité : comment une IA colorie-t-elle une photo ?',
  intro: `Une leçon de 50 minutes avec le coloriseur de KlasLab, un petit modèle génératif qui tourne dans le navigateur. Les élèves le prédisent, le testent et l’interrogent, et découvrent d’où viennent ses suppositions. Le modèle a appris de ${f.train} photos ; c’est un modèle pédagogique, pas un outil de restauration.`,
  goals: 'Objectifs d’apprentissage',
  goalsPerLevel: {
    po: [
      'Les élèves peuvent dire que l’IA devine les couleurs à partir d’exemples qu’elle a vus.',
      'Les élèves peuvent montrer une photo où l’IA se trompe et dire pourquoi.',
      'Les élèves savent qu’une image qui a l’air vraie ne l’est pas toujours.',
    ],
    vo: [
      'Les élèves expliquent la génération comme un choix parmi des probabilités apprises des données d’entraînement.',
      'Les élèves relient un biais du résultat à ce qui manque dans les données d’entraînement.',
      'Les élèves confrontent un résultat convaincant à la vérité et citent des façons de vérifier une image.',
    ],
    mbo: [
      'Les apprenants testent un outil d’IA avec des réponses connues et des entrées étranges.',
      'Les apprenants demandent sur quoi un outil a été entraîné et ce que cela signifie pour leur travail.',
      'Les apprenants fixent des règles pour un usage responsable des images d’IA au travail.',
    ],
  },
  prepare: 'Avant la leçon',
  prepareItems: [
    'Ouvrez la page de la leçon une fois au tableau avant le cours : le modèle (environ 3 Mo) est alors en cache et la leçon marche aussi sans réseau.',
    'Imprimez la fiche, une par élève ou par binôme.',
    'Choisissez le niveau (po, vo ou mbo) dans la leçon ; les questions ci-dessous le suivent.',
    'Lisez les erreurs connues à la fin : c’est le meilleur matériau pour la discussion.',
  ],
  timing: 'Déroulement',
  step: 'Étape',
  minutes: 'Minutes',
  from: 'De–à',
  steps: 'Les étapes',
  task: 'Élèves',
  say: 'Dire',
  ask: 'Demander',
  answer: 'Notes de réponse',
  data: 'Ce dont le modèle a appris',
  dataIntro: `${f.total} photos sous licence libre : ${f.train} pour apprendre et ${f.heldout} mises de côté pour tester. Aucune source ne pouvait dépasser ${f.maxShare} de ce que le modèle a vu. Avant cela, la première partie du réseau a appris à voir sur ${f.encoderPhotos} photos d’ImageNet.`,
  missing: 'Ce qui manque dans les données',
  failures: 'Erreurs connues',
  failureItems: [
    'Les objets gris et blancs reçoivent des couleurs qu’ils n’ont jamais eues : statues, voiles, mer ou ciel gris.',
    'Les personnes et leur entourage prennent une teinte rouge orangé ; les visages deviennent rouges ou orange, quelle que soit la peau.',
    'Les objets qui peuvent avoir n’importe quelle couleur (un radeau, une casquette, des vêtements) restent souvent gris ou se couvrent de taches.',
    'Il est à son meilleur sur les fleurs et les scènes proches de ses photos d’entraînement, et faible sur les paysages qui n’y ressemblent pas.',
    'Il reconnaît ce que son encodeur préentraîné connaît bien (perroquets, herbe, bois) : d’où certaines photos étonnamment justes.',
    'Il répond toujours : dessins, négatifs et vieilles photos sont colorisés avec autant d’assurance que de vraies photos.',
  ],
  name: 'Nom',
  klass: 'Classe',
  date: 'Date',
  predictTable: 'Ma prédiction',
  predictGood: 'L’IA coloriera bien ceci',
  predictBad: 'L’IA se trompera ici',
  yourAnswer: 'Ta réponse',
  reflection: 'Pour finir',
  reflectionQuestion: 'Ce que je vérifierai la prochaine fois que je vois une photo en ligne :',
});

const TEXTS: Record<Locale, (f: FactsText) => GuideTexts> = { nl, en, fr };

export function guideTexts(locale: Locale): GuideTexts {
  return TEXTS[locale](factsText(locale));
}
