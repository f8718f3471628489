import { createCatalog } from '@klaslab/core';

/** Texts of `<ai-training-data>` around the model's own nl/en/fr labels (facts.json). */
export const trainingMessages = createCatalog({
  nl: {
    title: 'Wat heeft de AI gezien?',
    total:
      'De AI ({model}) leerde van {total} foto’s: {train} {trainLabel}, {heldout} {heldoutLabel}.',
    sources: 'Waar de foto’s vandaan komen',
    subjects: 'Wat er op de foto’s staat',
    examples: 'Voorbeelden uit de trainingsfoto’s van {subject}',
    noExamples:
      'Geen voorbeeldfoto’s om te tonen: deze foto’s komen niet uit een Debian-pakket (zie de licentielijst van het model).',
    noThumbnails:
      'De voorbeeldfoto’s konden niet geladen worden; de cijfers hieronder kloppen wel.',
    encoder: 'Voordat het kleuren leerde',
    licences: 'Licenties: {licences}',
    loading: 'De gegevens van het model worden geladen…',
    error: 'De gegevens van het model konden niet geladen worden.',
    errorCode: 'Foutcode: {code}',
    percent: '{percent} %',
  },
  en: {
    title: 'What did the AI see?',
    total:
      'The AI ({model}) learnt from {total} photos: {train} {trainLabel}, {heldout} {heldoutLabel}.',
    sources: 'Where the photos come from',
    subjects: 'What the photos show',
    examples: 'Examples from the training photos of {subject}',
    noExamples:
      'No example photos to show: these photos do not come from a Debian package (see the model’s licence list).',
    noThumbnails: 'The example photos could not be loaded; the figures below are still right.',
    encoder: 'Before it learnt colours',
    licences: 'Licences: {licences}',
    loading: 'Loading the model’s facts…',
    error: 'The model’s facts could not be loaded.',
    errorCode: 'Error code: {code}',
    percent: '{percent} %',
  },
  fr: {
    title: 'Qu’a vu l’IA ?',
    total:
      'L’IA ({model}) a appris sur {total} photos : {train} {trainLabel}, {heldout} {heldoutLabel}.',
    sources: 'D’où viennent les photos',
    subjects: 'Ce que montrent les photos',
    examples: 'Exemples des photos d’entraînement : {subject}',
    noExamples:
      'Pas de photo d’exemple à montrer : ces photos ne viennent pas d’un paquet Debian (voir la liste des licences du modèle).',
    noThumbnails:
      'Les photos d’exemple n’ont pas pu être chargées ; les chiffres ci-dessous restent justes.',
    encoder: 'Avant d’apprendre les couleurs',
    licences: 'Licences : {licences}',
    loading: 'Chargement des données du modèle…',
    error: 'Les données du modèle n’ont pas pu être chargées.',
    errorCode: 'Code d’erreur : {code}',
    percent: '{percent} %',
  },
});
