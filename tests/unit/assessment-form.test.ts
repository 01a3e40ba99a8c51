import { describe, expect, it } from 'vitest';
import { instrumentForForm, SECTION_IDS } from '../../src/modules/assessments/instrument';
import { answersToValues, valuesToPatch } from '../../src/web/lifecoach/assessment-form';
import { readyAnswerParts } from '../support/assessment-flow';
import { testReference } from '../support/test-app';

const form = instrumentForForm(testReference.activeInstrument, testReference.catalogue);
const answers: Record<string, Record<string, unknown>> = Object.assign({}, ...readyAnswerParts);

describe('the assessment form fields', () => {
  it.each(SECTION_IDS)(
    'give back the saved answers of %s unchanged when posted as they are shown',
    (section) => {
      const saved = answers[section] ?? {};
      const { answers: patch } = valuesToPatch(
        form.sections[section],
        answersToValues(form.sections[section], saved),
      );
      const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== null));
      expect(given).toEqual(saved);
    },
  );

  it('remove an answer that is no longer given, and pass what was typed on to the service as typed', () => {
    const { answers: patch } = valuesToPatch(form.sections.willen, {
      motivatie: '',
      reisafstandKm: 'tien',
      'uren.min': '12,5',
      'uren.max': '',
    });
    expect(patch.motivatie).toBeNull();
    expect(patch.reisafstandKm).toBe('tien');
    expect(patch.uren).toEqual({ min: 12.5, max: null });
    expect(patch.contractwensen).toBeNull();
  });

  it('map the service paths of obstacles and ranges back to the fields they came from', () => {
    const { fieldOf } = valuesToPatch(form.sections.randvoorwaarden, {
      'obstakels.schulden.speelt': 'bekend',
      'obstakels.justitie.speelt': 'onbekend',
    });
    expect(fieldOf(['obstakels', 1, 'toelichting'])).toBe('obstakels.justitie.toelichting');
    expect(fieldOf(['obstakels', 0, 'type'])).toBe('obstakels.schulden.speelt');
    expect(valuesToPatch(form.sections.willen, {}).fieldOf(['uren', 'max'])).toBe('uren.max');
  });
});
