import { SUPPORTED_LOCALES } from '@klaslab/core';
import { describe, expect, it } from 'vitest';
import { colorizerMessages } from '../src/components/ai-colorizer/messages.js';
import { lessonTexts } from '../src/components/ai-lesson/content.js';

/**
 * The temperature slider's end labels, its help and the lesson's probe step describe the same
 * decoding (low: each spot its likeliest colour; high: colours alike, warm brownish, not grey), so
 * they must use the same words. An end label that says "dull" while the help says "brownish, not
 * grey" is the disagreement this catches.
 */
describe.each(SUPPORTED_LOCALES)('temperature words (%s)', (locale) => {
  const t = (key: Parameters<typeof colorizerMessages.t>[1]) =>
    colorizerMessages.t(locale, key).toLowerCase();
  const probe = lessonTexts(locale).probe;
  const lesson = `${probe.say.vo} ${probe.answer}`.toLowerCase();
  const [, cautious, tint] = /^(.+) \((.+)\)$/.exec(t('temperatureCautious')) ?? [];

  it('the cautious end names its tint in brackets', () => {
    expect(cautious).toBeTruthy();
    expect(tint).toBeTruthy();
  });

  it('the help and the lesson say that tint too', () => {
    expect(t('temperatureHelp')).toContain(tint);
    expect(lesson).toContain(tint);
  });

  it('the lesson calls the two ends by the slider’s words', () => {
    expect(lesson).toContain(t('temperatureBold'));
    expect(lesson).toContain(cautious);
  });
});
