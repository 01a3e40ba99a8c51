import { describe, expect, it } from 'vitest';
import { nameKey, tidyName } from '../../src/modules/job-seekers/name-key';

describe('nameKey', () => {
  const cases: [name: string, key: string][] = [
    ['Jan de Vries', 'jan de vries'],
    ['  Jan   de\tVries ', 'jan de vries'],
    ['JAN DE VRIES', 'jan de vries'],
    ['Zoë Müller', 'zoe muller'],
    ['Özlem Yılmaz', 'ozlem yilmaz'],
    ['İbrahim Çelik', 'ibrahim celik'],
    ['François Brückner-Søndergaard', 'francois bruckner-sondergaard'],
    ['Łukasz Wałęsa', 'lukasz walesa'],
    ['Jörg Großmann', 'jorg grossmann'],
    ['Zoë van ’t Hof', "zoe van 't hof"],
    ['Anne‐Marie Dijkstra', 'anne-marie dijkstra'],
    ['Nguyễn Thị Hồng', 'nguyen thi hong'],
    ['محمد', 'محمد'],
  ];
  it.each(cases)('%j → %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('gives spellings that differ only in case, accents and spacing the same key', () => {
    expect(
      new Set(['Renée  Bakker', 'renee bakker', 'RENÉE BAKKER', 'Renée Bakker '].map(nameKey)).size,
    ).toBe(1);
  });

  it('keeps different names apart', () => {
    expect(nameKey('Jan de Vries')).not.toBe(nameKey('Jan de Vries-Bakker'));
  });
});

describe('tidyName', () => {
  it('removes surrounding and repeated whitespace but keeps case and accents', () => {
    expect(tidyName('  Zoë   van ’t  Hof ')).toBe('Zoë van ’t Hof');
  });
});
