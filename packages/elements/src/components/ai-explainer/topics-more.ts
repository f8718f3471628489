/**
 * Explainer topics beyond how the colorizer works: probability, training data,
 * convincing-but-wrong, misinformation and deepfakes, energy, hype, no mind of its own,
 * copyright, dependence on big tech, and prompting. Our own words; numbers about the model come
 * from its facts, the energy estimate for large models from the cited study.
 */
import type { Locale } from '@klaslab/core';
import type { Level } from '../../shared/levels.js';
import type { FactsText } from '../../shared/model-facts.js';
import type { Explainer } from './content.js';

export const MORE_TOPICS = [
  'probability',
  'training-data',
  'convincing-but-wrong',
  'misinformation',
  'energy',
  'hype',
  'no-mind',
  'copyright',
  'big-tech',
  'prompting',
] as const;
export type MoreTopic = (typeof MORE_TOPICS)[number];

type Texts = Record<MoreTopic, Record<Level, Explainer>>;

/**
 * Energy per generated image in Luccioni, Jernite & Strubell, "Power Hungry Processing: Watts
 * Driving the Cost of AI Deployment?", ACM FAccT 2024 (arXiv:2311.16863, 2023): image generation
 * took 2.907 kWh per 1,000 images on average over the models they measured, 11.49 kWh for the
 * least efficient; they compare with 0.012 kWh for charging a smartphone.
 */
export const PUBLISHED_ENERGY = {
  averageWhPerImage: 2.907,
  worstWhPerImage: 11.49,
  smartphoneChargeWh: 12,
  source:
    'Luccioni, Jernite & Strubell, “Power Hungry Processing: Watts Driving the Cost of AI Deployment?”, ACM FAccT 2024 (arXiv:2311.16863)',
} as const;

/** Published figures and the measured one, written for `locale`. */
export function energyNumbers(locale: Locale, measuredWh: number) {
  const n = (v: number, digits = 2) =>
    new Intl.NumberFormat(locale, { maximumSignificantDigits: digits }).format(v);
  return {
    average: n(PUBLISHED_ENERGY.averageWhPerImage),
    worst: n(PUBLISHED_ENERGY.worstWhPerImage, 3),
    phone: n(PUBLISHED_ENERGY.smartphoneChargeWh),
    /** How many colorizations cost as much as one average generated image. */
    ratio: n(PUBLISHED_ENERGY.averageWhPerImage / measuredWh, 2),
  };
}

type E = ReturnType<typeof energyNumbers>;

const en = (f: FactsText, e: E): Texts => ({
  probability: {
    po: {
      title: 'The AI guesses with chances',
      paragraphs: [
        'The AI never knows for sure. For every spot in the photo it thinks: this colour is likely, that one less so.',
        'Then it picks from those chances. That is why it can make several different colourings of the same photo.',
      ],
      figure: 'Several colourings of one photo, and where the AI is unsure.',
      question: 'Why does the AI not always give the same answer?',
    },
    vo: {
      title: 'Probability: every answer is a draw',
      paragraphs: [
        `A generative model does not store answers. It computes probabilities: this colorizer gives each of its ${f.colourBins} colours a probability for every block of the photo; a chatbot gives every possible next word one.`,
        'The output is chosen from those probabilities. Taking the most likely option every time gives safe, repetitive results; drawing at random gives variety and more mistakes.',
        'High probability means "often seen like this in the training data", not "true". A model can be very sure and still wrong.',
      ],
      figure: 'Alternatives and confidence: the probabilities made visible.',
      question: 'What is the difference between "likely" and "true"?',
    },
    mbo: {
      title: 'Working with probabilities',
      paragraphs: [
        'AI tools give the most probable output given their training data, not a verified answer. Two runs of the same request can differ.',
        'For your work this means: run important requests more than once, compare, and check the result against a reliable source.',
        'Tools that show how sure they are (like the confidence map here) help you decide where to look closer.',
      ],
      figure: 'Where is the model sure, and where does it hesitate?',
      question: 'Which decision in your work should never rest on a single AI answer?',
    },
  },
  'training-data': {
    po: {
      title: 'What did the AI learn from?',
      paragraphs: [
        `This AI learnt from ${f.train} colour photos. Most of them show ${f.topSubject}.`,
        'It knows only what was in those photos. Things it never saw, it has to guess.',
      ],
      question: 'What would you like the AI to have seen more of?',
    },
    vo: {
      title: 'Training data: the model’s whole world',
      paragraphs: [
        `The default model learnt from ${f.total} licensed photos: ${f.train} to learn from and ${f.heldout} kept apart to test it. No source could be more than ${f.maxShare} of what it saw: ${f.sources.join('; ')}.`,
        `Before that, the first part of the network learnt to see on ${f.encoderPhotos} ImageNet photos. That is why it recognises some things it never saw in colour here.`,
        `Missing: ${f.missingWhat.join('; ')}. Whatever is missing, the model cannot know.`,
      ],
      question: 'Who chose these photos, and what would you add?',
    },
    mbo: {
      title: 'Know what a tool was trained on',
      paragraphs: [
        `A model card tells you what a model learnt from. This one: ${f.total} photos from ${f.sources.length} sources, ${f.topSubjectShare} ${f.topSubject}, ${f.peopleShare} people.`,
        `Its known gaps: ${f.missing.join('; ')}.`,
        'Ask the same of any AI tool at work. If the supplier cannot say, treat its output with extra care.',
      ],
      question: 'Where would you find the training data of a tool you use?',
    },
  },
  'convincing-but-wrong': {
    po: {
      title: 'It looks real, but is it right?',
      paragraphs: [
        'The AI makes pictures that can look very real. But a real-looking colour can still be the wrong colour.',
        'Only the real photo can tell you the true colours. The AI never saw them.',
      ],
      figure: 'Which colouring is right? You cannot tell without the real photo.',
      question: 'How could you find out the real colours?',
    },
    vo: {
      title: 'Convincing is not the same as correct',
      paragraphs: [
        'Generative models are trained to produce output that looks like their training data. Looking plausible is exactly what they are good at; being right is not what they are checked for.',
        'A colorized photo with smooth, natural colours feels trustworthy, even where the colours are invented. A chatbot’s fluent sentence feels trustworthy in the same way.',
        'Judge output by comparing it with a source you trust, not by how polished it looks.',
      ],
      figure: 'Several convincing colourings: at most one can be right.',
      question: 'Which of the colourings would you believe, and why is that risky?',
    },
    mbo: {
      title: 'Polished output, hidden mistakes',
      paragraphs: [
        'AI output usually looks finished: neat pictures, confident text, tidy code. Mistakes do not stand out.',
        'In a job, a convincing mistake is worse than an obvious one, because nobody checks it.',
        'Build in a check: who verifies the output, against what, before it goes to a client?',
      ],
      figure: 'Compare the options: all look fine, they cannot all be right.',
      question: 'How would you organise the check of AI output in your team?',
    },
  },
  misinformation: {
    po: {
      title: 'Fake pictures and videos',
      paragraphs: [
        'With AI anyone can make a picture or video of something that never happened. That is called a deepfake.',
        'Before you share something surprising, ask: who made this, and where does it come from?',
      ],
      question: 'What would you do if you saw a strange video of a famous person?',
    },
    vo: {
      title: 'Misinformation and deepfakes',
      paragraphs: [
        'Image, voice and video generators can show people saying or doing things they never did. Such deepfakes are used for jokes, but also for fraud, bullying and political lies.',
        'A colorized historical photo is a milder case of the same problem: the colours are an invention, yet they are often shared as if they were real.',
        'Check the source, look for the original, search whether trusted media report it, and be careful with anything that makes you angry or scared: that is what spreads fastest.',
      ],
      question: 'Should AI-made pictures always carry a label? Who should add it?',
    },
    mbo: {
      title: 'Deepfakes at work',
      paragraphs: [
        'Fraudsters use generated voices and videos to impersonate managers or customers, for example to ask for an urgent payment.',
        'Agree on checks that a deepfake cannot pass: call back on a known number, use a second channel, follow the normal procedure.',
        'When you publish AI-made images yourself, say so. It protects the trust of your customers.',
      ],
      question: 'Which procedure in your sector could a deepfake abuse?',
    },
  },
  energy: {
    po: {
      title: 'AI uses electricity',
      paragraphs: [
        `Every time an AI makes something, a computer works and uses electricity. Colouring one photo with this small AI used about ${f.energyWh} watt-hour on our test computer: very little.`,
        `Big AI programs that draw whole pictures use far more: on average about ${e.average} watt-hour per picture, and the hungriest ones as much as charging a phone.`,
      ],
      question: 'When is it worth using a big AI, and when not?',
    },
    vo: {
      title: 'Energy: small model, big model',
      paragraphs: [
        `We measured one colorization with this model: ${f.energyCpuMs} ms of processor time on ${f.energyMachine}. Assuming ${f.energyWatts} W per busy processor core, that is about ${f.energyWh} Wh (measured with: ${f.energyCommand}).`,
        `Luccioni, Jernite and Strubell measured large image generators in 2023: on average ${e.average} Wh per generated image, up to ${e.worst} Wh for the least efficient model, close to a smartphone charge (${e.phone} Wh). One such image costs about as much as ${e.ratio} colorizations with this model.`,
        'Training a large model costs much more again, and data centres also need water for cooling. A small model that does one job well is often the greener choice.',
      ],
      question: 'Why do big general-purpose models use so much more energy than small ones?',
    },
    mbo: {
      title: 'The energy bill of AI',
      paragraphs: [
        `One colorization with this small model: about ${f.energyWh} Wh (${f.energyCpuMs} ms of processor time at an assumed ${f.energyWatts} W per core; measured with ${f.energyCommand}).`,
        `A large image generator: on average ${e.average} Wh per image, up to ${e.worst} Wh (Luccioni, Jernite & Strubell, Power Hungry Processing, 2023). That is about ${e.ratio} times our colorization.`,
        'At work, choose the smallest tool that does the job, and do not generate ten versions when one will do.',
      ],
      question: 'Where could your workplace use a smaller tool instead of a big AI?',
    },
  },
  hype: {
    po: {
      title: 'Is AI magic?',
      paragraphs: [
        'People sometimes say AI can do everything. That is not true. This AI can only colour photos, and often it gets them wrong.',
        'AI is a tool made by people. It is good at some things and bad at others.',
      ],
      question: 'What can you do that this AI cannot?',
    },
    vo: {
      title: 'Hype: big promises, real limits',
      paragraphs: [
        'New technology comes with big promises: AI will replace teachers, cure every disease, think like a human. Companies gain from such claims, because they attract users and investors.',
        'Look at what a system does when you test it yourself. This colorizer looks impressive on flowers and fails on faces and grey statues.',
        'Ask for evidence: tested on what, compared with what, by whom? A demo picked by the maker is not a test.',
      ],
      question: 'Find an AI claim in the news. What evidence would you want to see?',
    },
    mbo: {
      title: 'Separating hype from use',
      paragraphs: [
        'Suppliers sell AI as the answer to everything. In practice a tool helps with some tasks and creates extra work on others.',
        'Before adopting a tool, try it on your own real cases, including hard ones, and count the time spent fixing its mistakes.',
        'A tool that saves time on 8 cases in 10 and causes a costly error on the other 2 may not be worth it.',
      ],
      question: 'How would you test an AI tool before your company buys it?',
    },
  },
  'no-mind': {
    po: {
      title: 'The AI does not think or feel',
      paragraphs: [
        'The AI has no thoughts, no feelings and no wishes of its own. It does not know it is colouring a photo.',
        'It is a computer program doing sums. When it seems clever, that comes from the examples people gave it.',
      ],
      question: 'Why can it feel as if a computer understands you?',
    },
    vo: {
      title: 'No consciousness, no will',
      paragraphs: [
        'A generative model is a large calculation: numbers go in, numbers come out. It has no experiences, no goals and no will of its own.',
        'Chatbots write "I think" or "I feel" because such sentences were in their training text, not because there is someone inside.',
        'That matters for responsibility: when an AI system causes harm, the people who built, chose or used it are responsible, not the system.',
      ],
      question: 'Why do we so easily treat a chatbot as a person?',
    },
    mbo: {
      title: 'A tool, not a colleague',
      paragraphs: [
        'However human it sounds, an AI tool does not understand your work, has no intentions and cannot take responsibility.',
        'Do not trust it because it sounds friendly or sure of itself. Trust comes from checks.',
        'Decisions about people (customers, patients, applicants) stay with people.',
      ],
      question: 'Which decisions in your field must always be made by a person?',
    },
  },
  copyright: {
    po: {
      title: 'Whose photos are they?',
      paragraphs: [
        'Every photo was made by someone. The makers of the photos this AI learnt from allowed it, and their names are written down.',
        'Many big AIs learnt from pictures and texts without asking the makers.',
      ],
      question: 'Would you want an AI to learn from your drawings without asking?',
    },
    vo: {
      title: 'Copyright and training data',
      paragraphs: [
        `This model learnt only from photos whose licence allows it (public domain, CC0, CC BY, CC BY-SA and similar); every photographer is listed, and the model itself is shared under ${f.license}.`,
        'Many large models were trained on billions of texts and images collected from the internet, often without permission. Artists, writers and news media have gone to court over this, and the law is still being settled.',
        'The pretrained part of this model learnt from ImageNet, whose photos may only be used for research and education: even a small model inherits questions about its data.',
      ],
      question: 'Should makers be asked, or paid, before their work trains an AI?',
    },
    mbo: {
      title: 'Rights in AI output',
      paragraphs: [
        'Output of an AI tool can resemble existing work closely. Publishing it can infringe someone’s copyright or trademark.',
        'Check the terms of the tool: who owns the output, may you use it commercially, what happens to what you upload?',
        'Use tools whose training data is documented and licensed when the result is for a client.',
      ],
      question: 'What would you check before using an AI image in a paid job?',
    },
  },
  'big-tech': {
    po: {
      title: 'Who owns the big AIs?',
      paragraphs: [
        'The biggest AIs belong to a few very large companies. They decide how the AI works and what it costs.',
        'This AI is small and runs in your own browser. Your photo stays on your device.',
      ],
      question: 'Why does it matter who owns an AI?',
    },
    vo: {
      title: 'Dependence on big tech',
      paragraphs: [
        'Training a large model takes huge amounts of data, chips and electricity. Only a handful of companies can afford it, most of them American or Chinese.',
        'When schools, governments and businesses depend on them, those companies decide about prices, rules, privacy and which answers you get. They can change all of that overnight.',
        'Alternatives exist: open models, small models that run on your own device like this one, and European rules such as the AI Act that set limits.',
      ],
      question: 'What could a school do to depend less on one company?',
    },
    mbo: {
      title: 'Choosing tools with your eyes open',
      paragraphs: [
        'Many AI tools are a layer over a model from one big supplier. If that supplier changes its price or terms, your work process changes with it.',
        'Find out where your data goes, which country’s rules apply and whether you can switch to another tool.',
        'Tools that run locally, like this colorizer, keep data in your own hands.',
      ],
      question: 'What would happen to your work if your AI tool stopped tomorrow?',
    },
  },
  prompting: {
    po: {
      title: 'Giving an AI a good instruction',
      paragraphs: [
        'Many AIs work with an instruction you type, a prompt. The clearer you say what you want, the better the result.',
        'Say what it is for, who it is for, and check the answer yourself afterwards.',
      ],
      question: 'How would you ask an AI to help with a presentation about animals?',
    },
    vo: {
      title: 'Prompting: instructing a generative model',
      paragraphs: [
        'Text and image generators follow an instruction, the prompt. A good prompt gives the goal, the audience, the context, the form you want and what to avoid.',
        'Give an example of the result you want, ask for sources, and improve the prompt step by step when the result is not right.',
        'Even a perfect prompt does not make the output true. This colorizer takes no prompt at all: all it gets is the grey photo, which is why it cannot know the real colours.',
      ],
      question: 'Rewrite a vague prompt ("write about climate") into a good one.',
    },
    mbo: {
      title: 'Prompting as a work skill',
      paragraphs: [
        'Describe the task as you would to a new colleague: the goal, the reader, the background, the format, the length, and what must not be in it.',
        'Never put personal or confidential information in a prompt for an online tool.',
        'Keep your good prompts, and always review the result before you use it.',
      ],
      question: 'Write a prompt for a task from your internship, then list what you would check.',
    },
  },
});

const nl = (f: FactsText, e: E): Texts => ({
  probability: {
    po: {
      title: 'De AI gokt met kansen',
      paragraphs: [
        'De AI weet het nooit zeker. Voor elk plekje van de foto denkt ze: deze kleur is waarschijnlijk, die minder.',
        'Dan kiest ze uit die kansen. Daarom kan ze van dezelfde foto verschillende kleuringen maken.',
      ],
      figure: 'Verschillende kleuringen van één foto, en waar de AI twijfelt.',
      question: 'Waarom geeft de AI niet altijd hetzelfde antwoord?',
    },
    vo: {
      title: 'Kansen: elk antwoord is een trekking',
      paragraphs: [
        `Een generatief model bewaart geen antwoorden. Het berekent kansen: deze inkleurder geeft elk van zijn ${f.colourBins} kleuren een kans voor elk blokje van de foto; een chatbot geeft elk mogelijk volgend woord er een.`,
        'Het resultaat wordt uit die kansen gekozen. Telkens de waarschijnlijkste optie nemen geeft veilige, eentonige resultaten; willekeurig trekken geeft afwisseling en meer fouten.',
        'Een hoge kans betekent "vaak zo gezien in de trainingsdata", niet "waar". Een model kan heel zeker zijn en toch fout.',
      ],
      figure: 'Alternatieven en zekerheid: de kansen zichtbaar gemaakt.',
      question: 'Wat is het verschil tussen "waarschijnlijk" en "waar"?',
    },
    mbo: {
      title: 'Werken met kansen',
      paragraphs: [
        'AI-hulpmiddelen geven de waarschijnlijkste uitkomst volgens hun trainingsdata, geen gecontroleerd antwoord. Twee keer dezelfde vraag kan iets anders opleveren.',
        'Voor je werk betekent dat: stel belangrijke vragen meer dan eens, vergelijk, en controleer het resultaat met een betrouwbare bron.',
        'Hulpmiddelen die tonen hoe zeker ze zijn (zoals de zekerheidskaart hier) helpen je kiezen waar je beter kijkt.',
      ],
      figure: 'Waar is het model zeker, en waar twijfelt het?',
      question: 'Welke beslissing in je werk mag nooit op één AI-antwoord rusten?',
    },
  },
  'training-data': {
    po: {
      title: 'Waarvan leerde de AI?',
      paragraphs: [
        `Deze AI leerde van ${f.train} kleurenfoto’s. De meeste tonen ${f.topSubject}.`,
        'Ze kent alleen wat op die foto’s stond. Wat ze nooit zag, moet ze raden.',
      ],
      question: 'Waarvan zou je willen dat de AI meer gezien had?',
    },
    vo: {
      title: 'Trainingsdata: de hele wereld van het model',
      paragraphs: [
        `Het standaardmodel leerde van ${f.total} foto’s met een vrije licentie: ${f.train} om van te leren en ${f.heldout} apart gehouden om het te testen. Geen bron mocht meer zijn dan ${f.maxShare} van wat het zag: ${f.sources.join('; ')}.`,
        `Daarvoor leerde het eerste deel van het netwerk kijken op ${f.encoderPhotos} foto’s van ImageNet. Daarom herkent het sommige dingen die het hier nooit in kleur zag.`,
        `Wat ontbreekt: ${f.missingWhat.join('; ')}. Wat ontbreekt, kan het model niet weten.`,
      ],
      question: 'Wie koos deze foto’s, en wat zou jij toevoegen?',
    },
    mbo: {
      title: 'Weet waarop een hulpmiddel getraind is',
      paragraphs: [
        `Een modelkaart vertelt waarvan een model leerde. Deze: ${f.total} foto’s uit ${f.sources.length} bronnen, ${f.topSubjectShare} ${f.topSubject}, ${f.peopleShare} mensen.`,
        `Gekende gaten: ${f.missing.join('; ')}.`,
        'Vraag hetzelfde van elk AI-hulpmiddel op je werk. Kan de leverancier het niet zeggen, wees dan extra voorzichtig met de uitkomst.',
      ],
      question: 'Waar vind je de trainingsdata van een hulpmiddel dat je gebruikt?',
    },
  },
  'convincing-but-wrong': {
    po: {
      title: 'Het lijkt echt, maar klopt het?',
      paragraphs: [
        'De AI maakt beelden die heel echt kunnen lijken. Maar een kleur die echt lijkt, kan toch de verkeerde kleur zijn.',
        'Alleen de echte foto vertelt de echte kleuren. De AI heeft die nooit gezien.',
      ],
      figure: 'Welke kleuring klopt? Zonder de echte foto kun je het niet weten.',
      question: 'Hoe zou je de echte kleuren te weten komen?',
    },
    vo: {
      title: 'Overtuigend is niet hetzelfde als juist',
      paragraphs: [
        'Generatieve modellen zijn getraind om iets te maken dat op hun trainingsdata lijkt. Geloofwaardig lijken is precies waar ze goed in zijn; of het klopt, wordt niet gecontroleerd.',
        'Een ingekleurde foto met vloeiende, natuurlijke kleuren voelt betrouwbaar, ook waar de kleuren verzonnen zijn. Een vlotte zin van een chatbot voelt op dezelfde manier betrouwbaar.',
        'Beoordeel een resultaat door het te vergelijken met een bron die je vertrouwt, niet op hoe verzorgd het eruitziet.',
      ],
      figure: 'Meerdere overtuigende kleuringen: hooguit één kan juist zijn.',
      question: 'Welke kleuring zou je geloven, en waarom is dat riskant?',
    },
    mbo: {
      title: 'Verzorgd resultaat, verborgen fouten',
      paragraphs: [
        'AI-uitvoer ziet er meestal af uit: nette beelden, zelfzekere tekst, keurige code. Fouten vallen niet op.',
        'In een job is een overtuigende fout erger dan een duidelijke, want niemand controleert ze.',
        'Bouw een controle in: wie kijkt de uitvoer na, waartegen, voor ze naar een klant gaat?',
      ],
      figure: 'Vergelijk de voorstellen: ze lijken allemaal goed, ze kunnen niet allemaal kloppen.',
      question: 'Hoe zou je de controle van AI-uitvoer in je team regelen?',
    },
  },
  misinformation: {
    po: {
      title: 'Nepbeelden en nepfilmpjes',
      paragraphs: [
        'Met AI kan iedereen een beeld of filmpje maken van iets dat nooit gebeurd is. Dat heet een deepfake.',
        'Voor je iets verrassends deelt, vraag je: wie maakte dit, en waar komt het vandaan?',
      ],
      question: 'Wat doe je als je een vreemd filmpje van een bekend persoon ziet?',
    },
    vo: {
      title: 'Desinformatie en deepfakes',
      paragraphs: [
        'Beeld-, stem- en videogeneratoren kunnen mensen dingen laten zeggen of doen die ze nooit deden. Zulke deepfakes dienen voor grappen, maar ook voor oplichting, pesten en politieke leugens.',
        'Een ingekleurde historische foto is een mildere vorm van hetzelfde probleem: de kleuren zijn verzonnen, maar worden vaak gedeeld alsof ze echt zijn.',
        'Controleer de bron, zoek het origineel, kijk of betrouwbare media het melden, en wees voorzichtig met alles wat je boos of bang maakt: dat verspreidt zich het snelst.',
      ],
      question: 'Moeten AI-beelden altijd een label krijgen? Wie moet het toevoegen?',
    },
    mbo: {
      title: 'Deepfakes op het werk',
      paragraphs: [
        'Oplichters gebruiken gemaakte stemmen en video’s om zich voor te doen als een leidinggevende of klant, bijvoorbeeld om een dringende betaling te vragen.',
        'Spreek controles af waar een deepfake niet doorheen komt: terugbellen op een gekend nummer, een tweede kanaal, de gewone procedure volgen.',
        'Publiceer je zelf AI-beelden, zeg het dan. Dat beschermt het vertrouwen van je klanten.',
      ],
      question: 'Welke procedure in jouw sector kan een deepfake misbruiken?',
    },
  },
  energy: {
    po: {
      title: 'AI gebruikt stroom',
      paragraphs: [
        `Elke keer dat een AI iets maakt, werkt een computer en gebruikt die stroom. Eén foto inkleuren met deze kleine AI kostte op onze testcomputer ongeveer ${f.energyWh} wattuur: heel weinig.`,
        `Grote AI-programma’s die hele beelden tekenen, gebruiken veel meer: gemiddeld zo’n ${e.average} wattuur per beeld, en de gulzigste zoveel als een telefoon opladen.`,
      ],
      question: 'Wanneer is een grote AI het waard, en wanneer niet?',
    },
    vo: {
      title: 'Energie: klein model, groot model',
      paragraphs: [
        `We maten één inkleuring met dit model: ${f.energyCpuMs} ms processortijd op ${f.energyMachine}. Met ${f.energyWatts} W per bezige processorkern als aanname is dat ongeveer ${f.energyWh} Wh (gemeten met: ${f.energyCommand}).`,
        `Luccioni, Jernite en Strubell maten in 2023 grote beeldgeneratoren: gemiddeld ${e.average} Wh per gemaakt beeld, tot ${e.worst} Wh voor het minst zuinige model, bijna een smartphone opladen (${e.phone} Wh). Eén zo’n beeld kost ongeveer evenveel als ${e.ratio} inkleuringen met dit model.`,
        'Een groot model trainen kost nog veel meer, en datacenters hebben ook water nodig om te koelen. Een klein model dat één taak goed doet, is vaak de groenere keuze.',
      ],
      question: 'Waarom gebruiken grote algemene modellen zoveel meer energie dan kleine?',
    },
    mbo: {
      title: 'De energierekening van AI',
      paragraphs: [
        `Eén inkleuring met dit kleine model: ongeveer ${f.energyWh} Wh (${f.energyCpuMs} ms processortijd bij een aangenomen ${f.energyWatts} W per kern; gemeten met ${f.energyCommand}).`,
        `Een grote beeldgenerator: gemiddeld ${e.average} Wh per beeld, tot ${e.worst} Wh (Luccioni, Jernite & Strubell, Power Hungry Processing, 2023). Dat is ongeveer ${e.ratio} keer onze inkleuring.`,
        'Kies op je werk het kleinste hulpmiddel dat de taak aankan, en maak geen tien versies als er één volstaat.',
      ],
      question:
        'Waar kan jouw werkplek een kleiner hulpmiddel gebruiken in plaats van een grote AI?',
    },
  },
  hype: {
    po: {
      title: 'Is AI toverij?',
      paragraphs: [
        'Soms zeggen mensen dat AI alles kan. Dat klopt niet. Deze AI kan alleen foto’s inkleuren, en vaak doet ze het fout.',
        'AI is gereedschap dat mensen maakten. Het is goed in sommige dingen en slecht in andere.',
      ],
      question: 'Wat kun jij wat deze AI niet kan?',
    },
    vo: {
      title: 'Hype: grote beloftes, echte grenzen',
      paragraphs: [
        'Nieuwe technologie komt met grote beloftes: AI vervangt leraren, geneest elke ziekte, denkt als een mens. Bedrijven hebben baat bij zulke claims, want ze trekken gebruikers en investeerders aan.',
        'Kijk wat een systeem doet als je het zelf test. Deze inkleurder lijkt indrukwekkend bij bloemen en faalt bij gezichten en grijze beelden.',
        'Vraag naar bewijs: getest op wat, vergeleken met wat, door wie? Een demo die de maker koos, is geen test.',
      ],
      question: 'Zoek een AI-claim in het nieuws. Welk bewijs zou je willen zien?',
    },
    mbo: {
      title: 'Hype scheiden van nut',
      paragraphs: [
        'Leveranciers verkopen AI als antwoord op alles. In de praktijk helpt een hulpmiddel bij sommige taken en bezorgt het extra werk bij andere.',
        'Probeer een hulpmiddel eerst op je eigen echte gevallen, ook moeilijke, en tel de tijd die je kwijt bent aan het herstellen van fouten.',
        'Een hulpmiddel dat bij 8 op 10 gevallen tijd wint en bij de andere 2 een dure fout maakt, is het misschien niet waard.',
      ],
      question: 'Hoe zou je een AI-hulpmiddel testen voor je bedrijf het koopt?',
    },
  },
  'no-mind': {
    po: {
      title: 'De AI denkt en voelt niet',
      paragraphs: [
        'De AI heeft geen gedachten, geen gevoelens en geen eigen wensen. Ze weet niet eens dat ze een foto inkleurt.',
        'Het is een computerprogramma dat rekent. Lijkt het slim, dan komt dat van de voorbeelden die mensen het gaven.',
      ],
      question: 'Waarom kan het voelen alsof een computer je begrijpt?',
    },
    vo: {
      title: 'Geen bewustzijn, geen wil',
      paragraphs: [
        'Een generatief model is een grote berekening: er gaan getallen in en er komen getallen uit. Het heeft geen ervaringen, geen doelen en geen eigen wil.',
        'Chatbots schrijven "ik denk" of "ik voel" omdat zulke zinnen in hun trainingstekst stonden, niet omdat er iemand binnenin zit.',
        'Dat telt voor verantwoordelijkheid: doet een AI-systeem schade, dan zijn de mensen die het bouwden, kozen of gebruikten verantwoordelijk, niet het systeem.',
      ],
      question: 'Waarom behandelen we een chatbot zo makkelijk als een persoon?',
    },
    mbo: {
      title: 'Gereedschap, geen collega',
      paragraphs: [
        'Hoe menselijk het ook klinkt: een AI-hulpmiddel begrijpt je werk niet, heeft geen bedoelingen en kan geen verantwoordelijkheid dragen.',
        'Vertrouw het niet omdat het vriendelijk of zeker klinkt. Vertrouwen komt van controles.',
        'Beslissingen over mensen (klanten, patiënten, sollicitanten) blijven bij mensen.',
      ],
      question: 'Welke beslissingen in jouw vak moet altijd een mens nemen?',
    },
  },
  copyright: {
    po: {
      title: 'Van wie zijn de foto’s?',
      paragraphs: [
        'Elke foto is door iemand gemaakt. De makers van de foto’s waarvan deze AI leerde, gaven toestemming, en hun namen zijn opgeschreven.',
        'Veel grote AI’s leerden van beelden en teksten zonder het de makers te vragen.',
      ],
      question: 'Zou jij willen dat een AI van je tekeningen leert zonder het te vragen?',
    },
    vo: {
      title: 'Auteursrecht en trainingsdata',
      paragraphs: [
        `Dit model leerde alleen van foto’s waarvan de licentie dat toelaat (publiek domein, CC0, CC BY, CC BY-SA en dergelijke); elke fotograaf staat op de lijst, en het model zelf wordt gedeeld onder ${f.license}.`,
        'Veel grote modellen zijn getraind op miljarden teksten en beelden van het internet, vaak zonder toestemming. Kunstenaars, schrijvers en nieuwsmedia stapten daarvoor naar de rechter, en de wet is nog in beweging.',
        'Het voorgetrainde deel van dit model leerde van ImageNet, waarvan de foto’s alleen voor onderzoek en onderwijs gebruikt mogen worden: ook een klein model erft vragen over zijn data.',
      ],
      question: 'Moeten makers toestemming geven, of betaald worden, voor hun werk een AI traint?',
    },
    mbo: {
      title: 'Rechten op AI-uitvoer',
      paragraphs: [
        'Uitvoer van een AI-hulpmiddel kan sterk lijken op bestaand werk. Wie dat publiceert, kan iemands auteursrecht of merk schenden.',
        'Lees de voorwaarden van het hulpmiddel: van wie is de uitvoer, mag je ze commercieel gebruiken, wat gebeurt er met wat je uploadt?',
        'Gebruik voor klantwerk hulpmiddelen waarvan de trainingsdata gedocumenteerd en gelicentieerd is.',
      ],
      question: 'Wat controleer je voor je een AI-beeld in betaald werk gebruikt?',
    },
  },
  'big-tech': {
    po: {
      title: 'Van wie zijn de grote AI’s?',
      paragraphs: [
        'De grootste AI’s zijn van een paar heel grote bedrijven. Zij beslissen hoe de AI werkt en wat ze kost.',
        'Deze AI is klein en werkt in je eigen browser. Je foto blijft op je toestel.',
      ],
      question: 'Waarom maakt het uit van wie een AI is?',
    },
    vo: {
      title: 'Afhankelijk van big tech',
      paragraphs: [
        'Een groot model trainen vraagt enorm veel data, chips en stroom. Slechts een handvol bedrijven kan dat betalen, de meeste Amerikaans of Chinees.',
        'Als scholen, overheden en bedrijven van hen afhangen, beslissen die bedrijven over prijzen, regels, privacy en welke antwoorden je krijgt. Ze kunnen dat allemaal van de ene dag op de andere veranderen.',
        'Er zijn alternatieven: open modellen, kleine modellen die op je eigen toestel draaien zoals dit, en Europese regels zoals de AI-verordening die grenzen stellen.',
      ],
      question: 'Wat kan een school doen om minder af te hangen van één bedrijf?',
    },
    mbo: {
      title: 'Hulpmiddelen bewust kiezen',
      paragraphs: [
        'Veel AI-hulpmiddelen zijn een laag over het model van één grote leverancier. Verandert die zijn prijs of voorwaarden, dan verandert je werkproces mee.',
        'Zoek uit waar je data heen gaat, welke wetgeving geldt en of je kunt overstappen naar een ander hulpmiddel.',
        'Hulpmiddelen die lokaal draaien, zoals deze inkleurder, houden data in eigen handen.',
      ],
      question: 'Wat gebeurt er met je werk als je AI-hulpmiddel morgen stopt?',
    },
  },
  prompting: {
    po: {
      title: 'Een AI een goede opdracht geven',
      paragraphs: [
        'Veel AI’s werken met een opdracht die je typt: een prompt. Hoe duidelijker je zegt wat je wilt, hoe beter het resultaat.',
        'Zeg waarvoor het is en voor wie, en controleer het antwoord daarna zelf.',
      ],
      question: 'Hoe zou je een AI vragen om te helpen met een spreekbeurt over dieren?',
    },
    vo: {
      title: 'Prompten: een generatief model instrueren',
      paragraphs: [
        'Tekst- en beeldgeneratoren volgen een opdracht, de prompt. Een goede prompt geeft het doel, het publiek, de context, de gewenste vorm en wat je niet wilt.',
        'Geef een voorbeeld van wat je wilt, vraag naar bronnen, en verbeter de prompt stap voor stap als het resultaat niet klopt.',
        'Zelfs een perfecte prompt maakt de uitvoer niet waar. Deze inkleurder krijgt helemaal geen prompt: alleen de grijze foto, en daarom kan ze de echte kleuren niet kennen.',
      ],
      question: 'Herschrijf een vage prompt ("schrijf over klimaat") tot een goede.',
    },
    mbo: {
      title: 'Prompten als beroepsvaardigheid',
      paragraphs: [
        'Beschrijf de taak zoals aan een nieuwe collega: het doel, de lezer, de achtergrond, de vorm, de lengte, en wat er niet in mag.',
        'Zet nooit persoonsgegevens of vertrouwelijke informatie in een prompt voor een online hulpmiddel.',
        'Bewaar je goede prompts, en kijk het resultaat altijd na voor je het gebruikt.',
      ],
      question: 'Schrijf een prompt voor een taak uit je stage, en noem wat je zou controleren.',
    },
  },
});

const fr = (f: FactsText, e: E): Texts => ({
  probability: {
    po: {
      title: 'L’IA devine avec des chances',
      paragraphs: [
        'L’IA n’est jamais sûre. Pour chaque endroit de la photo, elle pense : cette couleur est probable, celle-là moins.',
        'Puis elle choisit parmi ces chances. C’est pourquoi elle peut faire plusieurs colorations différentes de la même photo.',
      ],
      figure: 'Plusieurs colorations d’une photo, et les endroits où l’IA hésite.',
      question: 'Pourquoi l’IA ne donne-t-elle pas toujours la même réponse ?',
    },
    vo: {
      title: 'Probabilités : chaque réponse est un tirage',
      paragraphs: [
        `Un modèle génératif ne stocke pas de réponses. Il calcule des probabilités : ce coloriseur donne une probabilité à chacune de ses ${f.colourBins} couleurs pour chaque bloc de la photo ; un chatbot en donne une à chaque mot suivant possible.`,
        'Le résultat est choisi parmi ces probabilités. Prendre toujours l’option la plus probable donne des résultats sûrs et répétitifs ; tirer au hasard donne de la variété et plus d’erreurs.',
        'Une forte probabilité veut dire « souvent vu ainsi dans les données d’entraînement », pas « vrai ». Un modèle peut être très sûr et pourtant se tromper.',
      ],
      figure: 'Alternatives et certitude : les probabilités rendues visibles.',
      question: 'Quelle est la différence entre « probable » et « vrai » ?',
    },
    mbo: {
      title: 'Travailler avec des probabilités',
      paragraphs: [
        'Les outils d’IA donnent le résultat le plus probable selon leurs données d’entraînement, pas une réponse vérifiée. Deux essais de la même demande peuvent différer.',
        'Pour votre travail : posez les demandes importantes plus d’une fois, comparez, et vérifiez le résultat avec une source fiable.',
        'Les outils qui montrent leur degré de certitude (comme la carte ici) aident à savoir où regarder de plus près.',
      ],
      figure: 'Où le modèle est-il sûr, et où hésite-t-il ?',
      question:
        'Quelle décision de votre travail ne doit jamais reposer sur une seule réponse d’IA ?',
    },
  },
  'training-data': {
    po: {
      title: 'De quoi l’IA a-t-elle appris ?',
      paragraphs: [
        `Cette IA a appris de ${f.train} photos en couleur. La plupart montrent des ${f.topSubject}.`,
        'Elle ne connaît que ce qu’il y avait sur ces photos. Ce qu’elle n’a jamais vu, elle doit le deviner.',
      ],
      question: 'De quoi aimerais-tu que l’IA ait vu davantage ?',
    },
    vo: {
      title: 'Les données d’entraînement : tout le monde du modèle',
      paragraphs: [
        `Le modèle par défaut a appris de ${f.total} photos sous licence libre : ${f.train} pour apprendre et ${f.heldout} mises de côté pour le tester. Aucune source ne pouvait dépasser ${f.maxShare} de ce qu’il a vu : ${f.sources.join(' ; ')}.`,
        `Avant cela, la première partie du réseau a appris à voir sur ${f.encoderPhotos} photos d’ImageNet. C’est pourquoi il reconnaît certaines choses qu’il n’a jamais vues en couleur ici.`,
        `Ce qui manque : ${f.missingWhat.join(' ; ')}. Ce qui manque, le modèle ne peut pas le savoir.`,
      ],
      question: 'Qui a choisi ces photos, et qu’ajouterais-tu ?',
    },
    mbo: {
      title: 'Savoir sur quoi un outil a été entraîné',
      paragraphs: [
        `Une fiche de modèle dit de quoi un modèle a appris. Celui-ci : ${f.total} photos de ${f.sources.length} sources, ${f.topSubjectShare} de ${f.topSubject}, ${f.peopleShare} de personnes.`,
        `Ses lacunes connues : ${f.missing.join(' ; ')}.`,
        'Demandez la même chose pour tout outil d’IA au travail. Si le fournisseur ne peut pas répondre, traitez ses résultats avec prudence.',
      ],
      question: 'Où trouveriez-vous les données d’entraînement d’un outil que vous utilisez ?',
    },
  },
  'convincing-but-wrong': {
    po: {
      title: 'Ça a l’air vrai, mais est-ce juste ?',
      paragraphs: [
        'L’IA fait des images qui peuvent sembler très vraies. Mais une couleur qui a l’air vraie peut quand même être la mauvaise.',
        'Seule la vraie photo connaît les vraies couleurs. L’IA ne les a jamais vues.',
      ],
      figure: 'Quelle coloration est juste ? Sans la vraie photo, impossible de le savoir.',
      question: 'Comment pourrais-tu connaître les vraies couleurs ?',
    },
    vo: {
      title: 'Convaincant ne veut pas dire correct',
      paragraphs: [
        'Les modèles génératifs sont entraînés à produire ce qui ressemble à leurs données. Paraître plausible est justement leur point fort ; être juste n’est pas ce qu’on vérifie.',
        'Une photo colorisée aux couleurs douces et naturelles inspire confiance, même là où les couleurs sont inventées. La phrase fluide d’un chatbot inspire confiance de la même façon.',
        'Jugez un résultat en le comparant à une source fiable, pas à son aspect soigné.',
      ],
      figure: 'Plusieurs colorations convaincantes : une seule au plus peut être juste.',
      question: 'Quelle coloration croirais-tu, et pourquoi est-ce risqué ?',
    },
    mbo: {
      title: 'Un résultat soigné, des erreurs cachées',
      paragraphs: [
        'Les résultats d’IA ont l’air finis : images nettes, texte assuré, code propre. Les erreurs ne sautent pas aux yeux.',
        'Au travail, une erreur convaincante est pire qu’une erreur visible, car personne ne la vérifie.',
        'Prévoyez un contrôle : qui vérifie le résultat, par rapport à quoi, avant qu’il parte chez un client ?',
      ],
      figure:
        'Comparez les propositions : toutes semblent bonnes, elles ne peuvent pas toutes être justes.',
      question: 'Comment organiseriez-vous le contrôle des résultats d’IA dans votre équipe ?',
    },
  },
  misinformation: {
    po: {
      title: 'Fausses images et fausses vidéos',
      paragraphs: [
        'Avec l’IA, n’importe qui peut faire une image ou une vidéo de quelque chose qui n’a jamais eu lieu. On appelle cela un deepfake.',
        'Avant de partager quelque chose d’étonnant, demande-toi : qui l’a fait, et d’où ça vient ?',
      ],
      question: 'Que ferais-tu si tu voyais une vidéo bizarre d’une personne célèbre ?',
    },
    vo: {
      title: 'Désinformation et deepfakes',
      paragraphs: [
        'Les générateurs d’images, de voix et de vidéos peuvent faire dire ou faire à des gens ce qu’ils n’ont jamais dit ni fait. Ces deepfakes servent à plaisanter, mais aussi à escroquer, harceler et mentir en politique.',
        'Une photo historique colorisée est une forme plus douce du même problème : les couleurs sont inventées, mais souvent partagées comme si elles étaient vraies.',
        'Vérifiez la source, cherchez l’original, regardez si des médias fiables en parlent, et méfiez-vous de ce qui vous met en colère ou vous fait peur : c’est ce qui circule le plus vite.',
      ],
      question: 'Les images d’IA doivent-elles toujours porter une mention ? Qui doit l’ajouter ?',
    },
    mbo: {
      title: 'Les deepfakes au travail',
      paragraphs: [
        'Des escrocs utilisent des voix et des vidéos générées pour se faire passer pour un responsable ou un client, par exemple pour demander un paiement urgent.',
        'Convenez de contrôles qu’un deepfake ne peut pas passer : rappeler un numéro connu, utiliser un second canal, suivre la procédure habituelle.',
        'Si vous publiez vous-même des images d’IA, dites-le. Cela protège la confiance de vos clients.',
      ],
      question: 'Quelle procédure de votre secteur un deepfake pourrait-il détourner ?',
    },
  },
  energy: {
    po: {
      title: 'L’IA consomme de l’électricité',
      paragraphs: [
        `Chaque fois qu’une IA crée quelque chose, un ordinateur travaille et consomme de l’électricité. Colorier une photo avec cette petite IA a demandé environ ${f.energyWh} wattheure sur notre ordinateur de test : très peu.`,
        `Les grandes IA qui dessinent des images entières consomment bien plus : en moyenne environ ${e.average} wattheures par image, et les plus gourmandes autant qu’une recharge de téléphone.`,
      ],
      question: 'Quand une grande IA en vaut-elle la peine, et quand non ?',
    },
    vo: {
      title: 'Énergie : petit modèle, grand modèle',
      paragraphs: [
        `Nous avons mesuré une colorisation avec ce modèle : ${f.energyCpuMs} ms de temps processeur sur ${f.energyMachine}. En supposant ${f.energyWatts} W par cœur de processeur occupé, cela fait environ ${f.energyWh} Wh (mesuré avec : ${f.energyCommand}).`,
        `Luccioni, Jernite et Strubell ont mesuré en 2023 de grands générateurs d’images : en moyenne ${e.average} Wh par image générée, jusqu’à ${e.worst} Wh pour le modèle le moins efficace, presque une recharge de smartphone (${e.phone} Wh). Une telle image coûte à peu près autant que ${e.ratio} colorisations avec ce modèle.`,
        'Entraîner un grand modèle coûte encore bien plus, et les centres de données ont aussi besoin d’eau pour le refroidissement. Un petit modèle qui fait bien une seule tâche est souvent le choix le plus sobre.',
      ],
      question:
        'Pourquoi les grands modèles généralistes consomment-ils tellement plus que les petits ?',
    },
    mbo: {
      title: 'La facture énergétique de l’IA',
      paragraphs: [
        `Une colorisation avec ce petit modèle : environ ${f.energyWh} Wh (${f.energyCpuMs} ms de temps processeur pour ${f.energyWatts} W supposés par cœur ; mesuré avec ${f.energyCommand}).`,
        `Un grand générateur d’images : en moyenne ${e.average} Wh par image, jusqu’à ${e.worst} Wh (Luccioni, Jernite & Strubell, Power Hungry Processing, 2023). C’est environ ${e.ratio} fois notre colorisation.`,
        'Au travail, choisissez le plus petit outil qui fait l’affaire, et ne générez pas dix versions quand une suffit.',
      ],
      question:
        'Où votre lieu de travail pourrait-il utiliser un outil plus petit qu’une grande IA ?',
    },
  },
  hype: {
    po: {
      title: 'L’IA, c’est magique ?',
      paragraphs: [
        'On dit parfois que l’IA peut tout faire. Ce n’est pas vrai. Cette IA ne sait que colorier des photos, et elle se trompe souvent.',
        'L’IA est un outil fabriqué par des gens. Elle est bonne pour certaines choses et mauvaise pour d’autres.',
      ],
      question: 'Que sais-tu faire que cette IA ne sait pas faire ?',
    },
    vo: {
      title: 'Le battage : grandes promesses, vraies limites',
      paragraphs: [
        'Les nouvelles technologies arrivent avec de grandes promesses : l’IA remplacera les profs, guérira toutes les maladies, pensera comme un humain. Les entreprises y gagnent, car ces annonces attirent utilisateurs et investisseurs.',
        'Regardez ce que fait un système quand vous le testez vous-même. Ce coloriseur impressionne sur les fleurs et échoue sur les visages et les statues grises.',
        'Demandez des preuves : testé sur quoi, comparé à quoi, par qui ? Une démo choisie par le fabricant n’est pas un test.',
      ],
      question: 'Trouvez une annonce sur l’IA dans l’actualité. Quelle preuve voudriez-vous voir ?',
    },
    mbo: {
      title: 'Distinguer le battage de l’utilité',
      paragraphs: [
        'Les fournisseurs vendent l’IA comme la réponse à tout. En pratique, un outil aide pour certaines tâches et ajoute du travail pour d’autres.',
        'Avant d’adopter un outil, essayez-le sur vos vrais cas, y compris les difficiles, et comptez le temps passé à corriger ses erreurs.',
        'Un outil qui fait gagner du temps dans 8 cas sur 10 et cause une erreur coûteuse dans les 2 autres n’en vaut peut-être pas la peine.',
      ],
      question: 'Comment testeriez-vous un outil d’IA avant que votre entreprise l’achète ?',
    },
  },
  'no-mind': {
    po: {
      title: 'L’IA ne pense pas et ne ressent rien',
      paragraphs: [
        'L’IA n’a ni pensées, ni sentiments, ni envies à elle. Elle ne sait même pas qu’elle colorie une photo.',
        'C’est un programme qui calcule. Quand il semble malin, cela vient des exemples que des gens lui ont donnés.',
      ],
      question: 'Pourquoi peut-on avoir l’impression qu’un ordinateur nous comprend ?',
    },
    vo: {
      title: 'Ni conscience ni volonté',
      paragraphs: [
        'Un modèle génératif est un grand calcul : des nombres entrent, des nombres sortent. Il n’a ni expériences, ni buts, ni volonté propre.',
        'Les chatbots écrivent « je pense » ou « je ressens » parce que de telles phrases étaient dans leurs textes d’entraînement, pas parce que quelqu’un se trouve à l’intérieur.',
        'C’est important pour la responsabilité : quand un système d’IA cause du tort, ce sont les personnes qui l’ont construit, choisi ou utilisé qui en répondent, pas le système.',
      ],
      question: 'Pourquoi traite-t-on si facilement un chatbot comme une personne ?',
    },
    mbo: {
      title: 'Un outil, pas un collègue',
      paragraphs: [
        'Aussi humain qu’il paraisse, un outil d’IA ne comprend pas votre travail, n’a pas d’intentions et ne peut pas assumer de responsabilité.',
        'Ne lui faites pas confiance parce qu’il semble aimable ou sûr de lui. La confiance vient des contrôles.',
        'Les décisions qui concernent des personnes (clients, patients, candidats) restent humaines.',
      ],
      question: 'Quelles décisions de votre métier doivent toujours être prises par une personne ?',
    },
  },
  copyright: {
    po: {
      title: 'À qui sont les photos ?',
      paragraphs: [
        'Chaque photo a été faite par quelqu’un. Les auteurs des photos dont cette IA a appris l’ont permis, et leurs noms sont notés.',
        'Beaucoup de grandes IA ont appris d’images et de textes sans demander à leurs auteurs.',
      ],
      question: 'Voudrais-tu qu’une IA apprenne de tes dessins sans te demander ?',
    },
    vo: {
      title: 'Droit d’auteur et données d’entraînement',
      paragraphs: [
        `Ce modèle n’a appris que de photos dont la licence le permet (domaine public, CC0, CC BY, CC BY-SA et semblables) ; chaque photographe est cité, et le modèle lui-même est partagé sous ${f.license}.`,
        'Beaucoup de grands modèles ont été entraînés sur des milliards de textes et d’images collectés sur Internet, souvent sans autorisation. Des artistes, des auteurs et des médias sont allés en justice, et le droit est encore en train de se fixer.',
        'La partie préentraînée de ce modèle a appris d’ImageNet, dont les photos ne peuvent servir qu’à la recherche et à l’enseignement : même un petit modèle hérite de questions sur ses données.',
      ],
      question:
        'Faut-il demander l’accord des auteurs, ou les payer, avant que leur travail entraîne une IA ?',
    },
    mbo: {
      title: 'Les droits sur les résultats d’IA',
      paragraphs: [
        'Le résultat d’un outil d’IA peut ressembler de près à une œuvre existante. Le publier peut enfreindre un droit d’auteur ou une marque.',
        'Lisez les conditions de l’outil : à qui appartient le résultat, pouvez-vous l’utiliser commercialement, que devient ce que vous envoyez ?',
        'Pour un client, utilisez des outils dont les données d’entraînement sont documentées et sous licence.',
      ],
      question: 'Que vérifiez-vous avant d’utiliser une image d’IA dans un travail payé ?',
    },
  },
  'big-tech': {
    po: {
      title: 'À qui sont les grandes IA ?',
      paragraphs: [
        'Les plus grandes IA appartiennent à quelques très grandes entreprises. Ce sont elles qui décident comment l’IA fonctionne et ce qu’elle coûte.',
        'Cette IA est petite et tourne dans ton navigateur. Ta photo reste sur ton appareil.',
      ],
      question: 'Pourquoi est-ce important de savoir à qui appartient une IA ?',
    },
    vo: {
      title: 'La dépendance aux géants du numérique',
      paragraphs: [
        'Entraîner un grand modèle demande énormément de données, de puces et d’électricité. Seule une poignée d’entreprises peut se le permettre, surtout américaines ou chinoises.',
        'Quand écoles, administrations et entreprises en dépendent, ces entreprises décident des prix, des règles, de la vie privée et des réponses que vous recevez. Elles peuvent tout changer du jour au lendemain.',
        'Il existe des alternatives : des modèles ouverts, de petits modèles qui tournent sur votre appareil comme celui-ci, et des règles européennes comme le règlement sur l’IA qui posent des limites.',
      ],
      question: 'Que pourrait faire une école pour dépendre moins d’une seule entreprise ?',
    },
    mbo: {
      title: 'Choisir ses outils en connaissance de cause',
      paragraphs: [
        'Beaucoup d’outils d’IA sont une couche au-dessus du modèle d’un seul grand fournisseur. S’il change ses prix ou ses conditions, votre façon de travailler change aussi.',
        'Renseignez-vous : où vont vos données, quelles lois s’appliquent, pouvez-vous passer à un autre outil ?',
        'Les outils qui tournent en local, comme ce coloriseur, gardent les données entre vos mains.',
      ],
      question: 'Que deviendrait votre travail si votre outil d’IA s’arrêtait demain ?',
    },
  },
  prompting: {
    po: {
      title: 'Donner une bonne consigne à une IA',
      paragraphs: [
        'Beaucoup d’IA fonctionnent avec une consigne que tu tapes : un prompt. Plus tu dis clairement ce que tu veux, meilleur est le résultat.',
        'Dis à quoi ça sert et pour qui, puis vérifie toi-même la réponse.',
      ],
      question: 'Comment demanderais-tu à une IA de t’aider pour un exposé sur les animaux ?',
    },
    vo: {
      title: 'Le prompt : donner des consignes à un modèle génératif',
      paragraphs: [
        'Les générateurs de texte et d’images suivent une consigne, le prompt. Un bon prompt donne le but, le public, le contexte, la forme voulue et ce qu’il faut éviter.',
        'Donnez un exemple du résultat souhaité, demandez des sources, et améliorez le prompt pas à pas si le résultat ne convient pas.',
        'Même un prompt parfait ne rend pas le résultat vrai. Ce coloriseur ne reçoit aucun prompt : seulement la photo grise, et c’est pourquoi il ne peut pas connaître les vraies couleurs.',
      ],
      question: 'Réécrivez un prompt vague (« écris sur le climat ») en un bon prompt.',
    },
    mbo: {
      title: 'Le prompt, une compétence professionnelle',
      paragraphs: [
        'Décrivez la tâche comme à un nouveau collègue : le but, le lecteur, le contexte, le format, la longueur, et ce qui ne doit pas y figurer.',
        'Ne mettez jamais de données personnelles ou confidentielles dans le prompt d’un outil en ligne.',
        'Gardez vos bons prompts, et relisez toujours le résultat avant de l’utiliser.',
      ],
      question:
        'Écrivez un prompt pour une tâche de votre stage, puis listez ce que vous vérifieriez.',
    },
  },
});

const TEXTS: Record<Locale, (f: FactsText, e: E) => Texts> = { nl, en, fr };

export function moreTexts(locale: Locale, f: FactsText, measuredWh: number): Texts {
  const texts = TEXTS[locale](f, energyNumbers(locale, measuredWh));
  const sources = [PUBLISHED_ENERGY.source, `${f.energyCommand} (${f.energyMachine})`];
  for (const level of Object.keys(texts.energy) as Level[]) texts.energy[level].sources = sources;
  return texts;
}
