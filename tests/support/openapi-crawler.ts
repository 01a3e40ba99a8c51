import type { TestApp } from './test-app';

// A crawler over every GET route of the API, built from /openapi.json, so a new route is crawled
// without anyone listing it. Path parameters are filled with values found in earlier responses:
// `{id}` with the ids of the nearest list above it (`/api/vacancies` for `/api/vacancies/{id}`),
// a named parameter (`{vacancyId}`, `{code}`, …) with every value of that key seen so far, plus
// values given as seeds (for example what another user could see: guessed ids).

export type CrawledResponse = {
  /** The route as documented, e.g. /api/placements/{id}. */
  route: string;
  url: string;
  status: number;
  text: string;
  json: unknown;
};

export type Pools = Map<string, Set<string>>;

type Operation = { route: string; params: string[]; pageable: boolean };

const MAX_VALUES_PER_PARAM = 60;
const MAX_PAGES = 10;

/** Every GET operation under /api, parents before children. */
export async function getOperations(t: TestApp): Promise<Operation[]> {
  const document = (await (await t.app.request('/openapi.json')).json()) as {
    paths: Record<string, { get?: { parameters?: { in: string; name: string }[] } }>;
  };
  return Object.entries(document.paths)
    .filter(([route, item]) => route.startsWith('/api/') && item.get)
    .map(([route, item]) => ({
      route,
      params: [...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
      pageable: (item.get?.parameters ?? []).some((p) => p.in === 'query' && p.name === 'limit'),
    }))
    .sort(
      (a, b) => a.params.length - b.params.length || a.route.split('/').length - b.route.split('/').length,
    );
}

/** `/api/job-seekers` → `jobSeekerId`: the key under which other responses name one of its items. */
function collectionKey(collection: string): string {
  const singular = collection.endsWith('ies')
    ? `${collection.slice(0, -3)}y`
    : collection.endsWith('s')
      ? collection.slice(0, -1)
      : collection;
  return `${singular.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Id`;
}

/**
 * The keys whose values can fill a parameter of this name, most telling first: values are capped per
 * parameter, and a candidate list also names many competence `code`s that must not crowd out its
 * candidate codes.
 */
const keysFor = (param: string): string[] => (param === 'code' ? ['candidateCode', 'code'] : [param]);

function add(pools: Pools, key: string, value: unknown) {
  if (typeof value !== 'string' && typeof value !== 'number') return;
  const set = pools.get(key) ?? new Set<string>();
  set.add(String(value));
  pools.set(key, set);
}

/** Every value of every key, anywhere in a response; list items' ids also under their collection's key. */
function harvest(pools: Pools, json: unknown, listKey: string | null) {
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        add(pools, key, value);
        walk(value);
      }
    }
  };
  walk(json);
  if (listKey && json && typeof json === 'object') {
    const items = (json as { items?: unknown }).items;
    const single = (json as { id?: unknown }).id;
    if (Array.isArray(items)) for (const item of items) add(pools, listKey, (item as { id?: unknown })?.id);
    else if (single !== undefined) add(pools, listKey, single);
  }
}

/**
 * Crawls every GET route as the holder of `token`. Lists are followed page by page; each templated
 * route is called with every combination of the values found for its parameters (bounded).
 */
export async function crawl(t: TestApp, token: string, seeds: Pools = new Map()): Promise<CrawledResponse[]> {
  const operations = await getOperations(t);
  const responses: CrawledResponse[] = [];
  /** Every value seen, by key. */
  const pools: Pools = new Map();
  /** Per concrete path (no query): the values seen in its responses, by key. */
  const pathPools = new Map<string, Pools>();
  /** Per concrete path (no query): the ids of its list items (or its own id). */
  const listIds = new Map<string, Set<string>>();

  const fetch = async (route: string, path: string, pageable: boolean) => {
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query = new URLSearchParams();
      if (pageable) query.set('limit', '100');
      if (cursor) query.set('cursor', cursor);
      const url = query.size > 0 ? `${path}?${query}` : path;
      const res = await t.request('GET', url, { token });
      responses.push({ route, url, status: res.status, text: res.text, json: res.json });
      cursor = null;
      if (res.status !== 200) break;
      const listKey = route.endsWith('}') ? null : collectionKey(path.split('/').at(-1) as string);
      harvest(pools, res.json, listKey);
      const local = pathPools.get(path) ?? new Map();
      harvest(local, res.json, listKey);
      pathPools.set(path, local);
      const ids = listIds.get(path) ?? new Set<string>();
      const json = res.json as { items?: { id?: unknown }[]; id?: unknown; nextCursor?: string | null };
      if (Array.isArray(json?.items)) {
        for (const item of json.items) if (typeof item?.id === 'string') ids.add(item.id);
      } else if (typeof json?.id === 'string') ids.add(json.id);
      listIds.set(path, ids);
      cursor = typeof json?.nextCursor === 'string' ? json.nextCursor : null;
      pages++;
    } while (cursor && pages < MAX_PAGES);
  };

  /**
   * `{id}`: the ids of the list right above it, every id seen under its collection's key, and the
   * seeds. Another parameter: the values of its key in the nearest response above it that has any
   * (the candidate codes of this vacancy's list, the versions of the instrument), otherwise every
   * value of that key seen so far and the seeds.
   */
  const valuesFor = (param: string, concretePrefix: string): string[] => {
    const found = new Set<string>();
    if (param === 'id') {
      const key = collectionKey(concretePrefix.split('/').at(-1) as string);
      for (const source of [listIds.get(concretePrefix), pools.get(key), seeds.get(key)])
        for (const id of source ?? []) found.add(id);
      return [...found].slice(0, MAX_VALUES_PER_PARAM);
    }
    const keys = keysFor(param);
    for (
      let path = concretePrefix;
      path.length > '/api'.length;
      path = path.slice(0, path.lastIndexOf('/'))
    ) {
      const local = pathPools.get(path);
      for (const key of keys) for (const value of local?.get(key) ?? []) found.add(value);
      if (found.size > 0) return [...found].slice(0, MAX_VALUES_PER_PARAM);
    }
    for (const key of keys)
      for (const source of [pools.get(key), seeds.get(key)])
        for (const value of source ?? []) found.add(value);
    return [...found].slice(0, MAX_VALUES_PER_PARAM);
  };

  for (const operation of operations) {
    let paths = [''];
    for (const segment of operation.route.split('/').slice(1)) {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      paths = param
        ? paths.flatMap((prefix) =>
            valuesFor(param, prefix).map((value) => `${prefix}/${encodeURIComponent(value)}`),
          )
        : paths.map((prefix) => `${prefix}/${segment}`);
    }
    for (const path of paths) await fetch(operation.route, path, operation.pageable);
  }
  return responses;
}

/** What a crawl found, as seeds for another user's crawl: the ids and codes they could guess. */
export function poolsOf(responses: readonly CrawledResponse[]): Pools {
  const pools: Pools = new Map();
  for (const res of responses) {
    if (res.status !== 200) continue;
    const path = res.url.split('?')[0] as string;
    harvest(
      pools,
      res.json,
      res.route.endsWith('}') ? null : collectionKey(path.split('/').at(-1) as string),
    );
  }
  return pools;
}
