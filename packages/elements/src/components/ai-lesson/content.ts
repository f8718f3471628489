/**
 * The lesson's texts, in our own words: per step a title and a task for the pupils, and per level
 * what the teacher says and asks, with an answer note. Numbers come from the model's facts
 * ({@link FactsText}), never typed here. `<ai-teacher-guide>` prints the same texts.
 */
import type { Locale } from '@klaslab/core';
import type { Level } from '../../shared/levels.js';
import { type FactsText, factsText } from '../../shared/model-facts.js';
import type { StepId } from './steps.js';

export interface StepText {
  title: string;
  /** What the pupils do, shown on the board. */
  task: string;
  /** What the teacher tells the class, per level. */
  say: Record<Level, string>;
  /** The question the teacher asks, per level. */
  ask: Record<Level, string>;
  /** For the teacher: what good answers contain, and what to watch for. */
  answer: string;
}

type LessonTexts = Record<StepId, StepText>;

const en = (f: FactsText): LessonTexts => ({
  predict: {
    title: 'Predict',
    task: `Look at what the AI learnt from. Write down two things you think it will colour well, and two it will get wrong.`,
    say: {
      po: `This AI learnt colours by looking at ${f.train} colour photos. Most of them were ${f.topSubject}. Can you guess what it will be good at?`,
      vo: `The model learnt from ${f.train} photos (${f.heldout} more were kept apart to test it). ${f.topSubject} were ${f.topSubjectShare} of what it saw, people only ${f.peopleShare}. Make a prediction before we try it.`,
      mbo: `Before you use an AI tool, ask what it was trained on. This one saw ${f.train} photos: ${f.topSubjectShare} ${f.topSubject}, ${f.peopleShare} people. Predict where it will work and where it will fail.`,
    },
    ask: {
      po: 'Which photo would you give it to make it fail?',
      vo: 'What does a model do with something it has hardly ever seen?',
      mbo: 'Which of your own work photos would this model handle badly, and why?',
    },
    answer: `Good predictions name things that are missing from the data: ${f.missing.slice(0, 2).join('; ')}. Keep the predictions on the board; the class checks them in the reveal and bias steps.`,
  },
  colorize: {
    title: 'Colorize',
    task: 'Choose a colour photo of your own (the AI only gets its grey version, so we can reveal the real colours next) or a black-and-white sample, and let the AI colour it. Slide to compare grey and colour.',
    say: {
      po: 'The AI only gets the light and dark parts of the photo. It has to guess every colour.',
      vo: `The photo goes in as lightness only. For each small patch the model scores ${f.colourBins} possible colours and mixes the likely ones.`,
      mbo: 'Everything runs in this browser: the photo never leaves the device. That matters when photos show people.',
    },
    ask: {
      po: 'What looks right? What looks strange?',
      vo: 'Is the result convincing? What makes it look real or fake?',
      mbo: 'Would you use this picture in a poster for a client? What would you check first?',
    },
    answer:
      'Expect flowers, grass and sky to look fine and grey or white things (statues, sails, walls) to get colours they never had. "Looks real" is not the same as "is right".',
  },
  reveal: {
    title: 'Reveal the truth',
    task: 'Compare three pictures: the grey input, the AI’s colours and the real photo. Check your predictions.',
    say: {
      po: 'Now we see the real colours. Where did the AI guess right?',
      vo: 'The closeness score says how near the AI came to the real colours. A bold wrong colour costs more than a dull grey one.',
      mbo: 'This is how you test an AI tool: compare its output with a known answer, on examples you did not pick to make it look good.',
    },
    ask: {
      po: 'Was your prediction right?',
      vo: 'Why can a colourful result score worse than leaving the photo grey?',
      mbo: 'Which examples would you use to test a tool fairly?',
    },
    answer:
      'The samples come from the kind of photos the model learnt from, so they show it at its best. A fair test uses photos unlike the training data too (next steps). The truth view needs the real colours: it works with a colour photo, not with the grey samples; the gallery has photos with their true colours.',
  },
  probe: {
    title: 'Probe the probabilities',
    task: 'Click or tap on a spot in the picture and see which colours the AI considered there, and how sure it was.',
    say: {
      po: 'The AI never knows a colour for sure. It thinks "probably green, maybe brown".',
      vo: `At every spot the model gives a probability to each of its ${f.colourBins} colours. The temperature (${f.temperature} by default) decides how it mixes them: low commits to the single most likely colour, high blends more and more colours, so the colours grow alike with a warm brownish tint (the average of all its colours), not grey.`,
      mbo: 'Generative AI always works with chances. A text AI picks likely next words the same way this one picks likely colours.',
    },
    ask: {
      po: 'Where is the AI most unsure?',
      vo: 'What happens to the colours when you move the temperature slider? Why?',
      mbo: 'Why can a tool sound very sure and still be wrong?',
    },
    answer:
      'Unsure spots are often clothes, cars and painted walls: things that can be any colour. In this colorizer a low temperature commits to the most likely colour (bold, and boldly wrong where it guessed wrong); a high one averages many colours (colours alike and brownish: cautious, but not grey).',
  },
  bias: {
    title: 'Find a bias',
    task: 'Go through the gallery. Find photos where the AI does worse than usual and say what they have in common.',
    say: {
      po: 'The AI knows what it has seen often. Things it rarely saw, it guesses badly.',
      vo: `Missing from the training data: ${f.missingWhat.join('; ')}. Look for those in the gallery.`,
      mbo: 'The same kind of bias in a system that screens job applications or recognises faces harms real people.',
    },
    ask: {
      po: 'Which photos would you add to teach the AI better?',
      vo: 'Who decides what goes into the training data, and who is left out?',
      mbo: 'How would you find out what a tool you use at work was trained on?',
    },
    answer: `Faces come out red or orange whatever the skin: people were ${f.peopleShare} of what it saw, nearly all small cut-outs. Good answers link each failure to a gap in the data, not to the photo being "hard".`,
  },
  confuse: {
    title: 'Try to confuse it',
    task: 'Give the AI something strange: a drawing, an inverted photo, a very old photo, a colour-less scene. What happens?',
    say: {
      po: 'Let’s try to trick the AI. It will still colour everything, even when it has no idea.',
      vo: 'A model always gives an answer. It has no way to say "I don’t know" unless someone builds that in.',
      mbo: 'Testing with strange input is part of the job: it shows where a system breaks before a customer finds out.',
    },
    ask: {
      po: 'Did the AI notice that something was strange?',
      vo: 'How could you tell from the result alone that the AI was confused?',
      mbo: 'What input would you use to test a chatbot the same way?',
    },
    answer:
      'It colours a drawing or an inverted photo as confidently as a real one. Low confidence on the map is a hint, not a warning it gives by itself.',
  },
  discuss: {
    title: 'Discuss',
    task: 'Real or colorized? Guess, then talk about what this means for photos you see online.',
    say: {
      po: 'Pictures made by a computer can look real. Always ask: where does this picture come from?',
      vo: 'Colorized and generated pictures can spread as if they were real. Check the source, not only how it looks.',
      mbo: 'At work you are responsible for what you publish, including what an AI made for you.',
    },
    ask: {
      po: 'How can you check if a picture is real?',
      vo: 'Should a colorized or AI-made photo always say so? Who should label it?',
      mbo: 'What rules would you make for using AI pictures at your workplace?',
    },
    answer:
      'If the class was rarely fooled, say so: this small model is easy to spot. Large image models are not, which is why sources and labels matter.',
  },
});

const nl = (f: FactsText): LessonTexts => ({
  predict: {
    title: 'Voorspel',
    task: 'Bekijk waarvan de AI leerde. Schrijf twee dingen op die ze volgens jou goed zal kleuren, en twee die fout zullen gaan.',
    say: {
      po: `Deze AI leerde kleuren door ${f.train} kleurenfoto’s te bekijken. De meeste waren ${f.topSubject}. Waar zal ze goed in zijn, denk je?`,
      vo: `Het model leerde van ${f.train} foto’s (nog ${f.heldout} bleven apart om het te testen). ${f.topSubjectShare} van wat het zag waren ${f.topSubject}, mensen maar ${f.peopleShare}. Voorspel eerst, dan proberen we.`,
      mbo: `Vraag bij elk AI-hulpmiddel waarop het getraind is. Dit zag ${f.train} foto’s: ${f.topSubjectShare} ${f.topSubject}, ${f.peopleShare} mensen. Voorspel waar het werkt en waar niet.`,
    },
    ask: {
      po: 'Welke foto zou jij geven om de AI te laten mislukken?',
      vo: 'Wat doet een model met iets dat het bijna nooit gezien heeft?',
      mbo: 'Welke foto’s uit jouw vak zou dit model slecht inkleuren, en waarom?',
    },
    answer: `Goede voorspellingen noemen wat in de data ontbreekt: ${f.missing.slice(0, 2).join('; ')}. Laat de voorspellingen op het bord staan; de klas controleert ze bij de onthulling en bij de bias.`,
  },
  colorize: {
    title: 'Inkleuren',
    task: 'Kies een eigen kleurenfoto (de AI krijgt alleen de grijze versie, zodat we daarna de echte kleuren kunnen tonen) of een zwart-wit voorbeeld, en laat de AI ze inkleuren. Schuif om grijs en kleur te vergelijken.',
    say: {
      po: 'De AI krijgt alleen het lichte en donkere van de foto. Elke kleur moet ze raden.',
      vo: `De foto gaat erin als helderheid alleen. Voor elk stukje geeft het model een score aan ${f.colourBins} mogelijke kleuren en mengt het de waarschijnlijke.`,
      mbo: 'Alles gebeurt in deze browser: de foto verlaat het toestel niet. Dat telt als er mensen op staan.',
    },
    ask: {
      po: 'Wat ziet er goed uit? Wat is raar?',
      vo: 'Is het resultaat overtuigend? Waardoor lijkt het echt of nep?',
      mbo: 'Zou je dit beeld in een affiche voor een klant gebruiken? Wat controleer je eerst?',
    },
    answer:
      'Bloemen, gras en lucht lukken meestal; grijze of witte dingen (beelden, zeilen, muren) krijgen kleuren die ze nooit hadden. "Ziet er echt uit" is niet hetzelfde als "klopt".',
  },
  reveal: {
    title: 'Onthul de echte kleuren',
    task: 'Vergelijk drie beelden: de grijze invoer, de kleuren van de AI en de echte foto. Klopte je voorspelling?',
    say: {
      po: 'Nu zien we de echte kleuren. Waar raadde de AI goed?',
      vo: 'De score zegt hoe dicht de AI bij de echte kleuren kwam. Een felle foute kleur kost meer dan een doffe grijze.',
      mbo: 'Zo test je een AI-hulpmiddel: vergelijk met een gekend antwoord, op voorbeelden die je niet kiest om het mooi te laten lijken.',
    },
    ask: {
      po: 'Had je het goed voorspeld?',
      vo: 'Waarom kan een kleurrijk resultaat slechter scoren dan de foto grijs laten?',
      mbo: 'Met welke voorbeelden zou je een hulpmiddel eerlijk testen?',
    },
    answer:
      'De voorbeelden lijken op de foto’s waarvan het model leerde, dus tonen ze het op zijn best. Een eerlijke test gebruikt ook foto’s die er niet op lijken (volgende stappen). De echte kleuren tonen kan alleen bij een kleurenfoto, niet bij de grijze voorbeelden; de galerij heeft foto’s met hun echte kleuren.',
  },
  probe: {
    title: 'Peil de kansen',
    task: 'Klik of tik op een plek in het beeld en bekijk welke kleuren de AI daar overwoog, en hoe zeker ze was.',
    say: {
      po: 'De AI weet een kleur nooit zeker. Ze denkt: "waarschijnlijk groen, misschien bruin".',
      vo: `Op elke plek geeft het model een kans aan elk van zijn ${f.colourBins} kleuren. De temperatuur (standaard ${f.temperature}) bepaalt hoe het ze mengt: laag kiest telkens de waarschijnlijkste kleur, hoog mengt steeds meer kleuren, zodat ze op elkaar gaan lijken met een warme, bruinige tint (het gemiddelde van al zijn kleuren), niet grijs.`,
      mbo: 'Generatieve AI werkt altijd met kansen. Een tekst-AI kiest waarschijnlijke volgende woorden zoals dit model waarschijnlijke kleuren kiest.',
    },
    ask: {
      po: 'Waar twijfelt de AI het meest?',
      vo: 'Wat gebeurt er met de kleuren als je de temperatuur verschuift? Waarom?',
      mbo: 'Hoe kan een hulpmiddel heel zeker klinken en toch fout zijn?',
    },
    answer:
      'Twijfel zit vaak bij kleren, auto’s en geverfde muren: dingen die elke kleur kunnen hebben. In deze inkleurder kiest een lage temperatuur telkens de waarschijnlijkste kleur (gedurfd, ook waar ze verkeerd gokte); een hoge middelt veel kleuren (kleuren die op elkaar lijken en bruinig zijn: voorzichtig, maar niet grijs).',
  },
  bias: {
    title: 'Zoek een vooroordeel',
    task: 'Blader door de galerij. Zoek foto’s waar de AI slechter doet dan gewoonlijk en zeg wat ze gemeen hebben.',
    say: {
      po: 'De AI kent wat ze vaak zag. Wat ze zelden zag, raadt ze slecht.',
      vo: `Wat ontbreekt in de trainingsdata: ${f.missingWhat.join('; ')}. Zoek die in de galerij.`,
      mbo: 'Dezelfde soort bias in een systeem dat sollicitaties sorteert of gezichten herkent, benadeelt echte mensen.',
    },
    ask: {
      po: 'Welke foto’s zou je toevoegen om de AI beter te leren?',
      vo: 'Wie beslist wat in de trainingsdata komt, en wie valt erbuiten?',
      mbo: 'Hoe zoek je uit waarop een hulpmiddel uit je werk getraind is?',
    },
    answer: `Gezichten worden rood of oranje, welke huid ook: mensen waren ${f.peopleShare} van wat het zag, bijna allemaal kleine uitgeknipte figuren. Goede antwoorden koppelen elke fout aan een gat in de data, niet aan een "moeilijke" foto.`,
  },
  confuse: {
    title: 'Breng haar in de war',
    task: 'Geef de AI iets vreemds: een tekening, een negatief, een heel oude foto, een kleurloos landschap. Wat gebeurt er?',
    say: {
      po: 'We proberen de AI te foppen. Ze kleurt alles in, ook als ze geen idee heeft.',
      vo: 'Een model geeft altijd een antwoord. Het kan niet "ik weet het niet" zeggen, tenzij iemand dat inbouwt.',
      mbo: 'Testen met vreemde invoer hoort bij het vak: zo zie je waar een systeem breekt voor een klant het merkt.',
    },
    ask: {
      po: 'Merkte de AI dat er iets vreemds was?',
      vo: 'Hoe zie je alleen aan het resultaat dat de AI in de war was?',
      mbo: 'Met welke invoer zou je een chatbot op dezelfde manier testen?',
    },
    answer:
      'Ze kleurt een tekening of een negatief even zelfzeker als een echte foto. Lage zekerheid op de kaart is een aanwijzing, geen waarschuwing die ze zelf geeft.',
  },
  discuss: {
    title: 'Bespreek',
    task: 'Echt of ingekleurd? Raad, en praat dan over wat dit betekent voor foto’s die je online ziet.',
    say: {
      po: 'Beelden die een computer maakte, kunnen echt lijken. Vraag altijd: waar komt dit beeld vandaan?',
      vo: 'Ingekleurde en gemaakte beelden kunnen verspreid worden alsof ze echt zijn. Controleer de bron, niet alleen hoe het eruitziet.',
      mbo: 'Op je werk ben je verantwoordelijk voor wat je publiceert, ook voor wat een AI voor je maakte.',
    },
    ask: {
      po: 'Hoe kun je nagaan of een foto echt is?',
      vo: 'Moet bij een ingekleurde of AI-foto altijd staan dat hij bewerkt is? Wie moet dat doen?',
      mbo: 'Welke afspraken zou je maken over AI-beelden op je werkplek?',
    },
    answer:
      'Werd de klas zelden gefopt? Zeg het: dit kleine model is makkelijk te herkennen. Grote beeldmodellen niet, en daarom tellen bronnen en labels.',
  },
});

const fr = (f: FactsText): LessonTexts => ({
  predict: {
    title: 'Prédire',
    task: 'Regardez ce dont l’IA a appris. Notez deux choses qu’elle coloriera bien selon vous, et deux qu’elle ratera.',
    say: {
      po: `Cette IA a appris les couleurs en regardant ${f.train} photos en couleur. La plupart montraient des ${f.topSubject}. À ton avis, pour quoi sera-t-elle douée ?`,
      vo: `Le modèle a appris de ${f.train} photos (${f.heldout} autres ont été mises de côté pour le tester). Les ${f.topSubject} font ${f.topSubjectShare} de ce qu’il a vu, les personnes seulement ${f.peopleShare}. Faites une prédiction avant d’essayer.`,
      mbo: `Avant d’utiliser un outil d’IA, demandez sur quoi il a été entraîné. Celui-ci a vu ${f.train} photos : ${f.topSubjectShare} de ${f.topSubject}, ${f.peopleShare} de personnes. Prédisez où il marchera et où il échouera.`,
    },
    ask: {
      po: 'Quelle photo lui donnerais-tu pour qu’elle se trompe ?',
      vo: 'Que fait un modèle avec quelque chose qu’il n’a presque jamais vu ?',
      mbo: 'Quelles photos de votre métier ce modèle traiterait-il mal, et pourquoi ?',
    },
    answer: `Les bonnes prédictions citent ce qui manque dans les données : ${f.missing.slice(0, 2).join(' ; ')}. Gardez les prédictions au tableau ; la classe les vérifie lors de la révélation et des biais.`,
  },
  colorize: {
    title: 'Coloriser',
    task: 'Choisissez une photo en couleur à vous (l’IA n’en reçoit que la version grise, pour qu’on puisse révéler ensuite les vraies couleurs) ou un exemple en noir et blanc, et laissez l’IA la coloriser. Glissez pour comparer gris et couleur.',
    say: {
      po: 'L’IA ne reçoit que le clair et le foncé de la photo. Elle doit deviner chaque couleur.',
      vo: `La photo entre comme luminosité seule. Pour chaque petite zone, le modèle note ${f.colourBins} couleurs possibles et mélange les plus probables.`,
      mbo: 'Tout se passe dans ce navigateur : la photo ne quitte pas l’appareil. C’est important quand on y voit des personnes.',
    },
    ask: {
      po: 'Qu’est-ce qui semble juste ? Qu’est-ce qui est bizarre ?',
      vo: 'Le résultat est-il convaincant ? Qu’est-ce qui le rend vrai ou faux ?',
      mbo: 'Utiliseriez-vous cette image sur une affiche pour un client ? Que vérifiez-vous d’abord ?',
    },
    answer:
      'Fleurs, herbe et ciel réussissent en général ; les objets gris ou blancs (statues, voiles, murs) reçoivent des couleurs qu’ils n’ont jamais eues. « Avoir l’air vrai » n’est pas « être juste ».',
  },
  reveal: {
    title: 'Révéler la vérité',
    task: 'Comparez trois images : l’entrée grise, les couleurs de l’IA et la vraie photo. Vérifiez vos prédictions.',
    say: {
      po: 'Voici les vraies couleurs. Où l’IA a-t-elle bien deviné ?',
      vo: 'Le score dit à quel point l’IA s’est approchée des vraies couleurs. Une couleur vive et fausse coûte plus qu’un gris terne.',
      mbo: 'Voilà comment tester un outil d’IA : comparer à une réponse connue, sur des exemples qu’on n’a pas choisis pour le flatter.',
    },
    ask: {
      po: 'Ta prédiction était-elle juste ?',
      vo: 'Pourquoi un résultat coloré peut-il avoir un moins bon score que la photo laissée grise ?',
      mbo: 'Avec quels exemples testeriez-vous un outil honnêtement ?',
    },
    answer:
      'Les exemples ressemblent aux photos dont le modèle a appris : ils le montrent sous son meilleur jour. Un test honnête utilise aussi des photos différentes (étapes suivantes). La vue vérité a besoin des vraies couleurs : elle marche avec une photo en couleur, pas avec les exemples gris ; la galerie a des photos avec leurs vraies couleurs.',
  },
  probe: {
    title: 'Sonder les probabilités',
    task: 'Cliquez ou touchez un endroit de l’image et regardez quelles couleurs l’IA y a envisagées, et avec quelle certitude.',
    say: {
      po: 'L’IA n’est jamais sûre d’une couleur. Elle pense : « sans doute vert, peut-être brun ».',
      vo: `À chaque endroit, le modèle donne une probabilité à chacune de ses ${f.colourBins} couleurs. La température (${f.temperature} par défaut) décide comment il les mélange : basse, il s’en tient à la couleur la plus probable ; haute, il mélange de plus en plus de couleurs, qui finissent par se ressembler avec une teinte chaude et brunâtre (la moyenne de toutes ses couleurs), pas grise.`,
      mbo: 'L’IA générative travaille toujours avec des probabilités. Une IA de texte choisit les mots suivants probables comme celle-ci choisit des couleurs probables.',
    },
    ask: {
      po: 'Où l’IA hésite-t-elle le plus ?',
      vo: 'Que deviennent les couleurs quand vous déplacez le curseur de température ? Pourquoi ?',
      mbo: 'Comment un outil peut-il sembler très sûr et pourtant se tromper ?',
    },
    answer:
      'Le doute porte souvent sur les vêtements, les voitures et les murs peints : des choses qui peuvent avoir n’importe quelle couleur. Dans ce coloriseur, une température basse s’en tient à la couleur la plus probable (audacieuse, même là où elle s’est trompée) ; une haute fait la moyenne de nombreuses couleurs (des couleurs semblables et brunâtres : prudente, mais pas grise).',
  },
  bias: {
    title: 'Trouver un biais',
    task: 'Parcourez la galerie. Trouvez des photos où l’IA fait moins bien que d’habitude et dites ce qu’elles ont en commun.',
    say: {
      po: 'L’IA connaît ce qu’elle a souvent vu. Ce qu’elle a rarement vu, elle le devine mal.',
      vo: `Absent des données d’entraînement : ${f.missingWhat.join(' ; ')}. Cherchez-les dans la galerie.`,
      mbo: 'Le même genre de biais dans un système qui trie des candidatures ou reconnaît des visages nuit à de vraies personnes.',
    },
    ask: {
      po: 'Quelles photos ajouterais-tu pour mieux lui apprendre ?',
      vo: 'Qui décide de ce qui entre dans les données d’entraînement, et qui en est exclu ?',
      mbo: 'Comment sauriez-vous sur quoi un outil de votre travail a été entraîné ?',
    },
    answer: `Les visages deviennent rouges ou orange, quelle que soit la peau : les personnes font ${f.peopleShare} de ce qu’il a vu, presque toutes de petites figurines détourées. Les bonnes réponses relient chaque erreur à un manque dans les données, pas à une photo « difficile ».`,
  },
  confuse: {
    title: 'La mettre en difficulté',
    task: 'Donnez à l’IA quelque chose d’étrange : un dessin, un négatif, une très vieille photo, un paysage sans couleur. Que se passe-t-il ?',
    say: {
      po: 'Essayons de piéger l’IA. Elle colorie tout, même quand elle n’en a aucune idée.',
      vo: 'Un modèle donne toujours une réponse. Il ne peut pas dire « je ne sais pas », sauf si on l’a prévu.',
      mbo: 'Tester avec des entrées bizarres fait partie du métier : on voit où un système casse avant qu’un client le découvre.',
    },
    ask: {
      po: 'L’IA a-t-elle remarqué que quelque chose clochait ?',
      vo: 'Comment voir, au seul résultat, que l’IA était perdue ?',
      mbo: 'Avec quelles entrées testeriez-vous un chatbot de la même façon ?',
    },
    answer:
      'Elle colorie un dessin ou un négatif avec autant d’assurance qu’une vraie photo. Une faible confiance sur la carte est un indice, pas un avertissement qu’elle donne d’elle-même.',
  },
  discuss: {
    title: 'Discuter',
    task: 'Vraie ou colorisée ? Devinez, puis parlez de ce que cela signifie pour les photos vues en ligne.',
    say: {
      po: 'Des images faites par ordinateur peuvent sembler vraies. Demande toujours : d’où vient cette image ?',
      vo: 'Des images colorisées ou générées peuvent circuler comme si elles étaient vraies. Vérifiez la source, pas seulement l’apparence.',
      mbo: 'Au travail, vous êtes responsable de ce que vous publiez, y compris ce qu’une IA a fait pour vous.',
    },
    ask: {
      po: 'Comment vérifier si une photo est vraie ?',
      vo: 'Une photo colorisée ou faite par IA doit-elle toujours le dire ? Qui doit l’indiquer ?',
      mbo: 'Quelles règles fixeriez-vous pour les images d’IA sur votre lieu de travail ?',
    },
    answer:
      'Si la classe s’est rarement fait piéger, dites-le : ce petit modèle est facile à repérer. Les grands modèles d’images ne le sont pas, d’où l’importance des sources et des mentions.',
  },
});

const TEXTS: Record<Locale, (f: FactsText) => LessonTexts> = { nl, en, fr };

/** The lesson's texts in `locale`, with the model's facts filled in. */
export function lessonTexts(locale: Locale): LessonTexts {
  return TEXTS[locale](factsText(locale));
}
