import { Matrix } from 'ml-matrix';
import type { CompiledVacancy } from './compiled-vacancy';
import { UNITS_PER_REQUIREMENT } from './components';
import type { CompetenceUnitColumns } from './loop-kernel';
import type { SeekerStore } from './seeker-store';
import { MAX_COMPETENCE_LEVEL } from './types';

// The competence part of the score for a block of vacancies against everyone, as one ml-matrix
// product per block of people: features F (people × competences·4) hold 1 where level ≥ k, and
// V (competences·4 × vacancies·4) holds each requirement's credit per step, so that
//   (F·V)[person, 4v + tier] = credit units of tier for vacancy v, and
//   (F·V)[person, 4v + 3]    = number of essential requirements met.
// min(level, required) = Σ_{k ≤ required} [level ≥ k], so the product is exact; all entries are
// whole numbers, so summation order cannot change a result and scores equal the loop kernel's.
//
// Measured against the loop kernel (bench/matching-engine.ts) it loses clearly, see
// matching-index.ts: requirements are sparse (a vacancy names ~6–12 of 100 competences), so the
// dense product does ~50 times the work of the loop. It stays as the reproducible alternative.

export const MATRIX_SEEKER_BLOCK = 4096;
const COLUMNS_PER_VACANCY = 4;
const ESSENTIAL_MET_COLUMN = 3;

export function competenceUnitsByMatrix(
  store: SeekerStore,
  block: readonly CompiledVacancy[],
): CompetenceUnitColumns[] {
  const n = store.size;
  // Only the competences this block asks for become features.
  const featureBase = new Map<number, number>();
  for (const compiled of block) {
    for (const requirement of compiled.requirements) {
      if (!featureBase.has(requirement.column))
        featureBase.set(requirement.column, featureBase.size * MAX_COMPETENCE_LEVEL);
    }
  }
  const featureCount = Math.max(1, featureBase.size * MAX_COMPETENCE_LEVEL);
  const weights = Matrix.zeros(featureCount, block.length * COLUMNS_PER_VACANCY);
  block.forEach((compiled, v) => {
    for (const requirement of compiled.requirements) {
      const base = featureBase.get(requirement.column) as number;
      const step = UNITS_PER_REQUIREMENT / requirement.level;
      for (let k = 1; k <= requirement.level; k++) {
        const row = base + k - 1;
        const column = v * COLUMNS_PER_VACANCY + requirement.tierIndex;
        weights.set(row, column, weights.get(row, column) + step);
      }
      if (requirement.tierIndex === 0) {
        weights.set(base + requirement.level - 1, v * COLUMNS_PER_VACANCY + ESSENTIAL_MET_COLUMN, 1);
      }
    }
  });

  const results: CompetenceUnitColumns[] = block.map(() => ({
    essential: new Float64Array(n),
    important: new Float64Array(n),
    nice: new Float64Array(n),
    essentialMet: new Float64Array(n),
  }));
  const usedColumns = [...featureBase.entries()];
  for (let start = 0; start < n; start += MATRIX_SEEKER_BLOCK) {
    const rows = Math.min(MATRIX_SEEKER_BLOCK, n - start);
    const features = Matrix.zeros(rows, featureCount);
    for (const [column, base] of usedColumns) {
      const levels = store.levels[column] as Uint8Array;
      for (let row = 0; row < rows; row++) {
        const level = levels[start + row] as number;
        for (let k = 1; k <= level; k++) features.set(row, base + k - 1, 1);
      }
    }
    const product = features.mmul(weights);
    results.forEach((columns, v) => {
      const offset = v * COLUMNS_PER_VACANCY;
      for (let row = 0; row < rows; row++) {
        columns.essential[start + row] = product.get(row, offset);
        columns.important[start + row] = product.get(row, offset + 1);
        columns.nice[start + row] = product.get(row, offset + 2);
        columns.essentialMet[start + row] = product.get(row, offset + ESSENTIAL_MET_COLUMN);
      }
    });
  }
  return results;
}
