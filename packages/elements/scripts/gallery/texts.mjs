// One discussion question per level (po primary, vo secondary, mbo vocational) and language for
// every photo the selection rules choose. Written for KlasLab; short, to read out in class.

const q = (po, vo, mbo) => ({ po, vo, mbo });
const t = (nl, en, fr) => ({ nl, en, fr });

export const QUESTIONS = {
  graffiti: q(
    t(
      'Welke kleuren had de graffiti echt? Kon de AI dat weten?',
      'What colours did the graffiti really have? Could the AI know?',
      'De quelles couleurs étaient vraiment les graffitis ? L’IA pouvait-elle le savoir ?',
    ),
    t(
      'Spuitverf kan elke kleur hebben. Welke informatie ontbreekt in een zwart-witfoto?',
      'Spray paint can be any colour. What information is missing from a black-and-white photo?',
      'La peinture en bombe peut avoir n’importe quelle couleur. Quelle information manque dans une photo en noir et blanc ?',
    ),
    t(
      'Zou je deze inkleuring gebruiken om een kunstwerk te beschrijven? Waarom niet?',
      'Would you use this colorization to describe a work of art? Why not?',
      'Utiliserais-tu cette colorisation pour décrire une œuvre d’art ? Pourquoi pas ?',
    ),
  ),
  pan: q(
    t(
      'Welke kleur gaf de AI de pan? Welke kleur heeft een pan bij jou thuis?',
      'What colour did the AI give the pan? What colour is a pan at your home?',
      'Quelle couleur l’IA a-t-elle donnée à la poêle ? De quelle couleur est une poêle chez toi ?',
    ),
    t(
      'Waarom gokt de AI hier kleur waar het echte voorwerp bijna grijs is?',
      'Why does the AI guess colour here when the real object is nearly grey?',
      'Pourquoi l’IA devine-t-elle de la couleur alors que le vrai objet est presque gris ?',
    ),
    t(
      'Een productfoto voor een webshop ingekleurd door AI: welk risico loop je?',
      'A product photo for a web shop colorized by AI: what is the risk?',
      'Une photo de produit pour une boutique en ligne colorisée par l’IA : quel est le risque ?',
    ),
  ),
  cup: q(
    t(
      'Kan een kopje elke kleur hebben? Welke zou jij kiezen?',
      'Can a cup be any colour? Which one would you choose?',
      'Une tasse peut-elle avoir n’importe quelle couleur ? Laquelle choisirais-tu ?',
    ),
    t(
      'Bij welke voorwerpen helpt de vorm de AI niet om de kleur te raden?',
      'For which objects does the shape not help the AI guess the colour?',
      'Pour quels objets la forme n’aide-t-elle pas l’IA à deviner la couleur ?',
    ),
    t(
      'Hoe zou je een klant uitleggen dat de kleur op deze foto een gok is?',
      'How would you explain to a customer that the colour in this photo is a guess?',
      'Comment expliquerais-tu à un client que la couleur de cette photo est une supposition ?',
    ),
  ),
  convertible: q(
    t(
      'Welke kleur had de auto echt? Had jij het geraden?',
      'What colour was the car really? Would you have guessed?',
      'De quelle couleur était vraiment la voiture ? L’aurais-tu deviné ?',
    ),
    t(
      'Auto’s worden in alle kleuren gespoten. Wat doet een model dat moet kiezen tussen veel even waarschijnlijke kleuren?',
      'Cars are painted in every colour. What does a model do when many colours are equally likely?',
      'Les voitures sont peintes de toutes les couleurs. Que fait un modèle quand beaucoup de couleurs sont aussi probables ?',
    ),
    t(
      'Een ingekleurde foto als bewijs in een verzekeringszaak: goed idee?',
      'A colorized photo as evidence in an insurance claim: a good idea?',
      'Une photo colorisée comme preuve pour une assurance : bonne idée ?',
    ),
  ),
  astronaut: q(
    t(
      'Kloppen de kleuren van het gezicht, het pak en de vlag?',
      'Are the colours of the face, the suit and the flag right?',
      'Les couleurs du visage, de la combinaison et du drapeau sont-elles justes ?',
    ),
    t(
      'Deze foto was een van de maar twee gezichten van dichtbij in de trainingsdata. Wat zegt dat over de kans op fouten bij andere gezichten?',
      'This photo was one of only two close-up faces in the training data. What does that say about errors on other faces?',
      'Cette photo était l’un des deux seuls visages vus de près dans les données. Qu’est-ce que cela dit des erreurs sur d’autres visages ?',
    ),
    t(
      'Wat kan er misgaan als een AI huidskleuren verkeerd inschat, bijvoorbeeld in de zorg of bij beveiliging?',
      'What can go wrong when an AI gets skin tones wrong, for example in healthcare or security?',
      'Que peut-il se passer quand une IA se trompe de teinte de peau, par exemple en santé ou en sécurité ?',
    ),
  ),
  'grace-hopper': q(
    t(
      'Welke kleur kreeg het uniform? Welke kleur had het echt?',
      'What colour did the uniform get? What colour was it really?',
      'Quelle couleur a reçue l’uniforme ? De quelle couleur était-il vraiment ?',
    ),
    t(
      'De AI leerde van deze foto, en toch kloppen niet alle kleuren. Hoe kan dat?',
      'The AI learnt from this photo, and still not every colour is right. How can that be?',
      'L’IA a appris sur cette photo, et pourtant toutes les couleurs ne sont pas justes. Comment est-ce possible ?',
    ),
    t(
      'Wat zou je aan de trainingsdata veranderen zodat mensen van alle leeftijden en huidskleuren goed ingekleurd worden?',
      'What would you change in the training data so that people of every age and skin tone are colorized well?',
      'Que changerais-tu dans les données pour que les personnes de tout âge et de toute teinte de peau soient bien colorisées ?',
    ),
  ),
  dogs: q(
    t(
      'Welke kleur kregen de honden? En het huis?',
      'What colour did the dogs get? And the house?',
      'Quelle couleur ont reçue les chiens ? Et la maison ?',
    ),
    t(
      'Honden kwamen weinig voor in de trainingsdata. Waar twijfelt de AI het meest?',
      'Dogs were rare in the training data. Where is the AI least sure?',
      'Les chiens étaient rares dans les données. Où l’IA est-elle la moins sûre ?',
    ),
    t(
      'Een fokker wil foto’s laten inkleuren voor een advertentie. Wat zeg je over de vachtkleur?',
      'A breeder wants photos colorized for an advert. What do you say about the coat colour?',
      'Un éleveur veut coloriser des photos pour une annonce. Que dis-tu de la couleur du pelage ?',
    ),
  ),
  'girl-standing': q(
    t(
      'Welke kleur kregen haar kleren? En haar haar?',
      'What colour did her clothes get? And her hair?',
      'Quelle couleur ont reçue ses vêtements ? Et ses cheveux ?',
    ),
    t(
      'Waarom twijfelt de AI meer over kleren dan over huid?',
      'Why is the AI less sure about clothes than about skin?',
      'Pourquoi l’IA est-elle moins sûre pour les vêtements que pour la peau ?',
    ),
    t(
      'Welke mensen zouden vaker fout ingekleurd worden als de trainingsfoto’s niet gevarieerd zijn?',
      'Which people would be colorized wrongly more often if the training photos are not varied?',
      'Quelles personnes seraient plus souvent mal colorisées si les photos d’entraînement ne sont pas variées ?',
    ),
  ),
  'dan-c': q(
    t(
      'Ziet de persoon er echt uit na het inkleuren?',
      'Does the person look real after colorizing?',
      'La personne a-t-elle l’air réelle après la colorisation ?',
    ),
    t(
      'Vergelijk huid, kleren en achtergrond: waar zit de grootste fout?',
      'Compare skin, clothes and background: where is the biggest error?',
      'Compare la peau, les vêtements et le fond : où est la plus grande erreur ?',
    ),
    t(
      'Hoe zou je testen of een AI-systeem voor iedereen even goed werkt?',
      'How would you test whether an AI system works equally well for everyone?',
      'Comment testerais-tu si un système d’IA fonctionne aussi bien pour tout le monde ?',
    ),
  ),
  'thai-dancer': q(
    t(
      'De danseres draagt felle kleuren. Welke kleuren zie je na het inkleuren?',
      'The dancer wears bright colours. Which colours do you see after colorizing?',
      'La danseuse porte des couleurs vives. Quelles couleurs vois-tu après la colorisation ?',
    ),
    t(
      'Wat gebeurt er met kleding uit een cultuur die weinig in de trainingsdata voorkomt?',
      'What happens to clothing from a culture that hardly appears in the training data?',
      'Que devient un vêtement d’une culture presque absente des données d’entraînement ?',
    ),
    t(
      'Een museum wil oude foto’s van dansers laten inkleuren. Wat zou je het museum adviseren?',
      'A museum wants old photos of dancers colorized. What would you advise the museum?',
      'Un musée veut coloriser d’anciennes photos de danseurs. Que lui conseillerais-tu ?',
    ),
  ),
  route66: q(
    t(
      'Welke kleur kreeg de weg? En de lucht?',
      'What colour did the road get? And the sky?',
      'Quelle couleur a reçue la route ? Et le ciel ?',
    ),
    t(
      'De AI zag geen straten tijdens het leren. Is de grijze foto hier misschien beter dan de gekleurde?',
      'The AI saw no streets while learning. Is the grey photo perhaps better than the coloured one here?',
      'L’IA n’a vu aucune rue en apprenant. La photo grise est-elle peut-être meilleure que la colorisée ici ?',
    ),
    t(
      'Je gebruikt AI op je werk voor iets wat ze nooit gezien heeft. Hoe merk je dat?',
      'You use AI at work for something it has never seen. How do you notice?',
      'Tu utilises une IA au travail pour quelque chose qu’elle n’a jamais vu. Comment t’en rends-tu compte ?',
    ),
  ),
  parking: q(
    t(
      'Welke kleuren verzon de AI die er niet zijn?',
      'Which colours did the AI invent that are not there?',
      'Quelles couleurs l’IA a-t-elle inventées qui n’existent pas ?',
    ),
    t(
      'Beton en asfalt zijn bijna grijs. Waarom kleurt de AI ze toch?',
      'Concrete and asphalt are nearly grey. Why does the AI colour them anyway?',
      'Le béton et l’asphalte sont presque gris. Pourquoi l’IA les colore-t-elle quand même ?',
    ),
    t(
      'Hoe kun je meten of een AI-resultaat beter is dan niets doen?',
      'How can you measure whether an AI result is better than doing nothing?',
      'Comment mesurer si un résultat d’IA est meilleur que de ne rien faire ?',
    ),
  ),
  'tennis-wall': q(
    t(
      'Welke kleur had de muur echt?',
      'What colour was the wall really?',
      'De quelle couleur était vraiment le mur ?',
    ),
    t(
      'Grote egale vlakken zonder vorm: hoe raadt een AI daar een kleur?',
      'Large plain surfaces without shapes: how does an AI guess a colour there?',
      'De grandes surfaces unies sans formes : comment une IA y devine-t-elle une couleur ?',
    ),
    t(
      'Welke situaties in jouw vak lijken niet op de voorbeelden waarmee een AI leerde?',
      'Which situations in your field are unlike the examples an AI learnt from?',
      'Quelles situations de ton métier ne ressemblent pas aux exemples avec lesquels une IA a appris ?',
    ),
  ),
  school: q(
    t(
      'Lijkt deze school op jouw school? Kloppen de kleuren?',
      'Does this school look like yours? Are the colours right?',
      'Cette école ressemble-t-elle à la tienne ? Les couleurs sont-elles justes ?',
    ),
    t(
      'Welke dingen op deze foto kwamen nooit voor in de trainingsdata?',
      'Which things in this photo never appeared in the training data?',
      'Quelles choses de cette photo n’apparaissaient jamais dans les données d’entraînement ?',
    ),
    t(
      'Hoe zou je trainingsdata kiezen voor een AI die op jouw school moet werken?',
      'How would you choose training data for an AI that has to work at your school?',
      'Comment choisirais-tu les données d’entraînement d’une IA qui doit fonctionner dans ton école ?',
    ),
  ),
  'old-tower': q(
    t(
      'Deze foto lijkt oud. Welke kleuren had de toren echt?',
      'This photo looks old. What colours did the tower really have?',
      'Cette photo a l’air ancienne. De quelles couleurs était vraiment la tour ?',
    ),
    t(
      'De AI kent alleen recente digitale foto’s. Wat doen korrel en vervaging met haar gok?',
      'The AI only knows recent digital photos. What do grain and blur do to its guess?',
      'L’IA ne connaît que des photos numériques récentes. Que font le grain et le flou à sa supposition ?',
    ),
    t(
      'Een documentaire toont ingekleurde oude beelden. Wat moet de kijker weten?',
      'A documentary shows colorized old footage. What should viewers know?',
      'Un documentaire montre des images anciennes colorisées. Que doivent savoir les spectateurs ?',
    ),
  ),
  'old-monument': q(
    t(
      'Zag jij het gouden dak in de zwart-witfoto? En de AI?',
      'Did you spot the golden roof in the black-and-white photo? Did the AI?',
      'As-tu vu le toit doré dans la photo en noir et blanc ? Et l’IA ?',
    ),
    t(
      'Kan een ingekleurde oude foto ons iets wijsmaken over de geschiedenis?',
      'Can a colorized old photo mislead us about history?',
      'Une vieille photo colorisée peut-elle nous tromper sur l’histoire ?',
    ),
    t(
      'Hoe zou je in een bijschrift vermelden dat een foto door AI is ingekleurd?',
      'How would you say in a caption that a photo was colorized by AI?',
      'Comment indiquerais-tu dans une légende qu’une photo a été colorisée par une IA ?',
    ),
  ),
  'old-castle': q(
    t(
      'De AI was vrij zeker over dit kasteel. Kloppen de kleuren?',
      'The AI was fairly sure about this castle. Are the colours right?',
      'L’IA était assez sûre pour ce château. Les couleurs sont-elles justes ?',
    ),
    t(
      'De echte foto heeft weinig kleur, de AI maakt er meer van. Waarom verzint een model liever kleur dan grijs?',
      'The real photo has little colour; the AI adds more. Why does a model invent colour rather than leave grey?',
      'La vraie photo a peu de couleur ; l’IA en ajoute. Pourquoi un modèle invente-t-il de la couleur plutôt que de laisser du gris ?',
    ),
    t(
      'Een toeristische folder gebruikt deze inkleuring. Is dat misleidend?',
      'A tourist brochure uses this colorization. Is that misleading?',
      'Une brochure touristique utilise cette colorisation. Est-ce trompeur ?',
    ),
  ),
  'old-hill': q(
    t(
      'Welke kleur kreeg het gras? Welke kleur had het echt?',
      'What colour did the grass get? What colour was it really?',
      'Quelle couleur a reçue l’herbe ? De quelle couleur était-elle vraiment ?',
    ),
    t(
      'Waarom worden de kleuren vaal als de foto er oud uitziet?',
      'Why do the colours get dull when the photo looks old?',
      'Pourquoi les couleurs deviennent-elles ternes quand la photo a l’air ancienne ?',
    ),
    t(
      'Hoe zou je een AI beter maken in oude foto’s, zonder die foto’s te stelen?',
      'How would you make an AI better at old photos without stealing those photos?',
      'Comment rendre une IA meilleure pour les vieilles photos sans voler ces photos ?',
    ),
  ),
  'old-railway': q(
    t(
      'Ziet het spoor er na het inkleuren echt uit?',
      'Does the railway look real after colorizing?',
      'La voie ferrée a-t-elle l’air réelle après la colorisation ?',
    ),
    t(
      'Vergelijk de zekerheid van de AI met die bij een gewone foto. Wat valt op?',
      'Compare the AI’s confidence with an ordinary photo. What do you notice?',
      'Compare la confiance de l’IA avec une photo ordinaire. Que remarques-tu ?',
    ),
    t(
      'Een archief wil duizenden foto’s automatisch inkleuren. Welke controle stel je voor?',
      'An archive wants thousands of photos colorized automatically. What check do you propose?',
      'Des archives veulent coloriser automatiquement des milliers de photos. Quel contrôle proposes-tu ?',
    ),
  ),
  classroom: q(
    t(
      'Dit is een tekening. Kleurt de AI een tekening zoals een foto?',
      'This is a drawing. Does the AI colour a drawing like a photo?',
      'C’est un dessin. L’IA colorie-t-elle un dessin comme une photo ?',
    ),
    t(
      'Tekeningen hebben vlakke kleuren en lijnen. Waarom past dat niet bij wat de AI leerde?',
      'Drawings have flat colours and lines. Why does that not fit what the AI learnt?',
      'Les dessins ont des aplats et des traits. Pourquoi cela ne correspond-il pas à ce que l’IA a appris ?',
    ),
    t(
      'Voor welk soort beeld zou je een ander AI-model kiezen?',
      'For which kind of picture would you choose a different AI model?',
      'Pour quel type d’image choisirais-tu un autre modèle d’IA ?',
    ),
  ),
  'basketball-court': q(
    t(
      'Welke kleuren waren er in de tekening? Welke bleven er over?',
      'Which colours were in the drawing? Which ones are left?',
      'Quelles couleurs y avait-il dans le dessin ? Lesquelles restent ?',
    ),
    t(
      'Waarom zijn de kleuren van de AI veel minder fel dan die van de tekenaar?',
      'Why are the AI’s colours much less bright than the artist’s?',
      'Pourquoi les couleurs de l’IA sont-elles bien moins vives que celles de l’illustrateur ?',
    ),
    t(
      'Mag je een AI-inkleuring van iemands tekening zomaar publiceren?',
      'May you simply publish an AI colorization of someone’s drawing?',
      'Peux-tu publier sans plus la colorisation par IA du dessin de quelqu’un ?',
    ),
  ),
  parrot: q(
    t(
      'Een papegaai is heel kleurrijk. Wat maakte de AI ervan?',
      'A parrot is very colourful. What did the AI make of it?',
      'Un perroquet est très coloré. Qu’en a fait l’IA ?',
    ),
    t(
      'Herkent de AI dat dit een vogel is? Hoe kun je dat aan de kleuren zien?',
      'Does the AI recognise that this is a bird? How can you tell from the colours?',
      'L’IA reconnaît-elle un oiseau ? Comment le voir aux couleurs ?',
    ),
    t(
      'Wanneer is een AI-resultaat “goed genoeg” voor jouw opdracht?',
      'When is an AI result “good enough” for your assignment?',
      'Quand un résultat d’IA est-il « assez bon » pour ta mission ?',
    ),
  ),
  'party-room': q(
    t(
      'Hoe zag de feestzaal er echt uit? Wat is er verdwenen?',
      'What did the party room really look like? What disappeared?',
      'À quoi ressemblait vraiment la salle de fête ? Qu’est-ce qui a disparu ?',
    ),
    t(
      'De AI maakt van een kleurrijke tekening iets bruins. Hoe komt dat door haar kansen?',
      'The AI turns a colourful drawing brownish. How do its probabilities cause that?',
      'L’IA rend brunâtre un dessin coloré. Comment ses probabilités l’expliquent-elles ?',
    ),
    t(
      'Je ontwerpt een poster met AI. Hoe controleer je de kleuren?',
      'You design a poster with AI. How do you check the colours?',
      'Tu conçois une affiche avec une IA. Comment vérifies-tu les couleurs ?',
    ),
  ),
  'blue-windmill': q(
    t(
      'Deze foto is met opzet veranderd. Merkt de AI iets?',
      'This photo was changed on purpose. Does the AI notice anything?',
      'Cette photo a été modifiée exprès. L’IA remarque-t-elle quelque chose ?',
    ),
    t(
      'De zwart-witversie ziet er bijna normaal uit. Waarom kan de AI de vreemde kleuren niet raden?',
      'The black-and-white version looks almost normal. Why can the AI not guess the strange colours?',
      'La version en noir et blanc paraît presque normale. Pourquoi l’IA ne peut-elle pas deviner les couleurs étranges ?',
    ),
    t(
      'Iemand bewerkt een foto en laat die door AI “herstellen”. Is het resultaat dan echt?',
      'Someone edits a photo and has AI “restore” it. Is the result real?',
      'Quelqu’un retouche une photo et la fait « restaurer » par une IA. Le résultat est-il réel ?',
    ),
  ),
  'inverted-field': q(
    t(
      'Licht en donker zijn omgedraaid. Wat denkt de AI dat ze ziet?',
      'Light and dark are swapped. What does the AI think it sees?',
      'Le clair et le foncé sont inversés. Que croit voir l’IA ?',
    ),
    t(
      'De AI is behoorlijk zeker, maar zit ver naast de waarheid. Hoe kan dat?',
      'The AI is fairly sure but far from the truth. How can that be?',
      'L’IA est assez sûre mais loin de la vérité. Comment est-ce possible ?',
    ),
    t(
      'Hoe kun je een AI-systeem met rare invoer testen voordat je het gebruikt?',
      'How can you test an AI system with odd input before you use it?',
      'Comment tester un système d’IA avec des entrées bizarres avant de l’utiliser ?',
    ),
  ),
  'upside-down-tree': q(
    t(
      'Staat de lucht nu onderaan? Welke kleur gaf de AI de bovenkant?',
      'Is the sky at the bottom now? What colour did the AI give the top?',
      'Le ciel est-il en bas maintenant ? Quelle couleur l’IA a-t-elle donnée au haut ?',
    ),
    t(
      'Leert de AI “boven is lucht”? Hoe zie je dat aan deze foto?',
      'Does the AI learn “the top is sky”? How can you tell from this photo?',
      'L’IA apprend-elle « en haut, c’est le ciel » ? Comment le voir sur cette photo ?',
    ),
    t(
      'Welke gewoontes uit de trainingsdata kunnen een AI in jouw vak misleiden?',
      'Which habits from the training data could mislead an AI in your field?',
      'Quelles habitudes des données d’entraînement pourraient tromper une IA dans ton métier ?',
    ),
  ),
  'purple-tree': q(
    t(
      'Het gras was paars gemaakt. Welke kleur koos de AI?',
      'The grass was made purple. What colour did the AI choose?',
      'L’herbe a été rendue violette. Quelle couleur l’IA a-t-elle choisie ?',
    ),
    t(
      'De AI kiest wat meestal waar is. Wanneer is dat een probleem?',
      'The AI chooses what is usually true. When is that a problem?',
      'L’IA choisit ce qui est vrai d’habitude. Quand est-ce un problème ?',
    ),
    t(
      'Bedenk een situatie op je werk waar “meestal” niet goed genoeg is.',
      'Think of a situation at work where “usually” is not good enough.',
      'Imagine une situation au travail où « d’habitude » ne suffit pas.',
    ),
  ),
  'brick-wall': q(
    t(
      'De AI leek zeker. Had ze gelijk?',
      'The AI seemed sure. Was it right?',
      'L’IA semblait sûre. Avait-elle raison ?',
    ),
    t(
      'Zeker zijn en gelijk hebben zijn twee verschillende dingen. Leg uit met deze foto.',
      'Being sure and being right are two different things. Explain with this photo.',
      'Être sûr et avoir raison sont deux choses différentes. Explique avec cette photo.',
    ),
    t(
      'Hoe ga je om met een collega of een AI die heel zeker klinkt maar het mis heeft?',
      'How do you deal with a colleague or an AI that sounds very sure but is wrong?',
      'Comment réagis-tu face à un collègue ou une IA très sûrs d’eux mais dans l’erreur ?',
    ),
  ),
  bananas: q(
    t(
      'Iedereen weet dat bananen geel zijn. De AI leek zeker: welke kleur koos ze?',
      'Everyone knows bananas are yellow. The AI seemed sure: which colour did it choose?',
      'Tout le monde sait que les bananes sont jaunes. L’IA semblait sûre : quelle couleur a-t-elle choisie ?',
    ),
    t(
      'Jij weet dat bananen geel zijn. Waarom "weet" de AI dat niet, terwijl ze toch zeker lijkt?',
      'You know bananas are yellow. Why does the AI not "know" it, even though it seems sure?',
      'Tu sais que les bananes sont jaunes. Pourquoi l’IA ne le « sait »-elle pas, alors qu’elle semble sûre ?',
    ),
    t(
      'Misschien zaten er bijna geen bananen in de trainingsfoto’s. Hoe ga je na wat een AI-systeem níet geleerd heeft voor je het inzet?',
      'Perhaps there were hardly any bananas in the training photos. How do you find out what an AI system has not learned before you use it?',
      'Il y avait peut-être très peu de bananes dans les photos d’entraînement. Comment vérifier ce qu’un système d’IA n’a pas appris avant de l’utiliser ?',
    ),
  ),
  'inverted-solar': q(
    t(
      'Wat zie je: zonnepanelen of iets anders? Wat denkt de AI?',
      'What do you see: solar panels or something else? What does the AI think?',
      'Que vois-tu : des panneaux solaires ou autre chose ? Que pense l’IA ?',
    ),
    t(
      'De zekerheidskaart is licht, maar de kleuren kloppen niet. Wat zegt “zekerheid” dan eigenlijk?',
      'The confidence map is light, but the colours are wrong. What does “confidence” actually mean then?',
      'La carte de confiance est claire, mais les couleurs sont fausses. Que veut alors dire « confiance » ?',
    ),
    t(
      'Welke extra controle zou je inbouwen voordat je een zeker AI-antwoord vertrouwt?',
      'What extra check would you build in before trusting a confident AI answer?',
      'Quel contrôle ajouterais-tu avant de faire confiance à une réponse d’IA sûre d’elle ?',
    ),
  ),
  'inverted-fish': q(
    t(
      'De vis is een negatief. Herkent de AI nog een vis?',
      'The fish is a negative. Does the AI still recognise a fish?',
      'Le poisson est un négatif. L’IA reconnaît-elle encore un poisson ?',
    ),
    t(
      'Waarom klinkt een fout antwoord soms net zo zeker als een goed antwoord?',
      'Why does a wrong answer sometimes sound just as sure as a right one?',
      'Pourquoi une mauvaise réponse paraît-elle parfois aussi sûre qu’une bonne ?',
    ),
    t(
      'Wie is verantwoordelijk als iemand op een zeker maar fout AI-antwoord vertrouwt?',
      'Who is responsible when someone trusts a confident but wrong AI answer?',
      'Qui est responsable quand quelqu’un se fie à une réponse d’IA sûre mais fausse ?',
    ),
  ),
  chalkboard: q(
    t(
      'Welke kleur had het schoolbord echt? Wat gokte de AI?',
      'What colour was the chalkboard really? What did the AI guess?',
      'De quelle couleur était vraiment le tableau ? Qu’a deviné l’IA ?',
    ),
    t(
      'Een klaslokaal kwam niet voor in de trainingsdata. Waarom durft de AI toch te kiezen?',
      'Classrooms were not in the training data. Why does the AI still dare to choose?',
      'Les salles de classe n’étaient pas dans les données. Pourquoi l’IA ose-t-elle quand même choisir ?',
    ),
    t(
      'Hoe zou een AI kunnen laten zien dat ze iets niet weet?',
      'How could an AI show that it does not know something?',
      'Comment une IA pourrait-elle montrer qu’elle ne sait pas quelque chose ?',
    ),
  ),
  'convertible-other-colour': q(
    t(
      'Dit is dezelfde cabriolet in een andere kleur. Gaf de AI beide auto’s dezelfde kleur?',
      'This is the same convertible in another colour. Did the AI give both cars the same colour?',
      'C’est le même cabriolet d’une autre couleur. L’IA a-t-elle donné la même couleur aux deux voitures ?',
    ),
    t(
      'In grijs lijken de twee auto’s bijna gelijk. Kan een model dat alleen grijswaarden ziet ze ooit uit elkaar houden?',
      'In grey the two cars look almost the same. Can a model that only sees grey values ever tell them apart?',
      'En gris, les deux voitures se ressemblent presque. Un modèle qui ne voit que les gris peut-il jamais les distinguer ?',
    ),
    t(
      'Een klant vraagt de echte kleur van een auto op een oude zwart-witfoto. Wat zeg je?',
      'A customer asks for the real colour of a car in an old black-and-white photo. What do you say?',
      'Un client demande la vraie couleur d’une voiture sur une vieille photo en noir et blanc. Que lui dis-tu ?',
    ),
  ),
  breakdancer: q(
    t(
      'Welke kleuren kregen de kleren en de huid van de breakdancer? Kloppen ze?',
      'What colours did the breakdancer’s clothes and skin get? Are they right?',
      'Quelles couleurs ont reçu les vêtements et la peau du breakdanceur ? Sont-elles justes ?',
    ),
    t(
      'De AI zag mensen vooral als kleine figuurtjes. Wat betekent dat voor hoe ze huid en kleren inkleurt?',
      'The AI saw people mostly as small cut-out figures. What does that mean for how it colours skin and clothes?',
      'L’IA a surtout vu des personnes sous forme de petites silhouettes. Qu’est-ce que cela change pour la couleur de la peau et des vêtements ?',
    ),
    t(
      'Je gebruikt deze AI om foto’s van klanten in te kleuren. Welke fouten kunnen iemand kwetsen?',
      'You use this AI to colour photos of customers. Which mistakes could hurt someone?',
      'Tu utilises cette IA pour coloriser des photos de clients. Quelles erreurs pourraient blesser quelqu’un ?',
    ),
  ),
  dinosaur: q(
    t(
      'Dit is een tekening, geen foto. Welke kleur gaf de AI de dinosaurus? Welke kleur zou jij kiezen?',
      'This is a drawing, not a photo. What colour did the AI give the dinosaur? Which colour would you choose?',
      'C’est un dessin, pas une photo. Quelle couleur l’IA a-t-elle donnée au dinosaure ? Laquelle choisirais-tu ?',
    ),
    t(
      'Niemand weet welke kleur de meeste dinosaurussen hadden. Waar haalt de AI haar kleur dan vandaan?',
      'Nobody knows what colour most dinosaurs were. So where does the AI’s colour come from?',
      'Personne ne sait de quelle couleur étaient la plupart des dinosaures. D’où vient alors la couleur de l’IA ?',
    ),
    t(
      'Een tekening heeft vlakke kleuren en lijnen. Waarom werkt een AI die op foto’s leerde slechter op tekeningen?',
      'A drawing has flat colours and outlines. Why does an AI that learnt from photos do worse on drawings?',
      'Un dessin a des couleurs plates et des contours. Pourquoi une IA qui a appris sur des photos marche-t-elle moins bien sur des dessins ?',
    ),
  ),
};
