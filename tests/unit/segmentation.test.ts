import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  computeRedPhaseRecord,
  computeTalentProfile,
  isRedPhase,
  mergeAnswers,
  missingRequiredItems,
  type ObstacleAnswer,
  type TalentProfile,
  validateAnswerPatch,
} from '../../src/modules/assessments/answers';
import type { SegmentationRules } from '../../src/modules/assessments/instrument';
import { activeInstrument, loadInstruments } from '../../src/modules/assessments/instrument-files';
import { loadCatalogue } from '../../src/modules/catalogue/catalogue-files';
import { type Segment, segmentProfile, segmentRedPhase } from '../../src/modules/readiness/segmentation';

const catalogue = loadCatalogue(fileURLToPath(new URL('../../reference', import.meta.url)));
const instrument = activeInstrument(
  loadInstruments(fileURLToPath(new URL('../../assessments', import.meta.url)), catalogue),
);
const rules = instrument.segmentationRules;
const asOf = new Date('2026-11-22T10:00:00Z');

type Behaviour = Partial<
  Record<
    'afsprakenNakomen' | 'opTijdKomen' | 'feedbackAannemen' | 'samenwerken' | 'omHulpVragen' | 'regelsVolgen',
    number
  >
>;

interface Situation {
  behaviour?: Behaviour | number;
  learnability?: number;
  motivation?: number;
  hours?: { min: number; max: number };
  huisvesting?: 'stabiel' | 'tijdelijk' | 'geen_vaste_woonplek';
  inkomen?: 'op_orde' | 'onzeker' | 'geen';
  levenssituatie?: 'op_orde' | 'wisselend' | 'onrustig';
  kinderopvang?: 'niet_nodig' | 'geregeld' | 'nog_niet_geregeld';
  obstacles?: ObstacleAnswer[];
  phase?: 'groen' | 'oranje';
  competences?: Record<string, number>;
}

const BEHAVIOUR_ITEMS = [
  'afsprakenNakomen',
  'opTijdKomen',
  'feedbackAannemen',
  'samenwerken',
  'omHulpVragen',
  'regelsVolgen',
] as const;

/** Answers as a lifecoach would save them; validated against the real instrument. */
function answersFor(situation: Situation): Answers {
  const behaviour = situation.behaviour ?? 4;
  const gedrag = Object.fromEntries(
    BEHAVIOUR_ITEMS.map((id) => [id, typeof behaviour === 'number' ? behaviour : (behaviour[id] ?? 4)]),
  );
  const patch = {
    stoplicht: { fase: situation.phase ?? 'groen' },
    kunnen: situation.competences ?? {
      'L-NL-SPREKEN': 3,
      'L-NL-LEZEN': 2,
      'L-NL-SCHRIJVEN': 2,
      'P-SCHOONMAKEN': 3,
      'P-KLANTCONTACT': 2,
      'T-WORK-IN-TEAMS': 3,
    },
    willen: {
      motivatie: situation.motivation ?? 4,
      uren: situation.hours ?? { min: 16, max: 24 },
      reisafstandKm: 10,
      contractwensen: ['vast', 'tijdelijk'],
    },
    gedrag: { ...gedrag, leerbaarheid: situation.learnability ?? 4 },
    persoonlijkheid: { alleenOfTeam: 4, binnenOfBuiten: 2 },
    randvoorwaarden: {
      huisvesting: situation.huisvesting ?? 'stabiel',
      inkomen: situation.inkomen ?? 'op_orde',
      levenssituatie: situation.levenssituatie ?? 'op_orde',
      kinderopvang: situation.kinderopvang ?? 'niet_nodig',
      obstakels: situation.obstacles ?? [],
      mobiliteit: ['fiets', 'ov'],
    },
  };
  const result = validateAnswerPatch(instrument, catalogue, patch);
  if (!result.ok) throw new Error(`Persona answers are invalid: ${JSON.stringify(result.errors)}`);
  return mergeAnswers({}, result.value);
}

function profileFor(situation: Situation): TalentProfile {
  return computeTalentProfile(instrument, answersFor(situation), {
    strengthsSummary: 'Betrouwbaar en vriendelijk, werkt graag met mensen.',
    evidence: [],
  });
}

const obstacle = (
  type: string,
  bekend: boolean,
  oplosbaarBinnen: ObstacleAnswer['oplosbaarBinnen'],
): ObstacleAnswer => ({ type, bekend, oplosbaarBinnen });

interface Persona {
  name: string;
  situation: Situation;
  segment: Segment;
  /** Every check that is not met, as 'forSegment.criterion'; all other checks listed are met. */
  unmet: string[];
  /** Words each expected step towards the next segment contains, in order. */
  steps: string[];
}

const personas: Persona[] = [
  {
    name: 'woman of 55 with years of volunteering at a social enterprise and stable housing',
    situation: {
      behaviour: 4,
      learnability: 4,
      motivation: 5,
      hours: { min: 16, max: 24 },
      competences: {
        'L-NL-SPREKEN': 4,
        'L-NL-LEZEN': 3,
        'L-NL-SCHRIJVEN': 3,
        'P-KEUKENHULP': 4,
        'P-HORECA-SERVICE': 3,
        'T-INSTRUCT-OTHERS': 3,
      },
    },
    segment: 'READY',
    unmet: [],
    steps: [],
  },
  {
    name: 'young man with debts that are not yet mapped and no fixed address',
    situation: {
      behaviour: 3,
      motivation: 4,
      hours: { min: 24, max: 32 },
      huisvesting: 'geen_vaste_woonplek',
      inkomen: 'onzeker',
      levenssituatie: 'onrustig',
      obstacles: [obstacle('schulden', false, 'onbekend'), obstacle('huisvesting', true, 'anderhalf_jaar')],
    },
    segment: 'NOT_NOW',
    unmet: ['READY.preconditions', 'LATER.preconditions'],
    steps: ['Schulden: samen in kaart brengen'],
  },
  {
    name: 'the same young man once the debts are mapped and a housing plan runs',
    situation: {
      behaviour: 3,
      motivation: 4,
      hours: { min: 24, max: 32 },
      huisvesting: 'geen_vaste_woonplek',
      inkomen: 'onzeker',
      levenssituatie: 'onrustig',
      obstacles: [
        obstacle('schulden', true, 'anderhalf_jaar'),
        obstacle('huisvesting', true, 'drie_maanden'),
      ],
    },
    segment: 'LATER',
    unmet: ['READY.preconditions'],
    steps: ['Schulden: zo regelen dat het binnen drie maanden'],
  },
  {
    name: 'someone motivated for 8 hours a week only',
    situation: { motivation: 5, hours: { min: 8, max: 8 } },
    segment: 'LATER',
    unmet: ['READY.hours'],
    steps: ['opbouwen naar minstens 12 (nu 8)'],
  },
  {
    name: 'someone who can work 4 hours a week for now',
    situation: { motivation: 4, hours: { min: 2, max: 4 } },
    segment: 'NOT_NOW',
    unmet: ['READY.hours', 'LATER.hours'],
    steps: ['opbouwen naar minstens 8 (nu 4)'],
  },
  {
    name: 'someone with debts under a running debt plan, settled within three months',
    situation: { inkomen: 'onzeker', obstacles: [obstacle('schulden', true, 'drie_maanden')] },
    segment: 'READY',
    unmet: [],
    steps: [],
  },
  {
    name: 'someone whose known health condition needs a year of treatment',
    situation: { levenssituatie: 'wisselend', obstacles: [obstacle('gezondheid', true, 'anderhalf_jaar')] },
    segment: 'LATER',
    unmet: ['READY.preconditions'],
    steps: ['Gezondheid: zo regelen dat het binnen drie maanden'],
  },
  {
    name: 'someone who misses appointments and comes late, but learns fast',
    situation: {
      behaviour: { afsprakenNakomen: 2, opTijdKomen: 2, omHulpVragen: 2, regelsVolgen: 3 },
      learnability: 4,
    },
    segment: 'LATER',
    unmet: ['READY.behaviour'],
    steps: ['Werkgedrag verder oefenen'],
  },
  {
    name: 'someone whose work behaviour is still far off',
    situation: {
      behaviour: {
        afsprakenNakomen: 1,
        opTijdKomen: 1,
        feedbackAannemen: 2,
        samenwerken: 2,
        omHulpVragen: 1,
        regelsVolgen: 2,
      },
    },
    segment: 'NOT_NOW',
    unmet: ['READY.behaviour', 'LATER.behaviour'],
    steps: ['Werkgedrag verder oefenen'],
  },
  {
    name: 'someone who does not want to work now',
    situation: { motivation: 1 },
    segment: 'NOT_NOW',
    unmet: ['READY.motivation', 'LATER.motivation'],
    steps: ['Samen ontdekken welk werk past'],
  },
  {
    name: 'someone who doubts, and for whom learning is still hard',
    situation: { motivation: 2, learnability: 2 },
    segment: 'LATER',
    unmet: ['READY.learnability', 'READY.motivation'],
    steps: ['nieuwe dingen leren lukt', 'Samen ontdekken welk werk past'],
  },
  {
    name: 'a single father in phase oranje with childcare arranged within weeks',
    situation: {
      phase: 'oranje',
      kinderopvang: 'nog_niet_geregeld',
      obstacles: [obstacle('kinderopvang', true, 'drie_maanden')],
    },
    segment: 'READY',
    unmet: [],
    steps: [],
  },
  {
    name: 'someone whose childcare is not arranged and has no plan yet',
    situation: { kinderopvang: 'nog_niet_geregeld' },
    segment: 'NOT_NOW',
    unmet: ['READY.preconditions', 'LATER.preconditions'],
    steps: ['samen een plan maken'],
  },
  {
    name: 'someone on probation with a known plan of about a year',
    situation: { levenssituatie: 'wisselend', obstacles: [obstacle('justitie', true, 'anderhalf_jaar')] },
    segment: 'LATER',
    unmet: ['READY.preconditions'],
    steps: ['Justitie'],
  },
  {
    name: 'someone in temporary housing with a home promised within three months',
    situation: { huisvesting: 'tijdelijk', obstacles: [obstacle('huisvesting', true, 'drie_maanden')] },
    segment: 'READY',
    unmet: [],
    steps: [],
  },
  {
    name: 'someone with an obstacle that is not yet clear, whatever horizon was filled in',
    situation: { obstacles: [obstacle('anders', false, 'drie_maanden')] },
    segment: 'NOT_NOW',
    unmet: ['READY.preconditions', 'LATER.preconditions'],
    steps: ['Iets anders: samen in kaart brengen'],
  },
];

const checksFor: Record<Segment, string[]> = {
  READY: ['READY'],
  LATER: ['READY'],
  NOT_NOW: ['READY', 'LATER'],
};
const CRITERIA = ['behaviour', 'learnability', 'motivation', 'hours', 'preconditions'];

describe('segmentProfile on personas', () => {
  it.each(personas)('$name → $segment', ({ situation, segment, unmet, steps }) => {
    const decision = segmentProfile(profileFor(situation), rules, asOf);

    expect(decision.segment).toBe(segment);
    expect(decision.basis).toBe('profile');
    const listed = decision.reasons.map((reason) => `${reason.forSegment}.${reason.criterion}`);
    expect(listed).toEqual(
      checksFor[segment].flatMap((level) => CRITERIA.map((criterion) => `${level}.${criterion}`)),
    );
    const notMet = decision.reasons
      .filter((reason) => !reason.met)
      .map((r) => `${r.forSegment}.${r.criterion}`);
    expect(notMet).toEqual(unmet);

    expect(decision.toMoveUp).toHaveLength(steps.length);
    steps.forEach((words, index) => {
      expect(decision.toMoveUp[index]).toContain(words);
    });
  });

  it('covers at least twelve personas and all three segments', () => {
    expect(personas.length).toBeGreaterThanOrEqual(12);
    expect(new Set(personas.map((persona) => persona.segment))).toEqual(
      new Set(['READY', 'LATER', 'NOT_NOW']),
    );
  });
});

describe('segmentProfile reasons', () => {
  it('reports value and threshold of each check', () => {
    const decision = segmentProfile(
      profileFor({
        behaviour: { afsprakenNakomen: 2, opTijdKomen: 3 },
        motivation: 5,
        hours: { min: 4, max: 8 },
      }),
      rules,
      asOf,
    );
    const reason = (key: string) => decision.reasons.find((r) => `${r.forSegment}.${r.criterion}` === key);

    // Behaviour average without learnability: (2 + 3 + 4 + 4 + 4 + 4) / 6.
    expect(reason('READY.behaviour')).toMatchObject({ value: 3.5, threshold: 3, met: true });
    expect(reason('READY.motivation')).toMatchObject({ value: 5, threshold: 3, met: true });
    expect(reason('READY.hours')).toMatchObject({ value: 8, threshold: 12, met: false });
    expect(reason('READY.hours')?.explanationNl).toBe('Nu 8; nodig: minstens 12.');
    expect(reason('READY.preconditions')).toMatchObject({
      value: 'op_orde',
      threshold: 'drie_maanden',
      met: true,
    });
  });

  it('takes the longest horizon of all open points', () => {
    const decision = segmentProfile(
      profileFor({
        obstacles: [
          obstacle('schulden', true, 'drie_maanden'),
          obstacle('gezondheid', true, 'anderhalf_jaar'),
        ],
      }),
      rules,
      asOf,
    );
    const preconditions = decision.reasons.find((reason) => reason.criterion === 'preconditions');
    expect(preconditions).toMatchObject({ value: 'anderhalf_jaar', threshold: 'drie_maanden', met: false });
    expect(decision.toMoveUp).toEqual([
      'Gezondheid: zo regelen dat het binnen drie maanden het werk niet meer in de weg staat, eventueel met hulp.',
    ]);
  });

  it('takes its thresholds from the rules, not from the code', () => {
    const eightHours = profileFor({ hours: { min: 8, max: 8 } });
    expect(segmentProfile(eightHours, rules, asOf).segment).toBe('LATER');

    const lowerBar: SegmentationRules = { ...rules, ready: { ...rules.ready, minHoursPerWeek: 8 } };
    expect(segmentProfile(eightHours, lowerBar, asOf).segment).toBe('READY');

    const longerHorizon: SegmentationRules = {
      ...rules,
      ready: { ...rules.ready, maxObstacleHorizon: 'anderhalf_jaar' },
    };
    const health = profileFor({ obstacles: [obstacle('gezondheid', true, 'anderhalf_jaar')] });
    expect(segmentProfile(health, rules, asOf).segment).toBe('LATER');
    expect(segmentProfile(health, longerHorizon, asOf).segment).toBe('READY');
  });
});

describe('what segmentation ignores', () => {
  const samples = personas.map((persona) => profileFor(persona.situation));

  it('gives the same decision whatever the age', () => {
    for (const profile of samples) {
      const expected = segmentProfile(profile, rules, asOf);
      for (const age of [19, 38, 61]) {
        // A profile holds no age; should one ever be added, it must not change anything.
        const withAge = { ...profile, age, birthDate: `${2026 - age}-01-01` } as TalentProfile;
        expect(segmentProfile(withAge, rules, asOf)).toEqual(expected);
      }
    }
  });

  it('gives the same decision whatever the work-style profile', () => {
    for (const profile of samples) {
      const expected = segmentProfile(profile, rules, asOf);
      const workStyles = [{}, allWorkStyles(1), allWorkStyles(5), allWorkStyles(3)];
      for (const workStyle of workStyles) {
        expect(segmentProfile({ ...profile, workStyle }, rules, asOf)).toEqual(expected);
      }
    }
  });

  it('gives the same decision whatever the competence levels', () => {
    const ready = samples[0] as TalentProfile;
    const noExperience = Object.fromEntries(
      Object.keys(ready.competenceLevels).map((code) => [code, 0 as const]),
    );
    expect(segmentProfile({ ...ready, competenceLevels: noExperience }, rules, asOf)).toEqual(
      segmentProfile(ready, rules, asOf),
    );
  });

  it('does not exclude for a support need that is known and solvable in time', () => {
    const without = profileFor({});
    const withDebts = profileFor({
      inkomen: 'onzeker',
      obstacles: [obstacle('schulden', true, 'drie_maanden')],
    });
    expect(segmentProfile(without, rules, asOf).segment).toBe('READY');
    expect(segmentProfile(withDebts, rules, asOf).segment).toBe('READY');
  });
});

function allWorkStyles(value: number): Record<string, number> {
  return Object.fromEntries(instrument.sections.persoonlijkheid.items.map((item) => [item.id, value]));
}

describe('review dates', () => {
  it.each([
    [{}, 'READY', '2027-02-20'],
    [{ hours: { min: 8, max: 8 } }, 'LATER', '2027-02-20'],
    [{ motivation: 1 }, 'NOT_NOW', '2026-12-20'],
  ] as const)('sets a review date for every segment (%#)', (situation, segment, reviewDate) => {
    const decision = segmentProfile(profileFor(situation), rules, asOf);
    expect(decision.segment).toBe(segment);
    expect(decision.reviewDate).toBe(reviewDate);
  });

  it('counts calendar days in UTC', () => {
    const lateEvening = new Date('2026-12-31T23:30:00Z');
    expect(segmentProfile(profileFor({ motivation: 1 }), rules, lateEvening).reviewDate).toBe('2027-01-28');
  });
});

describe('red phase', () => {
  const redAnswers: Answers = {
    stoplicht: { fase: 'rood', notitie: 'Huisuitzetting dreigt. Eerst hulp via het wijkteam.' },
  };

  it('needs only the phase and a short note', () => {
    expect(isRedPhase(redAnswers)).toBe(true);
    expect(missingRequiredItems(instrument, redAnswers)).toEqual([]);
    expect(missingRequiredItems(instrument, { stoplicht: { fase: 'rood' } })).toEqual([
      { path: ['stoplicht', 'notitie'], message: 'Nog niet ingevuld.' },
    ]);
    expect(computeRedPhaseRecord(instrument, redAnswers)).toEqual({
      instrumentId: 'wrw-instrument',
      instrumentVersion: 1,
      phase: 'rood',
      note: 'Huisuitzetting dreigt. Eerst hulp via het wijkteam.',
    });
  });

  it('is not put through the full profile', () => {
    expect(() =>
      computeTalentProfile(instrument, redAnswers, { strengthsSummary: 'x', evidence: [] }),
    ).toThrow(/Red phase/);
  });

  it('gives NOT_NOW with a review within four weeks, and a way forward', () => {
    const decision = segmentRedPhase(rules, asOf);
    expect(decision).toMatchObject({ segment: 'NOT_NOW', basis: 'redPhase', reviewDate: '2026-12-20' });
    expect(decision.reasons).toEqual([
      expect.objectContaining({ criterion: 'stoplight', value: 'rood', met: false }),
    ]);
    expect(decision.toMoveUp.length).toBeGreaterThan(0);
  });
});
