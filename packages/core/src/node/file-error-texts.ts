import type { ErrorTexts } from '../errors/localize-error.js';

/** Dutch and French texts of the file errors core's Node helpers throw (read and output guards). */
export const FILE_ERROR_TEXTS: ErrorTexts = {
  nl: {
    FILE_NOT_FOUND: { message: '{file} bestaat niet.' },
    FILE_NOT_REGULAR: {
      message: '{file} is geen gewoon bestand.',
      hint: 'Alleen gewone bestanden worden gelezen (geen mappen, pipes, sockets of apparaten).',
    },
    FILE_READ_FAILED: { message: 'Kan {file} niet lezen.' },
    FILE_TOO_LARGE: { message: '{file} is groter dan de grens van {limit} bytes.' },
    OUTPUT_IS_INPUT: {
      message: 'De invoer {file} wordt niet overschreven.',
      hint: 'Kies een andere naam voor de uitvoer.',
    },
    OUTPUT_COLLISION: {
      message: 'Twee uitvoerbestanden zouden {file} worden; één zou verloren gaan.',
      hint: 'Kies een andere uitvoermap of andere namen.',
    },
    OUTPUT_INSIDE_INPUT: {
      message:
        '{file} wordt niet overschreven: het is een bestand in een invoermap dat dit programma niet schreef.',
      hint: 'Schrijf de uitvoer buiten de invoermap, of kies een nieuwe naam.',
    },
    OUTPUT_NOT_REGULAR: { message: '{file} is geen gewoon bestand en wordt niet overschreven.' },
    OUTPUT_WRITE_FAILED: { message: 'Kan {file} niet schrijven.' },
  },
  fr: {
    FILE_NOT_FOUND: { message: '{file} n’existe pas.' },
    FILE_NOT_REGULAR: {
      message: '{file} n’est pas un fichier ordinaire.',
      hint: 'Seuls les fichiers ordinaires sont lus (pas les dossiers, tubes, sockets ou périphériques).',
    },
    FILE_READ_FAILED: { message: 'Impossible de lire {file}.' },
    FILE_TOO_LARGE: { message: '{file} dépasse la limite de {limit} octets.' },
    OUTPUT_IS_INPUT: {
      message: 'Le fichier d’entrée {file} ne sera pas écrasé.',
      hint: 'Choisissez un autre nom de sortie.',
    },
    OUTPUT_COLLISION: {
      message: 'Deux sorties seraient écrites dans {file} ; l’une serait perdue.',
      hint: 'Choisissez un autre dossier ou d’autres noms de sortie.',
    },
    OUTPUT_INSIDE_INPUT: {
      message:
        '{file} ne sera pas écrasé : c’est un fichier d’un dossier d’entrée que cet outil n’a pas écrit.',
      hint: 'Écrivez la sortie hors du dossier d’entrée, ou choisissez un nouveau nom.',
    },
    OUTPUT_NOT_REGULAR: { message: '{file} n’est pas un fichier ordinaire et ne sera pas écrasé.' },
    OUTPUT_WRITE_FAILED: { message: 'Impossible d’écrire {file}.' },
  },
};
