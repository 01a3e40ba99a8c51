import type { PostcodeDirectory } from '../../geo/postcodes';
import { INTEREST_NO_PREFERENCE, INTEREST_NONE, sectorKeysOf } from './compiled-vacancy';
import type { CompetenceDirectory } from './context';
import {
  heldQualificationMask,
  LEGAL_QUALIFICATIONS,
  type LegalQualificationCode,
} from './legal-requirements';
import { contractKindMask, workingTimeMask } from './passend-werk';
import { assertValidSeeker } from './seeker-checks';
import { SEGMENT_BY_CODE, segmentCode } from './segments';
import { CONTRACT_KINDS, type MatchSeeker, WORKING_TIMES } from './types';

// Column store of every matchable person: one typed array per attribute, one slot per person.
// Slots are dense (0..size-1): removing a person moves the last one into the hole, so a kernel
// scans a contiguous range and upsert/remove cost O(catalogue size), not O(people).
//
// Levels are one Uint8Array per competence (column-major), because a vacancy reads a handful of
// competences for everyone: each requirement is one sequential sweep over one column.

export const FLAG_MATCHING_CONSENT = 1;
export const FLAG_PLACED = 2;
export const FLAG_LEARN_WORK_TRAJECTORY = 4;
/** Stored behaviour byte for "not assessed"; assessed scores are 1..5. */
export const BEHAVIOUR_NOT_ASSESSED = 0;

type Column = Uint8Array | Int32Array | Float64Array;

function grown<T extends Column>(column: T, capacity: number): T {
  const next = new (column.constructor as new (length: number) => T)(capacity);
  next.set(column);
  return next;
}

function addToSetIndex(index: Map<string, Set<number>>, key: string, slot: number): void {
  let slots = index.get(key);
  if (!slots) {
    slots = new Set();
    index.set(key, slots);
  }
  slots.add(slot);
}

function removeFromSetIndex(index: Map<string, Set<number>>, key: string, slot: number): void {
  const slots = index.get(key);
  if (!slots) return;
  slots.delete(slot);
  if (slots.size === 0) index.delete(key);
}

export class SeekerStore {
  size = 0;
  capacity: number;
  readonly ids: string[] = [];
  private readonly slotById = new Map<string, number>();
  segment: Uint8Array;
  flags: Uint8Array;
  /** Index into the postcode directory; -1 when the pc4 is unknown. */
  pc4Index: Int32Array;
  maxTravelKm: Float64Array;
  hoursMin: Float64Array;
  hoursMax: Float64Array;
  /** Held legal qualifications, including the ones they include. */
  qualifications: Int32Array;
  /** NaN when unknown. */
  ageYears: Float64Array;
  /** INTEREST_NONE, or INTEREST_NO_PREFERENCE for someone who stated no wishes. */
  interestBase: Uint8Array;
  /** Accepted contract kinds as a bitmask (passend-werk.ts); 0 when not asked. */
  contractWishes: Uint8Array;
  /** Working times the person can do as a bitmask; 0 when not asked. */
  workingTimes: Uint8Array;
  /** levels[column][slot] in the catalogue's column order. */
  levels: Uint8Array[];
  /** Score 1..5 per gedrag item id, 0 when not assessed; a column appears with its first score. */
  readonly behaviours = new Map<string, Uint8Array>();
  /** The postcode as given, also when unknown, so an explanation can show it. */
  private readonly pc4BySlot: string[] = [];
  private readonly occupationsBySlot: (readonly string[])[] = [];
  private readonly sectorsBySlot: (readonly string[])[] = [];
  /** Inverted indexes for the interest component: code → slots. */
  readonly slotsByOccupation = new Map<string, Set<number>>();
  readonly slotsBySectorKey = new Map<string, Set<number>>();

  constructor(
    private readonly competences: CompetenceDirectory,
    private readonly postcodes: PostcodeDirectory,
    initialCapacity = 1024,
  ) {
    const capacity = Math.max(16, initialCapacity);
    this.capacity = capacity;
    this.segment = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.pc4Index = new Int32Array(capacity);
    this.maxTravelKm = new Float64Array(capacity);
    this.hoursMin = new Float64Array(capacity);
    this.hoursMax = new Float64Array(capacity);
    this.qualifications = new Int32Array(capacity);
    this.ageYears = new Float64Array(capacity);
    this.interestBase = new Uint8Array(capacity);
    this.contractWishes = new Uint8Array(capacity);
    this.workingTimes = new Uint8Array(capacity);
    this.levels = competences.codes.map(() => new Uint8Array(capacity));
  }

  slotOf(id: string): number | undefined {
    return this.slotById.get(id);
  }

  /** Adds or replaces a person; throws InvalidSeekerError and leaves the store unchanged. */
  upsert(seeker: MatchSeeker): void {
    assertValidSeeker(seeker);
    let slot = this.slotById.get(seeker.id);
    if (slot === undefined) {
      if (this.size === this.capacity) this.grow(this.capacity * 2);
      slot = this.size++;
      this.ids[slot] = seeker.id;
      this.slotById.set(seeker.id, slot);
    } else {
      this.unindexInterests(slot);
    }
    this.write(slot, seeker);
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.unindexInterests(slot);
    this.slotById.delete(id);
    const last = this.size - 1;
    if (slot !== last) this.move(last, slot);
    this.ids.length = last;
    this.pc4BySlot.length = last;
    this.occupationsBySlot.length = last;
    this.sectorsBySlot.length = last;
    this.size = last;
    return true;
  }

  /** The person as the engine sees them (qualifications include the ones they imply). */
  seekerAt(slot: number): MatchSeeker {
    const competenceLevels: Record<string, number> = {};
    this.competences.codes.forEach((code, column) => {
      const level = this.levels[column]?.[slot] ?? 0;
      if (level > 0) competenceLevels[code] = level;
    });
    const behaviourScores: Record<string, number> = {};
    for (const [item, column] of this.behaviours) {
      const score = column[slot] ?? BEHAVIOUR_NOT_ASSESSED;
      if (score !== BEHAVIOUR_NOT_ASSESSED) behaviourScores[item] = score;
    }
    const held = this.qualifications[slot] ?? 0;
    const age = this.ageYears[slot] ?? Number.NaN;
    const wishes = this.contractWishes[slot] ?? 0;
    const times = this.workingTimes[slot] ?? 0;
    return {
      id: this.ids[slot] as string,
      segment: SEGMENT_BY_CODE[this.segment[slot] ?? 0] ?? null,
      matchingConsent: ((this.flags[slot] ?? 0) & FLAG_MATCHING_CONSENT) !== 0,
      placed: ((this.flags[slot] ?? 0) & FLAG_PLACED) !== 0,
      pc4: this.pc4BySlot[slot] as string,
      maxTravelKm: this.maxTravelKm[slot] ?? 0,
      wantedHours: { min: this.hoursMin[slot] ?? 0, max: this.hoursMax[slot] ?? 0 },
      competenceLevels,
      interests: { occupations: this.occupationsBySlot[slot] ?? [], sectors: this.sectorsBySlot[slot] ?? [] },
      behaviourScores,
      legalQualifications: LEGAL_QUALIFICATIONS.filter(
        (_, bit) => (held & (1 << bit)) !== 0,
      ) as LegalQualificationCode[],
      ageYears: Number.isNaN(age) ? null : age,
      contractWishes: wishes === 0 ? null : CONTRACT_KINDS.filter((_, bit) => (wishes & (1 << bit)) !== 0),
      workingTimes: times === 0 ? null : WORKING_TIMES.filter((_, bit) => (times & (1 << bit)) !== 0),
      inLearnWorkTrajectory: ((this.flags[slot] ?? 0) & FLAG_LEARN_WORK_TRAJECTORY) !== 0,
    };
  }

  /** Bytes held by the typed-array columns (exact) plus an estimate for ids and interest lists. */
  memoryBytes(): { columns: number; estimatedObjects: number } {
    let columns =
      this.segment.byteLength +
      this.flags.byteLength +
      this.pc4Index.byteLength +
      this.maxTravelKm.byteLength +
      this.hoursMin.byteLength +
      this.hoursMax.byteLength +
      this.qualifications.byteLength +
      this.ageYears.byteLength +
      this.interestBase.byteLength +
      this.contractWishes.byteLength +
      this.workingTimes.byteLength;
    for (const column of this.levels) columns += column.byteLength;
    for (const column of this.behaviours.values()) columns += column.byteLength;
    // Rough V8 sizes: a short string ~ 16 + length bytes, a map or set entry ~ 30 bytes, an array slot 8.
    let estimatedObjects = 0;
    for (let slot = 0; slot < this.size; slot++) {
      const id = this.ids[slot] as string;
      estimatedObjects += 16 + id.length + 30 + 8 + 8;
      const lists = [this.occupationsBySlot[slot] ?? [], this.sectorsBySlot[slot] ?? []];
      for (const list of lists) estimatedObjects += 24 + list.length * 8;
    }
    for (const index of [this.slotsByOccupation, this.slotsBySectorKey]) {
      for (const slots of index.values()) estimatedObjects += 60 + slots.size * 30;
    }
    return { columns, estimatedObjects };
  }

  private write(slot: number, seeker: MatchSeeker): void {
    this.segment[slot] = segmentCode(seeker.segment);
    this.flags[slot] =
      (seeker.matchingConsent ? FLAG_MATCHING_CONSENT : 0) |
      (seeker.placed ? FLAG_PLACED : 0) |
      (seeker.inLearnWorkTrajectory ? FLAG_LEARN_WORK_TRAJECTORY : 0);
    this.pc4Index[slot] = this.postcodes.indexOf(seeker.pc4);
    this.pc4BySlot[slot] = seeker.pc4;
    this.maxTravelKm[slot] = seeker.maxTravelKm;
    this.hoursMin[slot] = seeker.wantedHours.min;
    this.hoursMax[slot] = seeker.wantedHours.max;
    this.qualifications[slot] = heldQualificationMask(seeker.legalQualifications);
    this.ageYears[slot] = seeker.ageYears ?? Number.NaN;
    this.contractWishes[slot] = contractKindMask(seeker.contractWishes);
    this.workingTimes[slot] = workingTimeMask(seeker.workingTimes);

    for (const column of this.levels) column[slot] = 0;
    for (const [code, level] of Object.entries(seeker.competenceLevels)) {
      const column = this.competences.indexOf(code);
      // A level for a code outside the catalogue can never be asked for, so it is not kept.
      if (column >= 0) (this.levels[column] as Uint8Array)[slot] = level;
    }
    for (const column of this.behaviours.values()) column[slot] = BEHAVIOUR_NOT_ASSESSED;
    for (const [item, score] of Object.entries(seeker.behaviourScores))
      this.behaviourColumn(item)[slot] = score;

    const { occupations, sectors } = seeker.interests;
    this.occupationsBySlot[slot] = [...occupations];
    this.sectorsBySlot[slot] = [...sectors];
    this.interestBase[slot] =
      occupations.length === 0 && sectors.length === 0 ? INTEREST_NO_PREFERENCE : INTEREST_NONE;
    this.indexInterests(slot);
  }

  private behaviourColumn(item: string): Uint8Array {
    let column = this.behaviours.get(item);
    if (!column) {
      column = new Uint8Array(this.capacity);
      this.behaviours.set(item, column);
    }
    return column;
  }

  private indexInterests(slot: number): void {
    for (const code of this.occupationsBySlot[slot] ?? []) addToSetIndex(this.slotsByOccupation, code, slot);
    for (const key of this.sectorKeysAt(slot)) addToSetIndex(this.slotsBySectorKey, key, slot);
  }

  private unindexInterests(slot: number): void {
    for (const code of this.occupationsBySlot[slot] ?? [])
      removeFromSetIndex(this.slotsByOccupation, code, slot);
    for (const key of this.sectorKeysAt(slot)) removeFromSetIndex(this.slotsBySectorKey, key, slot);
  }

  private sectorKeysAt(slot: number): string[] {
    return sectorKeysOf({
      occupations: this.occupationsBySlot[slot] ?? [],
      sectors: this.sectorsBySlot[slot] ?? [],
    });
  }

  /** Moves the person in slot `from` (the last one) to the free slot `to`. */
  private move(from: number, to: number): void {
    this.unindexInterests(from);
    const id = this.ids[from] as string;
    this.ids[to] = id;
    this.slotById.set(id, to);
    for (const column of this.fixedColumns()) column[to] = column[from] as number;
    for (const column of this.levels) column[to] = column[from] as number;
    for (const column of this.behaviours.values()) column[to] = column[from] as number;
    this.occupationsBySlot[to] = this.occupationsBySlot[from] ?? [];
    this.sectorsBySlot[to] = this.sectorsBySlot[from] ?? [];
    this.pc4BySlot[to] = this.pc4BySlot[from] as string;
    this.indexInterests(to);
  }

  private fixedColumns(): Column[] {
    return [
      this.segment,
      this.flags,
      this.pc4Index,
      this.maxTravelKm,
      this.hoursMin,
      this.hoursMax,
      this.qualifications,
      this.ageYears,
      this.interestBase,
      this.contractWishes,
      this.workingTimes,
    ];
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.segment = grown(this.segment, capacity);
    this.flags = grown(this.flags, capacity);
    this.pc4Index = grown(this.pc4Index, capacity);
    this.maxTravelKm = grown(this.maxTravelKm, capacity);
    this.hoursMin = grown(this.hoursMin, capacity);
    this.hoursMax = grown(this.hoursMax, capacity);
    this.qualifications = grown(this.qualifications, capacity);
    this.ageYears = grown(this.ageYears, capacity);
    this.interestBase = grown(this.interestBase, capacity);
    this.contractWishes = grown(this.contractWishes, capacity);
    this.workingTimes = grown(this.workingTimes, capacity);
    this.levels = this.levels.map((column) => grown(column, capacity));
    for (const [item, column] of this.behaviours) this.behaviours.set(item, grown(column, capacity));
  }
}
