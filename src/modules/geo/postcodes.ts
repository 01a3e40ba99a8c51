import { z } from 'zod';

// Pure module (no fs): the same code runs in Node and in a Cloudflare worker.

export interface NormalisedPostcode {
  /** The 4-digit area code, e.g. '3011'. */
  pc4: string;
  /** Full postcode in PostNL notation ('3011 AB'), or null when only the 4 digits were given. */
  full: string | null;
}

// PostNL never issues the letter pairs SA, SD and SS (their wartime connotations).
const EXCLUDED_LETTER_PAIRS = new Set(['SA', 'SD', 'SS']);
const POSTCODE_PATTERN = /^([1-9]\d{3})\s*([A-Z]{2})?$/;
const PC4_PATTERN = /^[1-9]\d{3}$/;

export function normalisePostcode(input: string): NormalisedPostcode | null {
  const match = POSTCODE_PATTERN.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [, pc4, letters] = match;
  if (pc4 === undefined) return null;
  if (letters === undefined) return { pc4, full: null };
  if (EXCLUDED_LETTER_PAIRS.has(letters)) return null;
  return { pc4, full: `${pc4} ${letters}` };
}

export const INVALID_POSTCODE_MESSAGE =
  'Ongeldige postcode: gebruik 4 cijfers, eventueel met 2 letters (3011 AB) / ' +
  'Invalid postcode: use 4 digits, optionally followed by 2 letters (3011 AB)';

export const postcodeSchema = z
  .string({ error: INVALID_POSTCODE_MESSAGE })
  .transform((input, ctx): NormalisedPostcode => {
    const normalised = normalisePostcode(input);
    if (normalised) return normalised;
    ctx.addIssue({ code: 'custom', message: INVALID_POSTCODE_MESSAGE, input });
    return z.NEVER;
  });

// Generous bounding box of the European Netherlands: catches swapped lat/lon or a wrong
// source file, which would otherwise yield plausible-looking but wrong distances.
const NL_LATITUDE = { min: 50.5, max: 53.7 };
const NL_LONGITUDE = { min: 3.2, max: 7.3 };

export const postcodeEntrySchema = z.object({
  pc4: z.string().regex(PC4_PATTERN),
  place: z.string().min(1),
  municipality: z.string().min(1),
  municipalityCode: z.string().regex(/^\d{4}$/),
  lat: z.number().min(NL_LATITUDE.min).max(NL_LATITUDE.max),
  lon: z.number().min(NL_LONGITUDE.min).max(NL_LONGITUDE.max),
});

export const postcodeDatasetSchema = z.object({
  version: z.literal(1),
  source: z.string().min(1),
  attribution: z.string().min(1),
  postcodes: z
    .array(postcodeEntrySchema)
    .min(1)
    .superRefine((postcodes, ctx) => {
      // A pc4 must map to one index, or the fast path and the lookups could disagree.
      const seen = new Set<string>();
      postcodes.forEach(({ pc4 }, index) => {
        if (seen.has(pc4)) ctx.addIssue({ code: 'custom', message: `Duplicate pc4 ${pc4}`, path: [index] });
        seen.add(pc4);
      });
    }),
});

export type PostcodeEntry = z.infer<typeof postcodeEntrySchema>;
export type PostcodeDataset = z.infer<typeof postcodeDatasetSchema>;

export interface Centroid {
  lat: number;
  lon: number;
}

export const ROTTERDAM_MUNICIPALITY_CODE = '0599';
/** Mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;
const RADIANS_PER_DEGREE = Math.PI / 180;

export class UnknownPostcodeError extends Error {
  override readonly name = 'UnknownPostcodeError';

  constructor(readonly pc4: string) {
    // The reference data is a 2017 snapshot: newer postcodes are missing, not invalid.
    super(`Unknown postcode ${pc4}: not in the PC4 reference data (GeoNames, 2017)`);
  }
}

/** Great-circle distance in km between two points given in radians; unrounded. */
export function haversineKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const sinHalfDeltaLat = Math.sin((latB - latA) / 2);
  const sinHalfDeltaLon = Math.sin((lonB - lonA) / 2);
  const a =
    sinHalfDeltaLat * sinHalfDeltaLat + Math.cos(latA) * Math.cos(latB) * sinHalfDeltaLon * sinHalfDeltaLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

// Centroids are only accurate to about a kilometre, so more precision would be false precision.
function roundToTenth(km: number): number {
  return Math.round(km * 10) / 10;
}

export class PostcodeDirectory {
  readonly source: string;
  readonly attribution: string;
  private readonly entries: readonly PostcodeEntry[];
  private readonly indexByPc4: ReadonlyMap<string, number>;
  /** [lat0, lon0, lat1, lon1, ...] in radians, in the order of `entries`. */
  private readonly radians: Float64Array;

  private constructor(dataset: PostcodeDataset) {
    this.source = dataset.source;
    this.attribution = dataset.attribution;
    this.entries = dataset.postcodes;
    this.indexByPc4 = new Map(dataset.postcodes.map((entry, index) => [entry.pc4, index]));
    this.radians = new Float64Array(dataset.postcodes.length * 2);
    dataset.postcodes.forEach((entry, index) => {
      this.radians[index * 2] = entry.lat * RADIANS_PER_DEGREE;
      this.radians[index * 2 + 1] = entry.lon * RADIANS_PER_DEGREE;
    });
  }

  /** Validates the parsed contents of reference/geo/pc4.v1.json; throws a ZodError when malformed. */
  static fromJson(raw: unknown): PostcodeDirectory {
    return new PostcodeDirectory(postcodeDatasetSchema.parse(raw));
  }

  get size(): number {
    return this.entries.length;
  }

  has(pc4: string): boolean {
    return this.indexByPc4.has(pc4);
  }

  get(pc4: string): PostcodeEntry | undefined {
    const index = this.indexByPc4.get(pc4);
    return index === undefined ? undefined : this.entries[index];
  }

  /** Centroid in degrees. Throws UnknownPostcodeError for a pc4 missing from the data. */
  centroid(pc4: string): Centroid {
    const { lat, lon } = this.require(pc4);
    return { lat, lon };
  }

  /** Straight-line distance between PC4 centroids, rounded to 0.1 km. Throws UnknownPostcodeError. */
  distanceKm(a: string, b: string): number {
    return this.distanceKmByIndex(this.requireIndex(a), this.requireIndex(b));
  }

  /** Throws UnknownPostcodeError: an unknown pc4 may well lie in Rotterdam (post-2017 postcodes). */
  isRotterdam(pc4: string): boolean {
    return this.require(pc4).municipalityCode === ROTTERDAM_MUNICIPALITY_CODE;
  }

  /** Position of the pc4 in the fast-path arrays, or -1 when unknown (like Array.prototype.indexOf). */
  indexOf(pc4: string): number {
    return this.indexByPc4.get(pc4) ?? -1;
  }

  /**
   * Copy of the centroids as [lat, lon] pairs in radians: index i is at [2i, 2i + 1].
   * A copy so callers cannot corrupt the directory; fetch it once, outside the hot loop.
   */
  coordinates(): Float64Array {
    return this.radians.slice();
  }

  /** Same result as distanceKm, for indices from indexOf. Throws RangeError for an invalid index (e.g. -1). */
  distanceKmByIndex(i: number, j: number): number {
    this.assertIndex(i);
    this.assertIndex(j);
    const radians = this.radians;
    // Indices are checked above, so these reads are in bounds.
    return roundToTenth(
      haversineKm(
        radians[i * 2] as number,
        radians[i * 2 + 1] as number,
        radians[j * 2] as number,
        radians[j * 2 + 1] as number,
      ),
    );
  }

  private require(pc4: string): PostcodeEntry {
    const entry = this.get(pc4);
    if (!entry) throw new UnknownPostcodeError(pc4);
    return entry;
  }

  private requireIndex(pc4: string): number {
    const index = this.indexByPc4.get(pc4);
    if (index === undefined) throw new UnknownPostcodeError(pc4);
    return index;
  }

  private assertIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.entries.length) {
      throw new RangeError(`Postcode index ${index} is out of range 0..${this.entries.length - 1}`);
    }
  }
}
