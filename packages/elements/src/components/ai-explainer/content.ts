/**
 * Explainer texts, written for KlasLab in our own words. Per topic, per level (po = primary,
 * vo = secondary, mbo = vocational), per language. Plain strings only: they are rendered as text.
 * Numbers about the model come from its facts (src/shared/model-facts.ts), never typed here.
 */
import type { Locale } from '@klaslab/core';
import type { Level } from '../../shared/levels.js';
import { type FactsText, factsText, MODEL_FACTS } from '../../shared/model-facts.js';
import { MORE_TOPICS, type MoreTopic, moreTexts } from './topics-more.js';

type CoreTopic = 'generative-ai' | 'colorization' | 'bias';
export type Topic = CoreTopic | MoreTopic;
export const TOPICS: readonly Topic[] = ['generative-ai', 'colorization', 'bias', ...MORE_TOPICS];

export interface Explainer {
  title: string;
  paragraphs: string[];
  /** Caption of the interactive figure; topics without one show no colorizer. */
  figure?: string;
  /** A question to think about or discuss in class. */
  question: string;
  /** Where the figures in the text come from. */
  sources?: string[];
}

type Texts = Record<CoreTopic, Record<Level, Explainer>>;

const nl = (f: FactsText): Texts => ({
  'generative-ai': {
    po: {
      title: 'Wat is generatieve AI?',
      paragraphs: [
        'Generatieve AI is een computerprogramma dat iets nieuws maakt: een tekst, een tekening of, zoals hieronder, kleuren voor een zwart-witfoto.',
        'Het programma heeft eerst heel veel voorbeelden bekeken. Daaruit heeft het geleerd wat vaak samen voorkomt. Gras is meestal groen, de lucht vaak blauw.',
        'Als het iets maakt, gokt het wat het beste past. Het gokt elke keer een beetje anders. Daarom krijg je bij dezelfde vraag niet altijd hetzelfde antwoord.',
        'Een gok kan fout zijn, ook als het resultaat er heel echt uitziet. Kijk dus altijd zelf goed na wat de AI maakt.',
      ],
      figure: 'Dezelfde foto, verschillende kleuren: de AI gokt telkens opnieuw.',
      question: 'Welke kleuring lijkt het meest op de echte wereld? Hoe weet je dat?',
    },
    vo: {
      title: 'Generatieve AI: voorspellen op basis van voorbeelden',
      paragraphs: [
        'Een generatief AI-model maakt nieuwe inhoud, zoals tekst, beeld of geluid. Het is getraind op een grote verzameling bestaande voorbeelden: de trainingsdata.',
        'Tijdens de training leert het model geen feiten uit het hoofd, maar statistische patronen: welke woorden op elkaar volgen, welke kleuren bij welke vormen horen. Bij het genereren voorspelt het stap voor stap wat waarschijnlijk volgt.',
        `Die voorspelling is een kansverdeling, geen vaste uitkomst. Het model trekt er een keuze uit; daarom geeft dezelfde opdracht (prompt) verschillende resultaten. Bij veel modellen bepaalt een temperatuur hoe de kansen gebruikt worden; deze inkleurder mengt zijn kleuren standaard met temperatuur ${f.temperature}.`,
        'Wat waarschijnlijk klinkt, is niet altijd waar. Een model kan met veel overtuiging iets verzinnen, en het neemt de scheefheden van zijn trainingsdata over. Controleer daarom bronnen en blijf kritisch.',
      ],
      figure: 'Eén zwart-witfoto, meerdere mogelijke kleuringen uit dezelfde voorspelling.',
      question: 'Waarom kan een antwoord overtuigend klinken en toch fout zijn?',
    },
    mbo: {
      title: 'Generatieve AI in de praktijk',
      paragraphs: [
        'Generatieve AI maakt teksten, beelden, code of geluid op basis van een opdracht. Het model heeft patronen geleerd uit een grote hoeveelheid voorbeelden en voorspelt daarmee wat bij jouw opdracht past.',
        'Het resultaat is een waarschijnlijke uitkomst, geen gecontroleerd feit. Dezelfde opdracht levert telkens iets anders op, en fouten zien er vaak net zo verzorgd uit als goede antwoorden.',
        'Gebruik je AI in je werk of stage? Controleer feiten en cijfers, zet geen persoonsgegevens of vertrouwelijke informatie in een online tool, en vermeld wanneer je AI gebruikt hebt.',
        'Het model weet alleen wat in zijn trainingsdata zat. Situaties die daar weinig in voorkwamen, gaan vaker mis. Jij blijft verantwoordelijk voor het eindresultaat.',
      ],
      figure: 'Probeer het: één foto, verschillende voorstellen van de AI.',
      question: 'Hoe zou je in je vakgebied nagaan of een AI-resultaat klopt?',
    },
  },
  colorization: {
    po: {
      title: 'Hoe kleurt een computer een foto in?',
      paragraphs: [
        'Een zwart-witfoto vertelt alleen hoe licht of donker elk puntje is. De kleur is weg.',
        `De AI leerde kleuren van ${f.train} kleurenfoto’s, vooral van ${f.topSubject}. Nu kijkt ze naar vormen in jouw foto en raadt ze welke kleur daar meestal bij hoort.`,
        'Het licht en donker van jouw foto blijft gewoon zoals het was. De AI voegt alleen de kleur toe.',
        'Op de zekerheidskaart zie je waar de AI twijfelt. Daar is de kleur vaak doffer of vlekkerig.',
      ],
      figure: 'Links de helderheid, rechts de kleur die de AI erbij bedacht.',
      question: 'Welke dingen kleurt de AI goed, en welke niet?',
    },
    vo: {
      title: 'Inkleuren: helderheid en kleur apart',
      paragraphs: [
        'Kleurenfoto’s kun je beschrijven in de CIELAB-kleurruimte. Het L-kanaal geeft de helderheid. Het a-kanaal loopt van groen naar rood, het b-kanaal van blauw naar geel.',
        `Een zwart-witfoto heeft alleen L. Dit model krijgt dat L-kanaal, verkleind tot ${f.inputSize} bij ${f.inputSize} pixels, en voorspelt per blokje van 8 bij 8 pixels de a- en b-waarden.`,
        'Die voorspelde kleur wordt vergroot tot de originele afmetingen en gecombineerd met het originele L-kanaal. Zo blijven alle details van de foto scherp.',
        `Het voorspelt daar geen vaste kleur maar een kans voor elk van zijn ${f.colourBins} kleuren. Is die kans verspreid over veel kleuren, dan twijfelt het model: de zekerheidskaart toont dat. Een mengsel van veel kleuren is vaak doffer.`,
      ],
      figure: 'De kanalen L, a en b van het resultaat, en waar het model onzeker is.',
      question: 'Waarom kiest een onzeker model vaak een doffe kleur?',
    },
    mbo: {
      title: 'Zo werkt automatisch inkleuren',
      paragraphs: [
        'Het programma splitst een foto in helderheid (L) en kleur (a en b). Van een zwart-witfoto is alleen de helderheid bekend.',
        'Een neuraal netwerk voorspelt de kleur uit wat het bij het trainen zag. Het werkt op een kleine versie van de foto; daarna wordt de kleur vergroot en op de originele foto gelegd.',
        'De zekerheidskaart laat zien waar het model twijfelt. Daar is het resultaat minder betrouwbaar, bijvoorbeeld bij kleding, auto’s of geverfde muren: die kunnen in het echt elke kleur hebben.',
        'Gebruik een ingekleurde foto dus niet als bewijs van hoe iets er echt uitzag. Het is een voorstel van de computer.',
      ],
      figure: 'Helderheid, voorspelde kleur en zekerheid van jouw foto.',
      question: 'Wanneer zou je een ingekleurde historische foto wel of niet gebruiken?',
    },
  },
  bias: {
    po: {
      title: 'Waarom maakt de AI soms rare keuzes?',
      paragraphs: [
        'De AI leerde kleuren uit een verzameling foto’s. Wat daar vaak in stond, kent ze goed.',
        'Wat er weinig of niet in stond, kent ze slecht. Dan raadt ze een kleur die ze vaker zag, ook als die niet klopt.',
        'Hieronder lees je welke foto’s deze AI gezien heeft. Probeer een foto van iets wat daar niet bij hoort!',
      ],
      figure: 'Test de AI met je eigen foto’s.',
      question: 'Welke foto’s zou jij toevoegen zodat de AI het beter doet?',
    },
    vo: {
      title: 'Vooroordelen komen uit de trainingsdata',
      paragraphs: [
        'Een model kan alleen leren wat in de trainingsdata zit. Zijn sommige onderwerpen, plaatsen of mensen ondervertegenwoordigd, dan werkt het model daar slechter. Dat heet bias.',
        `Bij inkleuren zie je dat meteen. Dit model zag vooral ${f.topSubject} (${f.topSubjectShare}) en mensen bijna alleen als kleine uitgeknipte figuurtjes (${f.peopleShare}). Gezichten kleurt het daardoor rood of oranje, en grijze dingen zoals een stenen beeld krijgen felle kleuren die ze nooit hadden.`,
        'Ook huidskleuren, kledij of gebouwen uit andere delen van de wereld kunnen verkeerd uitvallen als ze weinig in de data voorkwamen. Het model lijkt dan zeker, maar herhaalt gewoon zijn data.',
        'Daarom hoort bij een goed model een modelkaart: welke data, van wie, met welke licentie en met welke bekende zwaktes. Hieronder staat die van dit model.',
      ],
      figure: 'Vergelijk: wat doet het model met foto’s die niet op de trainingsdata lijken?',
      question: 'Wie beslist welke foto’s in de trainingsdata komen, en wat betekent dat?',
    },
    mbo: {
      title: 'Bias: wat de data erin stopt, komt eruit',
      paragraphs: [
        'AI-systemen nemen de patronen én de scheefheden uit hun trainingsdata over. Ontbreken bepaalde situaties of groepen, dan maakt het systeem daar meer fouten.',
        'Bij dit inkleurprogramma is dat zichtbaar en onschuldig. Bij systemen die sollicitaties beoordelen of gezichten herkennen, kan dezelfde bias mensen benadelen.',
        'Vraag bij elk AI-systeem: op welke data is het getraind, wie zit er niet in, en hoe is het getest? Die informatie hoort in de modelkaart.',
      ],
      figure: 'Onderzoek het zelf: probeer foto’s uit je eigen omgeving.',
      question: 'Bedenk een systeem uit je vakgebied waar bias schade kan doen.',
    },
  },
});

const en = (f: FactsText): Texts => ({
  'generative-ai': {
    po: {
      title: 'What is generative AI?',
      paragraphs: [
        'Generative AI is a computer program that makes something new: a text, a drawing or, as below, colours for a black-and-white photo.',
        'First the program looked at lots and lots of examples. From them it learned what often goes together. Grass is usually green, the sky is often blue.',
        'When it makes something, it guesses what fits best. Each guess is a little different. That is why the same question does not always get the same answer.',
        'A guess can be wrong, even when the result looks very real. So always check for yourself what the AI made.',
      ],
      figure: 'The same photo, different colours: the AI guesses again each time.',
      question: 'Which colouring looks most like the real world? How do you know?',
    },
    vo: {
      title: 'Generative AI: predictions learned from examples',
      paragraphs: [
        'A generative AI model creates new content such as text, images or sound. It was trained on a large collection of existing examples: the training data.',
        'During training the model does not memorise facts; it learns statistical patterns: which words tend to follow each other, which colours go with which shapes. When generating, it predicts step by step what is likely to come next.',
        `That prediction is a probability distribution, not a fixed answer. The model draws a choice from it, so the same prompt gives different results. In many models a temperature decides how the probabilities are used; this colorizer mixes its colours at temperature ${f.temperature} by default.`,
        'What sounds likely is not always true. A model can invent things with great confidence, and it copies the imbalances of its training data. Check sources and stay critical.',
      ],
      figure: 'One black-and-white photo, several possible colourings from the same prediction.',
      question: 'Why can an answer sound convincing and still be wrong?',
    },
    mbo: {
      title: 'Generative AI at work',
      paragraphs: [
        'Generative AI makes texts, images, code or sound from an instruction. The model learned patterns from a large number of examples and uses them to predict what fits your request.',
        'The result is a likely outcome, not a checked fact. The same request gives something different each time, and mistakes often look just as polished as good answers.',
        'Using AI at work or in an internship? Check facts and figures, never put personal or confidential data into an online tool, and say when you used AI.',
        'The model only knows what was in its training data. Situations that were rare there go wrong more often. You stay responsible for the final result.',
      ],
      figure: 'Try it: one photo, different proposals from the AI.',
      question: 'How would you check an AI result in your own field?',
    },
  },
  colorization: {
    po: {
      title: 'How does a computer colour in a photo?',
      paragraphs: [
        'A black-and-white photo only tells how light or dark each dot is. The colour is gone.',
        `The AI learnt colours from ${f.train} colour photos, mostly of ${f.topSubject}. Now it looks at the shapes in your photo and guesses which colour usually belongs there.`,
        'The light and dark of your photo stay exactly as they were. The AI only adds the colour.',
        'The certainty map shows where the AI is unsure. There the colour is often duller or blotchy.',
      ],
      figure: 'Left the lightness, right the colour the AI came up with.',
      question: 'Which things does the AI colour well, and which not?',
    },
    vo: {
      title: 'Colorization: lightness and colour apart',
      paragraphs: [
        'Colour photos can be described in the CIELAB colour space. The L channel holds the lightness. The a channel runs from green to red, the b channel from blue to yellow.',
        `A black-and-white photo only has L. This model receives that L channel, scaled down to ${f.inputSize} by ${f.inputSize} pixels, and predicts the a and b values for every block of 8 by 8 pixels.`,
        'The predicted colour is scaled up to the original size and combined with the original L channel, so all the detail of the photo stays sharp.',
        `It does not predict one colour there but a probability for each of its ${f.colourBins} colours. When that probability is spread over many colours, the model is unsure: the certainty map shows this. A mix of many colours is often duller.`,
      ],
      figure: 'The L, a and b channels of the result, and where the model is unsure.',
      question: 'Why does an unsure model often choose a dull colour?',
    },
    mbo: {
      title: 'How automatic colorization works',
      paragraphs: [
        'The program splits a photo into lightness (L) and colour (a and b). Of a black-and-white photo only the lightness is known.',
        'A neural network predicts the colour from what it saw during training. It works on a small copy of the photo; the colour is then scaled up and laid over the original photo.',
        'The certainty map shows where the model hesitates. The result is less reliable there, for example for clothes, cars or painted walls: in reality they can be any colour.',
        'So do not use a colorized photo as proof of what something really looked like. It is the computer’s suggestion.',
      ],
      figure: 'Lightness, predicted colour and certainty for your photo.',
      question: 'When would you use a colorized historical photo, and when not?',
    },
  },
  bias: {
    po: {
      title: 'Why does the AI sometimes make strange choices?',
      paragraphs: [
        'The AI learned colours from a set of photos. What was often in them, it knows well.',
        'What was rare or missing, it knows badly. Then it guesses a colour it saw more often, even when that is wrong.',
        'Below you can read which photos this AI has seen. Try a photo of something that is not among them!',
      ],
      figure: 'Test the AI with your own photos.',
      question: 'Which photos would you add so the AI does better?',
    },
    vo: {
      title: 'Bias comes from the training data',
      paragraphs: [
        'A model can only learn what is in its training data. When some subjects, places or people are under-represented, the model works worse for them. That is called bias.',
        `With colorization you see it at once. This model mostly saw ${f.topSubject} (${f.topSubjectShare}) and saw people almost only as small cut-out figures (${f.peopleShare}). So it paints faces red or orange, and grey things such as a stone statue get bright colours they never had.`,
        'Skin tones, clothing or buildings from other parts of the world can also come out wrong when they were rare in the data. The model looks certain, but it is just repeating its data.',
        'That is why a good model comes with a model card: which data, from whom, under which licence and with which known weaknesses. This model’s card is below.',
      ],
      figure: 'Compare: what does the model do with photos unlike its training data?',
      question: 'Who decides which photos go into the training data, and what does that mean?',
    },
    mbo: {
      title: 'Bias: what the data puts in comes out',
      paragraphs: [
        'AI systems take over the patterns and the imbalances of their training data. When certain situations or groups are missing, the system makes more mistakes there.',
        'In this colorizer that is visible and harmless. In systems that screen job applications or recognise faces, the same bias can harm people.',
        'Ask of every AI system: what data was it trained on, who is missing, and how was it tested? That information belongs in the model card.',
      ],
      figure: 'Investigate it yourself: try photos from your own surroundings.',
      question: 'Think of a system in your field where bias could do harm.',
    },
  },
});

const fr = (f: FactsText): Texts => ({
  'generative-ai': {
    po: {
      title: 'Qu’est-ce que l’IA générative ?',
      paragraphs: [
        'L’IA générative est un programme informatique qui crée quelque chose de nouveau : un texte, un dessin ou, comme ci-dessous, des couleurs pour une photo en noir et blanc.',
        'D’abord, le programme a regardé énormément d’exemples. Il y a appris ce qui va souvent ensemble. L’herbe est en général verte, le ciel souvent bleu.',
        'Quand il crée quelque chose, il devine ce qui convient le mieux. Chaque fois, il devine un peu autrement. C’est pourquoi la même question ne donne pas toujours la même réponse.',
        'Une supposition peut être fausse, même quand le résultat a l’air très réel. Vérifie donc toujours toi-même ce que l’IA a fait.',
      ],
      figure: 'La même photo, des couleurs différentes : l’IA devine à nouveau chaque fois.',
      question: 'Quelle coloration ressemble le plus au monde réel ? Comment le sais-tu ?',
    },
    vo: {
      title: 'L’IA générative : des prédictions apprises sur des exemples',
      paragraphs: [
        'Un modèle d’IA générative crée du contenu nouveau : texte, image ou son. Il a été entraîné sur une grande collection d’exemples existants : les données d’entraînement.',
        'Pendant l’entraînement, le modèle n’apprend pas des faits par cœur, mais des régularités statistiques : quels mots se suivent, quelles couleurs vont avec quelles formes. En générant, il prédit pas à pas ce qui est probable.',
        `Cette prédiction est une distribution de probabilités, pas une réponse fixe. Le modèle y tire un choix ; la même consigne (prompt) donne donc des résultats différents. Dans beaucoup de modèles, une température décide comment les probabilités sont utilisées ; ce coloriseur mélange ses couleurs à la température ${f.temperature} par défaut.`,
        'Ce qui semble probable n’est pas toujours vrai. Un modèle peut inventer avec beaucoup d’assurance, et il reprend les déséquilibres de ses données. Vérifie les sources et garde ton esprit critique.',
      ],
      figure:
        'Une photo en noir et blanc, plusieurs colorations possibles issues de la même prédiction.',
      question: 'Pourquoi une réponse peut-elle sembler convaincante et pourtant être fausse ?',
    },
    mbo: {
      title: 'L’IA générative au travail',
      paragraphs: [
        'L’IA générative produit des textes, des images, du code ou du son à partir d’une consigne. Le modèle a appris des régularités dans un grand nombre d’exemples et s’en sert pour prédire ce qui correspond à ta demande.',
        'Le résultat est une issue probable, pas un fait vérifié. La même demande donne chaque fois autre chose, et les erreurs paraissent souvent aussi soignées que les bonnes réponses.',
        'Tu utilises l’IA au travail ou en stage ? Vérifie les faits et les chiffres, ne mets jamais de données personnelles ou confidentielles dans un outil en ligne, et signale quand tu as utilisé l’IA.',
        'Le modèle ne connaît que ce qui se trouvait dans ses données d’entraînement. Les situations rares y échouent plus souvent. Le résultat final reste ta responsabilité.',
      ],
      figure: 'Essaie : une photo, plusieurs propositions de l’IA.',
      question: 'Comment vérifierais-tu un résultat d’IA dans ton métier ?',
    },
  },
  colorization: {
    po: {
      title: 'Comment un ordinateur colorie-t-il une photo ?',
      paragraphs: [
        'Une photo en noir et blanc dit seulement si chaque point est clair ou foncé. La couleur a disparu.',
        `L’IA a appris les couleurs sur ${f.train} photos en couleur, surtout des ${f.topSubject}. Elle regarde les formes dans ta photo et devine quelle couleur y va d’habitude.`,
        'Le clair et le foncé de ta photo restent comme ils étaient. L’IA ajoute seulement la couleur.',
        'La carte de certitude montre où l’IA hésite. Là, la couleur est souvent plus terne ou tachée.',
      ],
      figure: 'À gauche la luminosité, à droite la couleur imaginée par l’IA.',
      question: 'Quelles choses l’IA colorie-t-elle bien, et lesquelles pas ?',
    },
    vo: {
      title: 'La colorisation : luminosité et couleur séparées',
      paragraphs: [
        'On peut décrire une photo en couleur dans l’espace colorimétrique CIELAB. Le canal L donne la luminosité. Le canal a va du vert au rouge, le canal b du bleu au jaune.',
        `Une photo en noir et blanc n’a que L. Ce modèle reçoit ce canal L, réduit à ${f.inputSize} sur ${f.inputSize} pixels, et prédit les valeurs a et b pour chaque bloc de 8 sur 8 pixels.`,
        'La couleur prédite est agrandie à la taille d’origine et combinée avec le canal L d’origine : tous les détails de la photo restent nets.',
        `Il n’y prédit pas une couleur, mais une probabilité pour chacune de ses ${f.colourBins} couleurs. Quand elle est répartie sur beaucoup de couleurs, le modèle hésite : la carte de certitude le montre. Un mélange de nombreuses couleurs est souvent plus terne.`,
      ],
      figure: 'Les canaux L, a et b du résultat, et les zones où le modèle hésite.',
      question: 'Pourquoi un modèle incertain choisit-il souvent une couleur terne ?',
    },
    mbo: {
      title: 'Comment fonctionne la colorisation automatique',
      paragraphs: [
        'Le programme sépare une photo en luminosité (L) et en couleur (a et b). D’une photo en noir et blanc, seule la luminosité est connue.',
        'Un réseau de neurones prédit la couleur d’après ce qu’il a vu à l’entraînement. Il travaille sur une petite copie de la photo ; la couleur est ensuite agrandie et posée sur la photo d’origine.',
        'La carte de certitude montre où le modèle hésite. Le résultat y est moins fiable, par exemple pour les vêtements, les voitures ou les murs peints : en réalité, ils peuvent avoir n’importe quelle couleur.',
        'N’utilise donc pas une photo colorisée comme preuve de l’aspect réel de quelque chose. C’est une proposition de l’ordinateur.',
      ],
      figure: 'Luminosité, couleur prédite et certitude pour ta photo.',
      question: 'Quand utiliserais-tu une photo historique colorisée, et quand pas ?',
    },
  },
  bias: {
    po: {
      title: 'Pourquoi l’IA fait-elle parfois des choix bizarres ?',
      paragraphs: [
        'L’IA a appris les couleurs sur un ensemble de photos. Ce qui s’y trouvait souvent, elle le connaît bien.',
        'Ce qui était rare ou absent, elle le connaît mal. Alors elle devine une couleur qu’elle a vue plus souvent, même si elle est fausse.',
        'Ci-dessous, tu peux lire quelles photos cette IA a vues. Essaie une photo de quelque chose qui n’en fait pas partie !',
      ],
      figure: 'Teste l’IA avec tes propres photos.',
      question: 'Quelles photos ajouterais-tu pour que l’IA fasse mieux ?',
    },
    vo: {
      title: 'Les biais viennent des données d’entraînement',
      paragraphs: [
        'Un modèle ne peut apprendre que ce qui se trouve dans ses données d’entraînement. Quand certains sujets, lieux ou personnes y sont sous-représentés, le modèle fonctionne moins bien pour eux. C’est ce qu’on appelle un biais.',
        `Avec la colorisation, on le voit tout de suite. Ce modèle a surtout vu des ${f.topSubject} (${f.topSubjectShare}) et presque uniquement des personnes en petites figurines détourées (${f.peopleShare}). Il peint donc les visages en rouge ou orange, et les objets gris comme une statue de pierre reçoivent des couleurs vives qu’ils n’ont jamais eues.`,
        'Les couleurs de peau, les vêtements ou les bâtiments d’autres régions du monde peuvent aussi mal sortir s’ils étaient rares dans les données. Le modèle semble sûr de lui, mais il ne fait que répéter ses données.',
        'C’est pourquoi un bon modèle est accompagné d’une fiche de modèle : quelles données, de qui, sous quelle licence et avec quelles faiblesses connues. Celle de ce modèle figure ci-dessous.',
      ],
      figure: 'Compare : que fait le modèle avec des photos qui ne ressemblent pas à ses données ?',
      question:
        'Qui décide quelles photos entrent dans les données d’entraînement, et qu’est-ce que cela implique ?',
    },
    mbo: {
      title: 'Les biais : ce que les données apportent ressort',
      paragraphs: [
        'Les systèmes d’IA reprennent les régularités et les déséquilibres de leurs données d’entraînement. Quand certaines situations ou certains groupes manquent, le système s’y trompe davantage.',
        'Dans ce coloriseur, c’est visible et sans gravité. Dans des systèmes qui trient des candidatures ou reconnaissent des visages, le même biais peut nuire à des personnes.',
        'Demande pour chaque système d’IA : sur quelles données a-t-il été entraîné, qui en est absent, et comment a-t-il été testé ? Ces informations ont leur place dans la fiche du modèle.',
      ],
      figure: 'Enquête toi-même : essaie des photos de ton entourage.',
      question: 'Pense à un système de ton métier où un biais pourrait causer du tort.',
    },
  },
});

const CORE: Record<Locale, (f: FactsText) => Texts> = { nl, en, fr };

/** The explainer of `topic` at `level` in `locale`, with the model's facts filled in. */
export function explainerText(locale: Locale, topic: Topic, level: Level): Explainer {
  const facts = factsText(locale);
  const all = { ...CORE[locale](facts), ...moreTexts(locale, facts, MODEL_FACTS.energy.wattHours) };
  return all[topic][level];
}
