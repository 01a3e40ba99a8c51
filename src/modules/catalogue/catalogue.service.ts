import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import type { Page } from '../../http/pagination';
import { validationError } from '../../http/problem';
import { type Catalogue, type Occupation, sectorCodeOf } from './catalogue';
import type {
  CompetenceCatalogueView,
  OccupationView,
  SearchOccupationsQuery,
  SectorListView,
} from './catalogue.schemas';

// Reference data, no personal data: readable by every signed-in role (employers use it for vacancies).

/** Competence groups with their competences, Dutch labels and level descriptors. */
export function describeCompetences(ctx: RequestContext, catalogue: Catalogue): CompetenceCatalogueView {
  assertCan(ctx.actor, Permission.ReadCatalogue);
  return {
    version: catalogue.version,
    attribution: catalogue.attribution,
    scale: { min: 0, max: 4 },
    groups: catalogue.groups.map((group) => ({
      code: group.code,
      kind: group.kind,
      labelNl: group.labelNl,
      labelEn: group.labelEn,
      escoUri: group.escoUri,
      competences: catalogue.competences
        .filter((competence) => competence.group.code === group.code)
        .map(({ code, kind, labelNl, labelEn, escoUri, levels }) => ({
          code,
          kind,
          labelNl,
          labelEn,
          escoUri,
          levels,
        })),
    })),
  };
}

export function listSectors(ctx: RequestContext, catalogue: Catalogue): SectorListView {
  assertCan(ctx.actor, Permission.ReadCatalogue);
  return {
    items: catalogue.sectors.map(({ iscoCode, level, labelNl, labelEn }) => ({
      iscoCode,
      level,
      labelNl,
      labelEn,
    })),
  };
}

/** Lower case, accents removed, so 'cafe' finds 'café'. */
const searchKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

type IndexedOccupation = { occupation: Occupation; key: string; words: string[] };

const indexes = new WeakMap<Catalogue, IndexedOccupation[]>();

function occupationIndex(catalogue: Catalogue): IndexedOccupation[] {
  let index = indexes.get(catalogue);
  if (!index) {
    const collator = new Intl.Collator('nl');
    index = [...catalogue.occupations]
      .sort((a, b) => collator.compare(a.labelNl, b.labelNl) || (a.code < b.code ? -1 : 1))
      .map((occupation) => {
        const key = searchKey(occupation.labelNl);
        return { occupation, key, words: key.split(/[^\p{L}\p{N}]+/u).filter(Boolean) };
      });
    indexes.set(catalogue, index);
  }
  return index;
}

/** 0: the name starts with the query; 1: a word starts with it; 2: it occurs somewhere; null: no match. */
function rank(entry: IndexedOccupation, query: string): number | null {
  if (entry.occupation.code.startsWith(query) || entry.key.startsWith(query)) return 0;
  const terms = query.split(/\s+/).filter(Boolean);
  if (!terms.every((term) => entry.key.includes(term))) return null;
  return terms.every((term) => entry.words.some((word) => word.startsWith(term))) ? 1 : 2;
}

const toOccupationView = (occupation: Occupation): OccupationView => ({
  code: occupation.code,
  labelNl: occupation.labelNl,
  escoUri: occupation.escoUri,
  iscoGroup: occupation.iscoGroup,
  sectorCode: sectorCodeOf(occupation),
});

// The list is fixed reference data, so a position in the ranked result is a stable cursor.
const encodeCursor = (offset: number, query: string) =>
  btoa(encodeURIComponent(JSON.stringify({ o: offset, q: query })))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '');

function decodeCursor(cursor: string, query: string): number {
  try {
    const json = decodeURIComponent(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')));
    const decoded = JSON.parse(json) as { o?: unknown; q?: unknown };
    if (
      typeof decoded.o === 'number' &&
      Number.isInteger(decoded.o) &&
      decoded.o > 0 &&
      decoded.q === query
    ) {
      return decoded.o;
    }
  } catch {
    // Not one of ours: answered below.
  }
  throw validationError([{ path: ['cursor'], message: 'This cursor is not valid for this list.' }]);
}

/** Occupations by Dutch name, best matches first (then alphabetical), in pages. */
export function searchOccupations(
  ctx: RequestContext,
  catalogue: Catalogue,
  query: SearchOccupationsQuery,
): Page<OccupationView> {
  assertCan(ctx.actor, Permission.ReadCatalogue);
  const q = query.q ? searchKey(query.q) : '';
  const index = occupationIndex(catalogue);
  const matches = q
    ? index
        .map((entry) => ({ entry, rank: rank(entry, q) }))
        .filter((match): match is { entry: IndexedOccupation; rank: number } => match.rank !== null)
        .sort((a, b) => a.rank - b.rank)
        .map((match) => match.entry)
    : index;
  const offset = query.cursor ? decodeCursor(query.cursor, q) : 0;
  const end = offset + query.limit;
  return {
    items: matches.slice(offset, end).map((entry) => toOccupationView(entry.occupation)),
    nextCursor: end < matches.length ? encodeCursor(end, q) : null,
  };
}
