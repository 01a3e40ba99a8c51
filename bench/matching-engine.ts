import { cpus, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createMatchContext, MatchingIndex } from '../src/modules/matching/engine';
import { SeededRandom, syntheticSeekers, syntheticVacancies } from './matching-synthetic-data';
import { loadSyntheticWorld } from './matching-world';

// Matching engine speed at the scale: 50,000 job seekers, 5,000 open vacancies, a
// 100-competence catalogue, real PC4 centroids. Seeded: the same data on every run.
//   npx tsx bench/matching-engine.ts                  (full run, a few minutes)
//   NODE_OPTIONS=--expose-gc npx tsx bench/matching-engine.ts   (adds the measured heap size)
// Targets: one vacancy ≤ 20 ms median; all vacancies top 50 ≤ 30 s; index build ≤ 10 s.

const SEED = 20261122;
const SEEKERS = Number(process.env.BENCH_SEEKERS ?? 50_000);
const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 5_000);
const SINGLE_RUNS = 500;
const MATRIX_SAMPLE = 64;
const PER_SEEKER_RUNS = 200;

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () => {
  gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const summary = (values: number[]) =>
  `median ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, max ${ms(Math.max(...values))} (n=${values.length})`;

const cpu = cpus();
console.log('machine');
console.log(`  cpu      ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`);
console.log(`  os       ${platform()} ${release()}, ${mb(totalmem())} RAM`);
console.log(`  node     ${process.version}${gc ? ' (--expose-gc)' : ''}`);

const world = loadSyntheticWorld(fileURLToPath(new URL('../reference', import.meta.url)), 100);
const ctx = createMatchContext({ postcodes: world.postcodes, competences: world.competences });
const random = new SeededRandom(SEED);
const seekers = syntheticSeekers(random, world, SEEKERS);
const vacancies = syntheticVacancies(random, world, VACANCIES);
console.log('data');
console.log(
  `  ${SEEKERS} job seekers, ${VACANCIES} vacancies, ${world.competences.length} competences, ` +
    `${world.nearbyPc4s.length} nearby / ${world.allPc4s.length} PC4 areas, seed ${SEED}`,
);

const heapBefore = heapUsed();
const [index, buildMs] = time(() => MatchingIndex.build(ctx, seekers));
const heapAfter = heapUsed();
const breakdown = index.memoryBreakdown();
console.log('index');
console.log(`  build    ${ms(buildMs)}`);
console.log(
  `  memory   ${mb(index.memoryBytes())} by memoryBytes() (typed-array columns ${mb(breakdown.columns)}, ` +
    `ids and interest indexes ~${mb(breakdown.estimatedObjects)})`,
);
if (gc) console.log(`  heap     ${mb(heapAfter - heapBefore)} measured (heap + array buffers, after gc)`);

// Warm up the kernels before measuring.
for (const vacancy of vacancies.slice(0, 50)) index.rankCandidates(vacancy);
index.rankAll(vacancies.slice(0, 16), 50, { kernel: 'matrix' });

const singleLoop: number[] = [];
let passing = 0;
for (const vacancy of vacancies.slice(0, SINGLE_RUNS)) {
  const [ranking, elapsed] = time(() => index.rankCandidates(vacancy, { limit: 50 }));
  singleLoop.push(elapsed);
  passing += ranking.total;
}
console.log('one vacancy against everyone (rankCandidates, top 50)');
console.log(
  `  loop     ${summary(singleLoop)}; ${Math.round(passing / SINGLE_RUNS)} pass the gates on average`,
);

const singleMatrix: number[] = [];
for (const vacancy of vacancies.slice(0, 20)) {
  singleMatrix.push(time(() => index.rankAll([vacancy], 50, { kernel: 'matrix' }))[1]);
}
console.log(`  ml-matrix ${summary(singleMatrix)}`);

console.log(`all vacancies, top 50 each (rankAll)`);
const [, matrixSampleMs] = time(() =>
  index.rankAll(vacancies.slice(0, MATRIX_SAMPLE), 50, { kernel: 'matrix' }),
);
console.log(
  `  ml-matrix ${ms(matrixSampleMs)} for ${MATRIX_SAMPLE} vacancies → ~${(
    ((matrixSampleMs / MATRIX_SAMPLE) * VACANCIES) / 1000
  ).toFixed(0)} s for ${VACANCIES} (extrapolated)`,
);
const [batch, batchMs] = time(() => index.rankAll(vacancies, 50));
const withFullTop = batch.filter((ranking) => ranking.items.length === 50).length;
console.log(
  `  loop     ${(batchMs / 1000).toFixed(1)} s for ${VACANCIES} (${ms(batchMs / VACANCIES)} each); ${withFullTop} have 50 candidates`,
);

const perSeeker = seekers.filter(
  (seeker) => seeker.segment === 'READY' && seeker.matchingConsent && !seeker.placed,
);
const rankVacancyTimes: number[] = [];
const trainTimes: number[] = [];
let suggestions = 0;
for (const seeker of perSeeker.slice(0, PER_SEEKER_RUNS)) {
  rankVacancyTimes.push(time(() => index.rankVacancies(seeker.id, vacancies, { limit: 50 }))[1]);
  const [training, elapsed] = time(() => index.whatToTrain(seeker.id, vacancies));
  trainTimes.push(elapsed);
  suggestions += training?.length ?? 0;
}
console.log(`one job seeker against all ${VACANCIES} vacancies`);
console.log(`  rankVacancies ${summary(rankVacancyTimes)}`);
console.log(
  `  whatToTrain   ${summary(trainTimes)}; ${(suggestions / PER_SEEKER_RUNS).toFixed(1)} competences suggested on average`,
);

const updates = seekers
  .slice(0, 10_000)
  .map((seeker) => ({ ...seeker, maxTravelKm: seeker.maxTravelKm + 1 }));
const [, upsertMs] = time(() => {
  for (const seeker of updates) index.upsert(seeker);
});
const [, removeMs] = time(() => {
  for (const seeker of updates) index.remove(seeker.id);
});
const [, insertMs] = time(() => {
  for (const seeker of updates) index.upsert(seeker);
});
console.log('keeping the index current (10,000 operations each)');
console.log(
  `  upsert (replace) ${((upsertMs / updates.length) * 1000).toFixed(1)} µs, remove ${(
    (removeMs / updates.length) * 1000
  ).toFixed(1)} µs, upsert (new) ${((insertMs / updates.length) * 1000).toFixed(1)} µs per person`,
);
