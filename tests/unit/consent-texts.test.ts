import { describe, expect, it } from 'vitest';
import { consentPurposes } from '../../src/modules/consents/consent.entity';
import { allConsentTexts, consentTexts, findConsentText } from '../../src/modules/consents/consent-texts';

describe('consent texts', () => {
  it.each(consentPurposes)(
    '%s has a current version that exists, with a Dutch and an English text',
    (purpose) => {
      const current = findConsentText(purpose, consentTexts[purpose].current);
      expect(current?.purpose).toBe(purpose);
      expect(current?.text.length).toBeGreaterThan(50);
      expect(current?.textEn.length).toBeGreaterThan(50);
    },
  );

  it('has unique version ids, each filed under its own purpose', () => {
    const texts = allConsentTexts();
    expect(new Set(texts.map((text) => text.version)).size).toBe(texts.length);
    for (const purpose of consentPurposes) {
      for (const text of consentTexts[purpose].versions) expect(text.purpose).toBe(purpose);
    }
  });

  it('does not find a version under another purpose', () => {
    expect(findConsentText('MATCHING', 'matching-v1')).toBeDefined();
    expect(findConsentText('MEET_AND_GREET', 'matching-v1')).toBeUndefined();
  });

  // Plain language (B1): short sentences, and the person always hears they may say no or stop.
  it.each(allConsentTexts())('$version is plain: short sentences and a way out', (text) => {
    const sentences = text.text.split(/(?<=[.!?:])\s+/);
    for (const sentence of sentences) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(15);
    expect(text.text).toMatch(/altijd (intrekken|stoppen|afzeggen)/);
    expect(text.text).not.toMatch(/afgekeurd|zelfredzaam|fraude|handhaving/i);
  });
});
