import { describe, expect, it } from 'vitest';
import { specialCategoryPaths } from '../../src/modules/assessments/special-categories';

describe('specialCategoryPaths', () => {
  it('points at each obstacle about health, addiction or justice, and at nothing else', () => {
    const obstacle = (type: string) => ({ type, bekend: true, oplosbaarBinnen: 'onbekend' as const });
    expect(
      specialCategoryPaths({
        stoplicht: { fase: 'oranje', notitie: 'gezondheid' },
        randvoorwaarden: {
          obstakels: [
            obstacle('schulden'),
            obstacle('justitie'),
            obstacle('zorgtaken'),
            obstacle('verslaving'),
          ],
          mobiliteit: ['fiets'],
        },
      }),
    ).toEqual([
      ['randvoorwaarden', 'obstakels', 1, 'type'],
      ['randvoorwaarden', 'obstakels', 3, 'type'],
    ]);
    expect(specialCategoryPaths({ randvoorwaarden: { obstakels: [obstacle('gezondheid')] } })).toEqual([
      ['randvoorwaarden', 'obstakels', 0, 'type'],
    ]);
    expect(specialCategoryPaths({ randvoorwaarden: { obstakels: null } })).toEqual([]);
  });
});
