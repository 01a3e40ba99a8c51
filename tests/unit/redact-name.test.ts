import { describe, expect, it } from 'vitest';
import { redactName } from '../../src/modules/matching/redact-name';

describe('redactName', () => {
  it.each([
    [
      'Fatma is betrouwbaar en werkt graag met mensen.',
      'Fatma Yıldız',
      'deze kandidaat is betrouwbaar en werkt graag met mensen.',
    ],
    ['Mevrouw YILDIZ komt altijd op tijd.', 'Fatma Yildiz', 'Mevrouw deze kandidaat komt altijd op tijd.'],
    [
      'Kees werkt graag in de keuken van de buurt.',
      'Kees van der Berg',
      'deze kandidaat werkt graag in de keuken van de buurt.',
    ],
    ['Anne-Marie helpt anderen.', 'Anne-Marie Jansen', 'deze kandidaat helpt anderen.'],
    ['Lucía spreekt Spaans.', 'Lucía Gómez', 'deze kandidaat spreekt Spaans.'],
  ])('removes the name from %j', (text, name, expected) => {
    expect(redactName(text, name)).toBe(expected);
  });

  it('leaves words that only contain a name part alone', () => {
    expect(redactName('Bastiaan is een harde werker.', 'Bas de Wit')).toBe('Bastiaan is een harde werker.');
  });

  it('errs on the side of privacy when a name is also an ordinary word', () => {
    expect(redactName('Hij werkt graag in de bouw.', 'Tim de Bouw')).toBe(
      'Hij werkt graag in de deze kandidaat.',
    );
  });
});
