import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SeededRandom, syntheticSeeker, syntheticVacancies } from '../../bench/matching-synthetic-data';
import { loadSyntheticWorld } from '../../bench/matching-world';
import type { SharedTalentProfile } from '../../src/modules/assessments/answers';
import { normalisePostcode } from '../../src/modules/geo/postcodes';
import { toCandidateView } from '../../src/modules/matching/candidate-views';
import {
  createMatchContext,
  LEGAL_QUALIFICATIONS,
  type LegalQualificationCode,
  MatchingIndex,
  type MatchSeeker,
  type MatchVacancy,
  MOBILITY_QUALIFICATIONS,
} from '../../src/modules/matching/engine';
import type { ReferenceData } from '../../src/reference/reference-data';

// Counterfactual fairness: change only what must not matter — name, gender, date of birth,
// nationality and origin, the address beyond the 4-digit postcode, diplomas and work history —
// on every one of 1,200 people, and every ranking must stay identical. Vacancies have no minimum
// age above 18 and everyone stays an adult, so varying the date of birth may change nothing.

// The engine's input has no field for any of these; a compile error here means one was added.
type Forbidden =
  | 'name'
  | 'gender'
  | 'dateOfBirth'
  | 'nationality'
  | 'countryOfBirth'
  | 'address'
  | 'diplomas'
  | 'workHistory';
const noForbiddenFields: Extract<keyof MatchSeeker, Forbidden> extends never ? true : false = true;

const AS_OF = new Date('2026-11-22T00:00:00Z');
const PEOPLE = 1200;

/** A registered person as the rest of the service knows them, richer than the engine's input. */
interface Person {
  id: string;
  name: { given: string; family: string };
  gender: 'vrouw' | 'man' | 'anders' | 'onbekend';
  dateOfBirth: string;
  nationality: string;
  countryOfBirth: string;
  address: { street: string; houseNumber: string; postcode: string; city: string };
  diplomas: string[];
  workHistory: { employer: string; role: string; years: number }[];
  segment: MatchSeeker['segment'];
  matchingConsent: boolean;
  placed: boolean;
  inLearnWorkTrajectory: boolean;
  profile: {
    competenceLevels: Record<string, number>;
    interests: { occupations: string[]; sectors: string[] };
    behaviourScores: Record<string, number>;
    wantedHours: { min: number; max: number };
    maxTravelKm: number;
    mobility: string[];
    /** The passend werk answers (willen.contractwensen, willen.werktijden); null: not asked. */
    contractWishes: MatchSeeker['contractWishes'];
    workingTimes: MatchSeeker['workingTimes'];
  };
  certificates: LegalQualificationCode[];
}

function ageOn(dateOfBirth: string, asOf: Date): number {
  const born = new Date(`${dateOfBirth}T00:00:00Z`);
  let age = asOf.getUTCFullYear() - born.getUTCFullYear();
  const birthdayPassed =
    asOf.getUTCMonth() > born.getUTCMonth() ||
    (asOf.getUTCMonth() === born.getUTCMonth() && asOf.getUTCDate() >= born.getUTCDate());
  if (!birthdayPassed) age--;
  return age;
}

/** What the service hands the engine: only what may matter, and the age for legal gates. */
function toMatchSeeker(person: Person): MatchSeeker {
  const pc4 = normalisePostcode(person.address.postcode)?.pc4 ?? '';
  const fromMobility = person.profile.mobility.flatMap((item) => MOBILITY_QUALIFICATIONS[item] ?? []);
  return {
    id: person.id,
    segment: person.segment,
    matchingConsent: person.matchingConsent,
    placed: person.placed,
    pc4,
    maxTravelKm: person.profile.maxTravelKm,
    wantedHours: person.profile.wantedHours,
    competenceLevels: person.profile.competenceLevels,
    interests: person.profile.interests,
    behaviourScores: person.profile.behaviourScores,
    legalQualifications: [...new Set([...person.certificates, ...fromMobility])],
    ageYears: ageOn(person.dateOfBirth, AS_OF),
    contractWishes: person.profile.contractWishes,
    workingTimes: person.profile.workingTimes,
    inLearnWorkTrajectory: person.inLearnWorkTrajectory,
  };
}

const GIVEN = ['Fatima', 'Jan', 'Mohamed', 'Priscilla', 'Wei', 'Anouk', 'Kofi', 'Ewa', 'Dirk', 'Samira'];
const FAMILY = ['de Vries', 'El Amrani', 'Yilmaz', 'Martina', 'Jansen', 'Nowak', 'Chen', 'Boateng', 'Bakker'];
const COUNTRIES = ['Nederland', 'Marokko', 'Turkije', 'Suriname', 'Curaçao', 'Polen', 'Syrië', 'Kaapverdië'];
const STREETS = [
  'Coolsingel',
  'Beijerlandselaan',
  'West-Kruiskade',
  'Zwart Janstraat',
  'Slinge',
  'Nieuwe Binnenweg',
];
const DIPLOMAS = ['geen', 'vmbo-basis', 'mbo-2 logistiek', 'havo', 'buitenlands diploma', 'hbo'];
const EMPLOYERS = ['Albert Heijn', 'Havenbedrijf', 'Gemeente', 'Schoonmaakbedrijf', 'Bouwbedrijf'];

/** Everything that must not matter, drawn at random; the date of birth keeps the person 18–67. */
function protectedFields(random: SeededRandom, pc4: string) {
  const letters = random.pick(['AA', 'AB', 'BC', 'KL', 'XZ', 'PT']);
  const year = AS_OF.getUTCFullYear() - random.int(19, 67);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return {
    name: { given: random.pick(GIVEN), family: random.pick(FAMILY) },
    gender: random.pick(['vrouw', 'man', 'anders', 'onbekend'] as const),
    dateOfBirth: `${year}-${month}-${day}`,
    nationality: random.pick(COUNTRIES),
    countryOfBirth: random.pick(COUNTRIES),
    address: {
      street: random.pick(STREETS),
      houseNumber: `${random.int(1, 300)}${random.pick(['', 'a', 'B'])}`,
      postcode: `${pc4} ${letters}`,
      city: 'Rotterdam',
    },
    diplomas: random.sample(DIPLOMAS, random.int(0, 2)),
    workHistory: Array.from({ length: random.int(0, 3) }, () => ({
      employer: random.pick(EMPLOYERS),
      role: random.pick(['medewerker', 'chauffeur', 'schoonmaker', 'kassamedewerker']),
      years: random.int(0, 20),
    })),
  };
}

const world = loadSyntheticWorld(fileURLToPath(new URL('../../reference', import.meta.url)), 100);
const ctx = createMatchContext({ postcodes: world.postcodes, competences: world.competences });
const random = new SeededRandom(2026);

const people: Person[] = Array.from({ length: PEOPLE }, (_, index) => {
  const base = syntheticSeeker(random, world, `js-${String(index).padStart(5, '0')}`);
  const matchable = random.chance(0.7);
  return {
    id: base.id,
    ...protectedFields(random, base.pc4),
    segment: matchable ? 'READY' : base.segment,
    matchingConsent: matchable || base.matchingConsent,
    placed: matchable ? false : base.placed,
    inLearnWorkTrajectory: base.inLearnWorkTrajectory,
    profile: {
      competenceLevels: { ...base.competenceLevels },
      interests: { occupations: [...base.interests.occupations], sectors: [...base.interests.sectors] },
      behaviourScores: { ...base.behaviourScores },
      wantedHours: base.wantedHours,
      maxTravelKm: matchable ? 60 : base.maxTravelKm,
      mobility: random.chance(0.3) ? ['fiets', 'rijbewijs_b'] : ['ov'],
      contractWishes: base.contractWishes,
      workingTimes: base.workingTimes,
    },
    certificates: LEGAL_QUALIFICATIONS.filter(() => random.chance(0.1)),
  };
});
const counterfactuals: Person[] = people.map((person) => ({
  ...person,
  ...protectedFields(random, normalisePostcode(person.address.postcode)?.pc4 ?? ''),
}));
// Minimum ages above 18 are brought down to 18: the law would let age matter there.
const vacancies: MatchVacancy[] = syntheticVacancies(new SeededRandom(2027), world, 80).map((vacancy) => ({
  ...vacancy,
  legalRequirements: vacancy.legalRequirements.map((legal) =>
    'minimumAge' in legal ? { minimumAge: Math.min(18, legal.minimumAge) } : legal,
  ),
}));

const factual = MatchingIndex.build(ctx, people.map(toMatchSeeker));
const counterfactual = MatchingIndex.build(ctx, counterfactuals.map(toMatchSeeker));

describe('counterfactual fairness over 1,200 generated people', () => {
  it('changes every protected field of every person, and only those', () => {
    expect(noForbiddenFields).toBe(true);
    let agesChanged = 0;
    people.forEach((person, index) => {
      const other = counterfactuals[index] as Person;
      const {
        name,
        gender,
        dateOfBirth,
        nationality,
        countryOfBirth,
        address,
        diplomas,
        workHistory,
        ...rest
      } = other;
      const original = { ...person } as Partial<Person>;
      for (const key of [
        'name',
        'gender',
        'dateOfBirth',
        'nationality',
        'countryOfBirth',
        'address',
        'diplomas',
        'workHistory',
      ] as const) {
        delete original[key];
      }
      expect(rest).toEqual(original);
      if (toMatchSeeker(person).ageYears !== toMatchSeeker(other).ageYears) agesChanged++;
    });
    // Random draws may repeat a value now and then; the dates of birth must differ for most.
    expect(agesChanged).toBeGreaterThan(PEOPLE * 0.9);
    // Some vacancies do have the legal minimum age of 18, so age reaches a gate, and passes it.
    expect(
      vacancies.some((vacancy) => vacancy.legalRequirements.some((legal) => 'minimumAge' in legal)),
    ).toBe(true);
  });

  it('leaves every vacancy ranking identical: order, scores, totals and gate counts', () => {
    let ranked = 0;
    for (const vacancy of vacancies) {
      const expected = factual.rankCandidates(vacancy, { limit: PEOPLE });
      expect(counterfactual.rankCandidates(vacancy, { limit: PEOPLE })).toEqual(expected);
      ranked += expected.total;
    }
    // Not a vacuous comparison: thousands of ranked candidates.
    expect(ranked).toBeGreaterThan(5000);
    expect(counterfactual.rankAll(vacancies, 50, { kernel: 'matrix' })).toEqual(
      factual.rankAll(vacancies, 50),
    );
  });

  it('leaves every explanation, vacancy ranking and training advice identical', () => {
    for (const person of people.slice(0, 150)) {
      expect(counterfactual.rankVacancies(person.id, vacancies, { limit: 100 })).toEqual(
        factual.rankVacancies(person.id, vacancies, { limit: 100 }),
      );
      expect(counterfactual.whatToTrain(person.id, vacancies)).toEqual(
        factual.whatToTrain(person.id, vacancies),
      );
      expect(counterfactual.explain(person.id, vacancies[0] as MatchVacancy)).toEqual(
        factual.explain(person.id, vacancies[0] as MatchVacancy),
      );
    }
  });

  it('does notice a change that should matter (the comparison is sensitive)', () => {
    const changed = people.map((person) => ({
      ...person,
      profile: { ...person.profile, maxTravelKm: Math.max(0, person.profile.maxTravelKm - 15) },
    }));
    const other = MatchingIndex.build(ctx, changed.map(toMatchSeeker));
    const differs = vacancies.some(
      (vacancy) =>
        JSON.stringify(other.rankCandidates(vacancy, { limit: PEOPLE })) !==
        JSON.stringify(factual.rankCandidates(vacancy, { limit: PEOPLE })),
    );
    expect(differs).toBe(true);
  });

  it('runs with the passend werk inputs present: they shut people out and score every vacancy', () => {
    const totals = { CONTRACT_KIND: 0, ON_CALL: 0, WORKING_TIMES: 0, UNPAID: 0 };
    for (const vacancy of vacancies) {
      const { gateFailures } = factual.rankCandidates(vacancy, { limit: 1 });
      for (const reason of Object.keys(totals) as (keyof typeof totals)[])
        totals[reason] += gateFailures[reason];
    }
    for (const count of Object.values(totals)) expect(count).toBeGreaterThan(0);
    expect(new Set(vacancies.map((vacancy) => JSON.stringify(vacancy.terms))).size).toBeGreaterThan(4);
    const explanation = factual.explain(people[0]?.id as string, vacancies[0] as MatchVacancy);
    expect(explanation?.components.map((component) => component.name)).toContain('passendWerk');
  });

  it('does notice a change of what the person said about contracts and working times', () => {
    const changed = people.map((person) => ({
      ...person,
      profile: { ...person.profile, contractWishes: ['vast' as const], workingTimes: ['nacht' as const] },
    }));
    const other = MatchingIndex.build(ctx, changed.map(toMatchSeeker));
    const differs = vacancies.some(
      (vacancy) =>
        JSON.stringify(other.rankCandidates(vacancy, { limit: PEOPLE })) !==
        JSON.stringify(factual.rankCandidates(vacancy, { limit: PEOPLE })),
    );
    expect(differs).toBe(true);
  });
});

// ---- what employers read ----------------------------------------------------------------------
// A lifecoach's own words often carry what must not matter ("Ze is 52 en komt uit Polen"); employers
// read only the summary written for them, and only while it passes the check. So the employer's
// view of every candidate — text included — stays identical when only the protected fields change.

const ADJECTIVE: Record<string, string> = {
  Nederland: 'Nederlandse',
  Marokko: 'Marokkaanse',
  Turkije: 'Turkse',
  Suriname: 'Surinaamse',
  Curaçao: 'Curaçaose',
  Polen: 'Poolse',
  Syrië: 'Syrische',
  Kaapverdië: 'Kaapverdiaanse',
};
const PRONOUNS = {
  vrouw: { subject: 'Ze', object: 'haar', possessive: 'haar', noun: 'schoonmaakster' },
  man: { subject: 'Hij', object: 'hem', possessive: 'zijn', noun: 'vakman' },
  anders: { subject: 'Hij', object: 'hem', possessive: 'zijn', noun: 'meneer' },
  onbekend: { subject: 'Zij', object: 'haar', possessive: 'haar', noun: 'mevrouw' },
} as const;
const NEUTRAL_SUMMARIES = [
  'Komt afspraken na, werkt netjes en pakt nieuwe taken snel op.',
  'Rustig onder druk en houdt het overzicht als het druk wordt.',
  'Sterk in contact met klanten; stelt anderen op hun gemak.',
  'Leert het liefst door te doen en vraagt om hulp als dat nodig is.',
];

/** The texts a lifecoach might write: the own summary always personal, some employer summaries too. */
function lifecoachTexts(person: Person, index: number) {
  const age = ageOn(person.dateOfBirth, AS_OF);
  const words = PRONOUNS[person.gender];
  const origin = ADJECTIVE[person.countryOfBirth] ?? person.countryOfBirth;
  const strengthsSummary = `${person.name.given} ${person.name.family} is ${age} jaar en ${origin}. ${words.subject} werkt precies; collega's vragen ${words.object} graag om hulp.`;
  // One in four employer summaries was written carelessly, as if saved before the check existed.
  const careless = [
    `Ervaren ${words.noun} van ${age} jaar.`,
    `${words.subject} werkt precies en ${words.possessive} planning klopt.`,
    `Spreekt ${origin.replace(/e$/, '')} en Nederlands; geboren in ${person.dateOfBirth.slice(0, 4)}.`,
  ];
  const summaryForEmployers =
    index % 4 === 3
      ? (careless[index % careless.length] as string)
      : (NEUTRAL_SUMMARIES[index % NEUTRAL_SUMMARIES.length] as string);
  return { strengthsSummary, summaryForEmployers };
}

function sharedProfileOf(person: Person, index: number): SharedTalentProfile {
  return {
    instrumentId: 'wrw-instrument',
    instrumentVersion: 1,
    competenceLevels: person.profile.competenceLevels as SharedTalentProfile['competenceLevels'],
    interests: person.profile.interests,
    motivation: 4,
    wantedHours: person.profile.wantedHours,
    maxTravelKm: person.profile.maxTravelKm,
    contractWishes: [],
    workingTimes: [],
    mobility: person.profile.mobility,
    behaviourScores: person.profile.behaviourScores,
    workStyle: {},
    ...lifecoachTexts(person, index),
    evidence: [],
    additionalAnswers: {},
  };
}

/** Labels come from the catalogue by code; the codes stand in for them here. */
const codeLabels = {
  catalogue: { competence: () => undefined, occupation: () => undefined, sector: () => undefined },
} as unknown as ReferenceData;

function employerViews(index: MatchingIndex, population: Person[], vacancy: MatchVacancy) {
  const position = new Map(population.map((person, at) => [person.id, at]));
  return index.rankCandidates(vacancy, { limit: 60 }).items.map((item) => {
    const at = position.get(item.seekerId) as number;
    const person = population[at] as Person;
    return {
      person,
      view: toCandidateView(
        {
          code: `K-${String(at).padStart(6, '2')}`,
          rank: item.rank,
          explanation: index.explain(person.id, vacancy) as NonNullable<ReturnType<MatchingIndex['explain']>>,
          profile: sharedProfileOf(person, at),
          segment: person.segment,
          fullName: `${person.name.given} ${person.name.family}`,
        },
        codeLabels,
      ),
    };
  });
}

/** What the generator wrote that must not reach an employer: names, pronouns, age, origin, birth year. */
function tellTales(person: Person): RegExp[] {
  const words = [
    person.name.given,
    ...person.name.family.split(' ').filter((part) => part.length > 2),
    'ze',
    'zij',
    'hij',
    'hem',
    'haar',
    'zijn',
    'schoonmaakster',
    'vakman',
    'meneer',
    'mevrouw',
    `${ageOn(person.dateOfBirth, AS_OF)} jaar`,
    person.countryOfBirth,
    ADJECTIVE[person.countryOfBirth] ?? person.countryOfBirth,
    (ADJECTIVE[person.countryOfBirth] ?? person.countryOfBirth).replace(/e$/, ''),
    person.dateOfBirth.slice(0, 4),
  ];
  return words.map((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu'));
}

describe('what employers read about the 1,200 generated people', () => {
  const sample = vacancies.slice(0, 25);

  it('holds no name, pronoun, age, birth year or origin the lifecoach wrote', () => {
    let views = 0;
    let summaries = 0;
    for (const vacancy of sample) {
      for (const { person, view } of employerViews(factual, people, vacancy)) {
        const text = JSON.stringify(view);
        for (const tellTale of tellTales(person))
          expect(text, `${tellTale} in ${text}`).not.toMatch(tellTale);
        views++;
        if (view.summaryForEmployers !== null) summaries++;
      }
    }
    // Not vacuous: hundreds of candidates, most with a summary for employers shown.
    expect(views).toBeGreaterThan(500);
    expect(summaries).toBeGreaterThan(views * 0.6);
  });

  it('is identical when only the protected fields change', () => {
    for (const vacancy of sample) {
      expect(employerViews(counterfactual, counterfactuals, vacancy).map(({ view }) => view)).toEqual(
        employerViews(factual, people, vacancy).map(({ view }) => view),
      );
    }
  });

  it('does show the personal texts when they reach the view (the comparison is sensitive)', () => {
    const [vacancy] = sample;
    const [first] = employerViews(factual, people, vacancy as MatchVacancy);
    const leaked = {
      ...first?.view,
      summaryForEmployers: first && sharedProfileOf(first.person, 0).strengthsSummary,
    };
    expect(tellTales(first?.person as Person).some((tellTale) => tellTale.test(JSON.stringify(leaked)))).toBe(
      true,
    );
  });
});
