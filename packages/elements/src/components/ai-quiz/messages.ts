import { createCatalog } from '@klaslab/core';

/** Texts of `<ai-quiz>`. */
export const quizMessages = createCatalog({
  nl: {
    label: 'Quiz: echt of ingekleurd?',
    intro:
      'Je ziet {count} foto’s. Sommige zijn echte kleurenfoto’s, andere zijn zwart-witfoto’s die de AI heeft ingekleurd. Kun jij ze uit elkaar houden?',
    start: 'Start de quiz',
    loading: 'De quiz wordt geladen…',
    error: 'De quiz kon niet geladen worden.',
    errorCode: 'Foutcode: {code}',
    progress: 'Foto {n} van {total}',
    picture: 'Foto {n}: echt of ingekleurd?',
    real: 'Echt',
    colorized: 'Ingekleurd door AI',
    correct: 'Goed!',
    wrong: 'Niet goed.',
    wasReal: 'Dit is een echte kleurenfoto.',
    wasColorized: 'Deze foto is ingekleurd door de AI.',
    next: 'Volgende foto',
    finish: 'Bekijk de uitslag',
    score: '{correct} van de {total} goed',
    fooled:
      'De AI heeft je {fooled} keer voor de gek gehouden, van de {colorized} ingekleurde foto’s.',
    doubted: 'Je dacht {doubted} keer dat een echte foto nep was.',
    'verdict.never':
      'De AI heeft je geen enkele keer misleid. Dat is eerlijk gezegd heel gewoon: dit kleine model kleurt vaak te grijs of te bruin, en dat zie je.',
    'verdict.rarely':
      'De AI heeft je zelden misleid. Haar kleuren zijn vaak te dof; let op de plekken waar ze je toch beetnam.',
    'verdict.sometimes':
      'De AI heeft je soms misleid. Bij sommige foto’s is haar gok goed genoeg om echt te lijken.',
    'verdict.often':
      'De AI heeft je vaak misleid. Een overtuigend beeld is dus geen bewijs: vraag altijd waar een foto vandaan komt.',
    again: 'Nog een ronde',
    credit: 'Foto: {credit}',
    precomputed: 'De ingekleurde foto’s zijn vooraf gemaakt met {model} (sha256 {sha}).',
  },
  en: {
    label: 'Quiz: real or colorized?',
    intro:
      'You will see {count} photos. Some are real colour photos, others are black-and-white photos the AI colorized. Can you tell them apart?',
    start: 'Start the quiz',
    loading: 'Loading the quiz…',
    error: 'The quiz could not be loaded.',
    errorCode: 'Error code: {code}',
    progress: 'Photo {n} of {total}',
    picture: 'Photo {n}: real or colorized?',
    real: 'Real',
    colorized: 'Colorized by AI',
    correct: 'Right!',
    wrong: 'Not right.',
    wasReal: 'This is a real colour photo.',
    wasColorized: 'This photo was colorized by the AI.',
    next: 'Next photo',
    finish: 'See the result',
    score: '{correct} of {total} right',
    fooled: 'The AI fooled you {fooled} times, out of {colorized} colorized photos.',
    doubted: 'You took a real photo for a fake {doubted} times.',
    'verdict.never':
      'The AI did not fool you once. To be honest, that is quite normal: this small model often colours too grey or too brown, and you can see it.',
    'verdict.rarely':
      'The AI rarely fooled you. Its colours are often too dull; look at where it still caught you out.',
    'verdict.sometimes':
      'The AI fooled you sometimes. For some photos its guess is good enough to look real.',
    'verdict.often':
      'The AI often fooled you. A convincing picture is no proof: always ask where a photo comes from.',
    again: 'Another round',
    credit: 'Photo: {credit}',
    precomputed: 'The colorized photos were made beforehand with {model} (sha256 {sha}).',
  },
  fr: {
    label: 'Quiz : vraie ou colorisée ?',
    intro:
      'Tu vas voir {count} photos. Certaines sont de vraies photos en couleur, d’autres des photos en noir et blanc colorisées par l’IA. Sauras-tu les distinguer ?',
    start: 'Commencer le quiz',
    loading: 'Chargement du quiz…',
    error: 'Le quiz n’a pas pu être chargé.',
    errorCode: 'Code d’erreur : {code}',
    progress: 'Photo {n} sur {total}',
    picture: 'Photo {n} : vraie ou colorisée ?',
    real: 'Vraie',
    colorized: 'Colorisée par l’IA',
    correct: 'Bravo !',
    wrong: 'Raté.',
    wasReal: 'C’est une vraie photo en couleur.',
    wasColorized: 'Cette photo a été colorisée par l’IA.',
    next: 'Photo suivante',
    finish: 'Voir le résultat',
    score: '{correct} sur {total} justes',
    fooled: 'L’IA t’a trompé {fooled} fois, sur {colorized} photos colorisées.',
    doubted: 'Tu as pris {doubted} fois une vraie photo pour une fausse.',
    'verdict.never':
      'L’IA ne t’a trompé aucune fois. Honnêtement, c’est assez normal : ce petit modèle colorie souvent trop gris ou trop brun, et cela se voit.',
    'verdict.rarely':
      'L’IA t’a rarement trompé. Ses couleurs sont souvent trop ternes ; regarde où elle t’a quand même eu.',
    'verdict.sometimes':
      'L’IA t’a parfois trompé. Pour certaines photos, sa supposition est assez bonne pour paraître vraie.',
    'verdict.often':
      'L’IA t’a souvent trompé. Une image convaincante n’est pas une preuve : demande toujours d’où vient une photo.',
    again: 'Encore une manche',
    credit: 'Photo : {credit}',
    precomputed: 'Les photos colorisées ont été faites à l’avance avec {model} (sha256 {sha}).',
  },
});
