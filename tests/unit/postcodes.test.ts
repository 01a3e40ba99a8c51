import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPostcodeDirectory } from '../../src/modules/geo/postcode-files';
import {
  haversineKm,
  INVALID_POSTCODE_MESSAGE,
  type NormalisedPostcode,
  normalisePostcode,
  PostcodeDirectory,
  postcodeSchema,
  UnknownPostcodeError,
} from '../../src/modules/geo/postcodes';

const referenceDir = fileURLToPath(new URL('../../reference', import.meta.url));
const directory = loadPostcodeDirectory(referenceDir);

// Independent of the module's haversine: spherical law of cosines on degrees, same mean radius.
function lawOfCosinesKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const cosine =
    Math.sin(toRadians(a.lat)) * Math.sin(toRadians(b.lat)) +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.cos(toRadians(b.lon - a.lon));
  return 6371.0088 * Math.acos(Math.min(1, cosine));
}

describe('normalisePostcode', () => {
  const valid: [string, NormalisedPostcode][] = [
    ['3011', { pc4: '3011', full: null }],
    ['3011AB', { pc4: '3011', full: '3011 AB' }],
    ['3011 ab', { pc4: '3011', full: '3011 AB' }],
    [' 3011  AB ', { pc4: '3011', full: '3011 AB' }],
    ['3011\tAB', { pc4: '3011', full: '3011 AB' }],
    ['1000aa', { pc4: '1000', full: '1000 AA' }],
    ['9999 ZZ', { pc4: '9999', full: '9999 ZZ' }],
    ['3011 SB', { pc4: '3011', full: '3011 SB' }],
  ];
  it.each(valid)('accepts %j', (input, expected) => {
    expect(normalisePostcode(input)).toEqual(expected);
  });

  const invalid = [
    '',
    '   ',
    '0123',
    '0123 AB',
    '301',
    '30111',
    '3011A',
    '3011 ABC',
    '3011 A1',
    '3011-AB',
    '30 11 AB',
    'AB 3011',
    'abcd',
    '3011 SA',
    '3011sd',
    '3011 SS',
  ];
  it.each(invalid)('rejects %j', (input) => {
    expect(normalisePostcode(input)).toBeNull();
  });
});

describe('postcodeSchema', () => {
  it('transforms a valid postcode to its normalised form', () => {
    expect(postcodeSchema.parse(' 3011  ab ')).toEqual({ pc4: '3011', full: '3011 AB' });
  });

  it.each<unknown>(['3011 SS', '301', 3011, null])('rejects %j with a clear message', (input) => {
    const result = postcodeSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([INVALID_POSTCODE_MESSAGE]);
  });
});

describe('PostcodeDirectory distances', () => {
  // Rough straight-line values (±1 km) as a sanity check on top of the independent formula.
  const pairs: [from: string, to: string, roughKm: number][] = [
    ['3011', '3083', 3.5], // Rotterdam Centrum to Rotterdam Zuid (Charlois)
    ['3011', '3151', 25], // Centrum to Hoek van Holland, still Rotterdam
    ['1011', '3011', 57.7], // Amsterdam Centrum to Rotterdam Centrum
    ['3011', '9999', 212], // Rotterdam to Warffum (Groningen)
  ];

  it.each(pairs)('%s to %s is about %f km', (from, to, roughKm) => {
    const distance = directory.distanceKm(from, to);
    const independent = lawOfCosinesKm(directory.centroid(from), directory.centroid(to));
    expect(Math.abs(distance - independent)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(Math.abs(distance - roughKm)).toBeLessThanOrEqual(1);
    expect(Math.round(distance * 10)).toBe(distance * 10); // rounded to 0.1 km
  });

  it.each(pairs)('is symmetric for %s and %s', (from, to) => {
    expect(directory.distanceKm(to, from)).toBe(directory.distanceKm(from, to));
  });

  it.each(['3011', '1011', '9999'])('is 0 from %s to itself', (pc4) => {
    expect(directory.distanceKm(pc4, pc4)).toBe(0);
  });
});

describe('PostcodeDirectory unknown postcodes', () => {
  const unknownCalls: [name: string, call: (pc4: string) => unknown][] = [
    ['distanceKm (first)', (pc4) => directory.distanceKm(pc4, '3011')],
    ['distanceKm (second)', (pc4) => directory.distanceKm('3011', pc4)],
    ['distanceKm (both same)', (pc4) => directory.distanceKm(pc4, pc4)],
    ['centroid', (pc4) => directory.centroid(pc4)],
    ['isRotterdam', (pc4) => directory.isRotterdam(pc4)],
  ];

  it.each(unknownCalls)('%s throws UnknownPostcodeError naming the pc4', (_name, call) => {
    expect(directory.has('3090')).toBe(false);
    let thrown: unknown;
    try {
      call('3090');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnknownPostcodeError);
    expect((thrown as UnknownPostcodeError).pc4).toBe('3090');
    expect((thrown as UnknownPostcodeError).message).toContain('3090');
  });

  it('get returns undefined rather than throwing', () => {
    expect(directory.get('3090')).toBeUndefined();
    expect(directory.get('3011')?.place).toBe('Rotterdam');
  });
});

describe('PostcodeDirectory.isRotterdam', () => {
  const cases: [pc4: string, expected: boolean][] = [
    ['3011', true],
    ['3083', true],
    ['3151', true], // Hoek van Holland
    ['3181', true], // Rozenburg: the first of its duplicate source rows is kept
    ['1011', false],
    ['3111', false], // Schiedam
  ];
  it.each(cases)('%s → %s', (pc4, expected) => {
    expect(directory.isRotterdam(pc4)).toBe(expected);
  });
});

describe('PostcodeDirectory index fast path', () => {
  const sample = ['3011', '3083', '3151', '1011', '9999', '6211'];

  it('agrees with distanceKm for every pair', () => {
    const coordinates = directory.coordinates();
    for (const a of sample) {
      for (const b of sample) {
        const i = directory.indexOf(a);
        const j = directory.indexOf(b);
        expect(directory.distanceKmByIndex(i, j)).toBe(directory.distanceKm(a, b));
        const fromArray = haversineKm(
          coordinates[i * 2] as number,
          coordinates[i * 2 + 1] as number,
          coordinates[j * 2] as number,
          coordinates[j * 2 + 1] as number,
        );
        expect(Math.round(fromArray * 10) / 10).toBe(directory.distanceKm(a, b));
      }
    }
  });

  it('stores lat/lon pairs in radians at [2i, 2i + 1]', () => {
    const coordinates = directory.coordinates();
    expect(coordinates).toHaveLength(directory.size * 2);
    const index = directory.indexOf('3011');
    const { lat, lon } = directory.centroid('3011');
    expect(coordinates[index * 2]).toBeCloseTo((lat * Math.PI) / 180, 12);
    expect(coordinates[index * 2 + 1]).toBeCloseTo((lon * Math.PI) / 180, 12);
  });

  it('hands out a copy, so callers cannot corrupt distances', () => {
    const before = directory.distanceKm('3011', '1011');
    directory.coordinates().fill(0);
    expect(directory.distanceKm('3011', '1011')).toBe(before);
  });

  it('returns -1 for an unknown pc4 and rejects invalid indices', () => {
    expect(directory.indexOf('3090')).toBe(-1);
    expect(() => directory.distanceKmByIndex(-1, 0)).toThrow(RangeError);
    expect(() => directory.distanceKmByIndex(0, directory.size)).toThrow(RangeError);
    expect(() => directory.distanceKmByIndex(0.5, 0)).toThrow(RangeError);
  });
});

describe('PostcodeDirectory.fromJson', () => {
  const entry = {
    pc4: '3011',
    place: 'Rotterdam',
    municipality: 'Rotterdam',
    municipalityCode: '0599',
    lat: 51.9197,
    lon: 4.4875,
  };
  const dataset = (postcodes: unknown[]) => ({ version: 1, source: 'test', attribution: 'test', postcodes });

  it('builds a directory from valid data', () => {
    const small = PostcodeDirectory.fromJson(
      dataset([entry, { ...entry, pc4: '3083', lat: 51.8881, lon: 4.4826 }]),
    );
    expect(small.size).toBe(2);
    expect(small.distanceKm('3011', '3083')).toBe(directory.distanceKm('3011', '3083'));
  });

  const invalid: [name: string, raw: unknown][] = [
    ['not an object', 'pc4'],
    ['wrong version', { ...dataset([entry]), version: 2 }],
    ['no postcodes', dataset([])],
    ['duplicate pc4', dataset([entry, entry])],
    ['swapped lat/lon', dataset([{ ...entry, lat: entry.lon, lon: entry.lat }])],
    ['malformed pc4', dataset([{ ...entry, pc4: '0301' }])],
  ];
  it.each(invalid)('rejects %s', (_name, raw) => {
    expect(() => PostcodeDirectory.fromJson(raw)).toThrow();
  });
});
