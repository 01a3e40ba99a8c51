import type { CompetenceInfo } from '../src/modules/matching/engine/context';
import { LEGAL_QUALIFICATIONS } from '../src/modules/matching/engine/legal-requirements';
import type {
  CompetenceRequirement,
  ContractKind,
  ContractType,
  LegalRequirement,
  MatchSeeker,
  MatchVacancy,
  RequirementTier,
  Segment,
  WorkingTime,
} from '../src/modules/matching/engine/types';

// Seeded synthetic job seekers and vacancies for the matching bench and the engine's tests.
// Pure: the same seed gives the same data on every machine. Not used by the service.

export const GEDRAG_ITEM_IDS = [
  'afsprakenNakomen',
  'opTijdKomen',
  'feedbackAannemen',
  'samenwerken',
  'omHulpVragen',
  'regelsVolgen',
  'leerbaarheid',
] as const;

/** mulberry32: small, fast, good enough for test data; not for anything secret. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Whole number in min..max inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const result: T[] = [];
    while (result.length < count && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      result.push(pool[index] as T);
      pool[index] = pool[pool.length - 1] as T;
      pool.pop();
    }
    return result;
  }

  /** An item chosen with the given relative weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }
}

/** FNV-1a of the id: a separate random stream per person or vacancy for the passend werk fields. */
function streamOf(id: string): SeededRandom {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return new SeededRandom(hash ^ 0x5eed);
}

function chosen<T>(random: SeededRandom, entries: readonly (readonly [T, number])[]): T[] {
  const result = entries.filter(([, probability]) => random.chance(probability)).map(([item]) => item);
  return result.length ? result : [(entries[0] as readonly [T, number])[0]];
}

const CONTRACT_WISHES: readonly (readonly [ContractKind, number])[] = [
  ['vast', 0.85],
  ['tijdelijk', 0.8],
  ['uitzendwerk', 0.45],
  ['leerwerkbaan', 0.35],
  ['oproepcontract', 0.2],
];
const TIMES_PEOPLE_CAN: readonly (readonly [WorkingTime, number])[] = [
  ['overdag', 0.9],
  ['avond', 0.4],
  ['nacht', 0.15],
  ['weekend', 0.35],
];
const TIMES_OF_WORK: readonly (readonly [WorkingTime, number])[] = [
  ['overdag', 0.85],
  ['avond', 0.3],
  ['nacht', 0.1],
  ['weekend', 0.25],
];
const CONTRACT_KINDS_OF_WORK: readonly (readonly [ContractKind | null, number])[] = [
  ['vast', 30],
  ['tijdelijk', 35],
  ['uitzendwerk', 15],
  ['oproepcontract', 10],
  [null, 10],
];

/**
 * The passend werk fields of a synthetic person, drawn from their own stream so that every other
 * field stays exactly what it was before these fields existed.
 */
function passendWerkWishes(id: string, segment: Segment | null) {
  const random = streamOf(id);
  return {
    contractWishes: random.chance(0.95) ? chosen(random, CONTRACT_WISHES) : null,
    workingTimes: random.chance(0.7) ? chosen(random, TIMES_PEOPLE_CAN) : null,
    inLearnWorkTrajectory: segment === 'LATER' && random.chance(0.3),
  };
}

function passendWerkTerms(id: string, contractType: ContractType) {
  const random = streamOf(id);
  const paidChance = { EMPLOYMENT: 1, SELF_EMPLOYED: 1, LEARN_WORK: 0.8, INTERNSHIP: 0.4 }[contractType];
  return {
    contractKind: contractType === 'LEARN_WORK' ? 'leerwerkbaan' : random.weighted(CONTRACT_KINDS_OF_WORK),
    workingTimes: random.chance(0.8) ? chosen(random, TIMES_OF_WORK) : null,
    terms: {
      paid: random.chance(paidChance),
      permanentProspect: random.chance(0.5),
      underCao: random.chance(0.6),
      payIndicated: random.chance(0.7),
    },
  } as const;
}

export interface SyntheticWorld {
  competences: readonly CompetenceInfo[];
  /** Postcodes most people and vacancies are in (the Rotterdam region). */
  nearbyPc4s: readonly string[];
  /** Every postcode, for the few who live or work further away. */
  allPc4s: readonly string[];
  occupationCodes: readonly string[];
}

const SEGMENTS: readonly (readonly [Segment | null, number])[] = [
  ['READY', 50],
  ['LATER', 25],
  ['NOT_NOW', 15],
  [null, 10],
];
const LEVELS: readonly (readonly [number, number])[] = [
  [0, 10],
  [1, 20],
  [2, 30],
  [3, 28],
  [4, 12],
];

export function syntheticSeeker(random: SeededRandom, world: SyntheticWorld, id: string): MatchSeeker {
  const competenceLevels: Record<string, number> = {};
  for (const competence of world.competences) {
    // Everyone is scored on language; each other competence for about a third of people.
    if (competence.kind === 'language' || random.chance(0.35))
      competenceLevels[competence.code] = random.weighted(LEVELS);
  }
  const behaviourScores: Record<string, number> = {};
  for (const item of GEDRAG_ITEM_IDS) {
    if (random.chance(0.95)) behaviourScores[item] = random.int(1, 5);
  }
  const hoursMin = random.pick([0, 8, 12, 16, 20, 24, 32]);
  const noWishes = random.chance(0.1);
  const segment = random.weighted(SEGMENTS);
  return {
    id,
    segment,
    matchingConsent: random.chance(0.9),
    placed: random.chance(0.05),
    pc4: random.chance(0.85) ? random.pick(world.nearbyPc4s) : random.pick(world.allPc4s),
    maxTravelKm: random.pick([3, 5, 8, 10, 15, 20, 25, 30, 40, 60]),
    wantedHours: { min: hoursMin, max: Math.min(40, hoursMin + random.pick([0, 4, 8, 12, 16])) },
    competenceLevels,
    interests: {
      occupations: noWishes ? [] : random.sample(world.occupationCodes, random.int(0, 3)),
      sectors: noWishes
        ? []
        : random.sample(['91', '93', '51', '52', '53', '83', '96', '75', '94', '9', '5'], random.int(0, 2)),
    },
    behaviourScores,
    legalQualifications: LEGAL_QUALIFICATIONS.filter(() => random.chance(0.08)),
    ageYears: random.chance(0.05) ? null : random.int(18, 66),
    ...passendWerkWishes(id, segment),
  };
}

const CONTRACTS: readonly (readonly [ContractType, number])[] = [
  ['EMPLOYMENT', 60],
  ['LEARN_WORK', 25],
  ['INTERNSHIP', 10],
  ['SELF_EMPLOYED', 5],
];

export function syntheticVacancy(random: SeededRandom, world: SyntheticWorld, id: string): MatchVacancy {
  const competences = random.sample(world.competences, random.int(4, 12));
  const essentialCount = random.int(1, Math.min(4, competences.length));
  const requirements: CompetenceRequirement[] = competences.map((competence, index) => {
    const tier: RequirementTier =
      index < essentialCount ? 'ESSENTIAL' : random.chance(0.5) ? 'IMPORTANT' : 'NICE_TO_HAVE';
    return { competenceCode: competence.code, level: random.weighted(LEVELS.slice(1)), tier };
  });
  const legalRequirements: LegalRequirement[] = [];
  if (random.chance(0.15)) legalRequirements.push({ code: random.pick(LEGAL_QUALIFICATIONS) });
  if (random.chance(0.1)) legalRequirements.push({ minimumAge: random.chance(0.8) ? 18 : 21 });
  const hoursMin = random.pick([8, 12, 16, 20, 24, 32]);
  const occupationCode = random.chance(0.85) ? random.pick(world.occupationCodes) : null;
  const contractType = random.weighted(CONTRACTS);
  return {
    id,
    contractType,
    occupationCode,
    sectorCode: occupationCode === null && random.chance(0.5) ? random.pick(['91', '93', '52', '83']) : null,
    pc4: random.chance(0.9) ? random.pick(world.nearbyPc4s) : random.pick(world.allPc4s),
    hours: { min: hoursMin, max: Math.min(40, hoursMin + random.pick([0, 4, 8, 16])) },
    gradualBuildUp: random.chance(0.4),
    requirements,
    legalRequirements,
    behaviours: random.sample(GEDRAG_ITEM_IDS, random.int(0, 3)),
    ...passendWerkTerms(id, contractType),
  };
}

/** Ids with a fixed width, so their string order is their numeric order. */
export function syntheticId(prefix: string, index: number): string {
  return `${prefix}-${String(index).padStart(6, '0')}`;
}

export function syntheticSeekers(random: SeededRandom, world: SyntheticWorld, count: number): MatchSeeker[] {
  return Array.from({ length: count }, (_, index) =>
    syntheticSeeker(random, world, syntheticId('js', index)),
  );
}

export function syntheticVacancies(
  random: SeededRandom,
  world: SyntheticWorld,
  count: number,
): MatchVacancy[] {
  return Array.from({ length: count }, (_, index) =>
    syntheticVacancy(random, world, syntheticId('vac', index)),
  );
}
