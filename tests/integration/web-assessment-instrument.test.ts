import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessment } from '../../src/modules/assessments/assessment.entity';
import { parseInstrument } from '../../src/modules/assessments/instrument';
import { createTestApp, type TestApp, testReference } from '../support/test-app';
import { getPage, postForm, visibleText, webSessionFor } from '../support/web-page-session';

/**
 * The assessment pages draw the form from the instrument data alone: a new version with other
 * wording and new items of existing types is asked and saved without a change to the pages.
 */
function nextInstrumentVersion() {
  const raw = JSON.parse(readFileSync('assessments/instrument.v1.json', 'utf8'));
  raw.version = 2;
  const willen = raw.sections.willen.items;
  willen.find((item: { id: string }) => item.id === 'motivatie').label = 'Hoe graag wil je aan het werk?';
  willen.push(
    { id: 'rijbewijsGehaald', type: 'boolean', label: 'Heb je een rijbewijs gehaald?', required: false },
    {
      id: 'ploegendienst',
      type: 'singleChoice',
      label: 'Kun je in ploegen werken?',
      required: false,
      options: [
        { value: 'ja', label: 'Ja, dat gaat goed' },
        { value: 'liever_niet', label: 'Liever niet' },
      ],
    },
  );
  raw.sections.randvoorwaarden.items.push({
    id: 'vervoerGeregeld',
    type: 'precondition',
    label: 'Is het vervoer naar je werk geregeld?',
    required: false,
    sensitive: true,
    options: [
      { value: 'geregeld', label: 'Ja, geregeld', inOrder: true },
      { value: 'nog_niet', label: 'Nog niet', inOrder: false },
    ],
    obstacleTypes: ['anders'],
  });
  return parseInstrument(raw, 'instrument.v2 (test)', testReference.catalogue);
}

let t: TestApp;
beforeAll(async () => {
  const v2 = nextInstrumentVersion();
  t = await createTestApp({
    reference: { ...testReference, instruments: [...testReference.instruments, v2], activeInstrument: v2 },
  });
});
afterAll(() => t.close());

describe('a new instrument version', () => {
  it('is asked and saved by the same pages: new wording, new items of existing types', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const session = await webSessionFor(t, coach.user);
    const person = await t.factory.jobSeeker(coach.user);
    const base = `/werkzoekenden/${person.id}/assessment`;
    expect((await postForm(t, session, `${base}/starten`, {})).status).toBe(303);

    const willen = await getPage(t, session, `${base}/deel/willen`);
    const text = visibleText(willen.html);
    expect(text).toContain('Hoe graag wil je aan het werk?');
    expect(text).toContain('Heb je een rijbewijs gehaald?');
    expect(text).toContain('Liever niet');
    expect(willen.html).toContain('name="rijbewijsGehaald" value="ja"');
    const randvoorwaarden = await getPage(t, session, `${base}/deel/randvoorwaarden`);
    expect(visibleText(randvoorwaarden.html)).toContain('Is het vervoer naar je werk geregeld?');

    const saved = await postForm(t, session, `${base}/deel/willen`, {
      _versie: '1',
      motivatie: '5',
      rijbewijsGehaald: 'ja',
      ploegendienst: 'liever_niet',
      _na: 'overzicht',
    });
    expect(saved.status).toBe(303);
    const [assessment] = await t.orm.em.fork().find(Assessment, { jobSeeker: person.id });
    expect(assessment?.instrumentVersion).toBe(2);
    expect(assessment?.answers).toEqual({
      willen: { motivatie: 5, rijbewijsGehaald: true, ploegendienst: 'liever_niet' },
    });
    const again = await getPage(t, session, `${base}/deel/willen`);
    expect(again.html).toMatch(/value="liever_niet" checked/);
  });
});
