import { describe, expect, it } from 'vitest';
import {
  employerSummaryOf,
  type RevealedAspect,
  revealingWords,
  rewriteAdvice,
} from '../../src/modules/assessments/employer-summary';

const aspects = (text: string, fullName?: string) =>
  revealingWords(text, fullName).map((found) => [found.word, found.aspect]);

describe('revealingWords', () => {
  it.each([
    ['Ze werkt schoon en precies.', 'Ze', 'gender'],
    ['Hij komt altijd op tijd.', 'Hij', 'gender'],
    ['Collega’s vinden haar prettig.', 'haar', 'gender'],
    ['Je kunt hem alles vragen.', 'hem', 'gender'],
    ['Doet z’n werk goed.', 'z’n', 'gender'],
    ['Zijn collega’s waarderen de inzet.', 'Zijn', 'gender'],
    ['Heeft zijn rijbewijs.', 'zijn', 'gender'],
    ['Bespreekt tussen zijn taken door de planning.', 'zijn', 'gender'],
    ['Sterke vrouw die doorzet.', 'vrouw', 'gender'],
    ['Als alleenstaande moeder goed in plannen.', 'moeder', 'gender'],
    ['Ervaren schoonmaakster.', 'schoonmaakster', 'gender'],
    ['Een echte vakman.', 'vakman', 'gender'],
    ['Meneer is punctueel.', 'Meneer', 'gender'],
    ['Is 52 jaar en fit.', '52 jaar', 'age'],
    ['Heeft 30 jaar ervaring in de bouw.', '30 jaar', 'age'],
    ['Een 58-jarige met veel ervaring.', '58-jarige', 'age'],
    ['Veel vakkennis uit dertig jaar werk in de bouw.', 'dertig jaar', 'age'],
    ['Geboren in 1971.', 'Geboren', 'age'],
    ['Werkt sinds 2019 als vrijwilliger.', '2019', 'age'],
    ['Een oudere medewerker.', 'oudere', 'age'],
    ['Echte vijftigplusser.', 'vijftigplusser', 'age'],
    ['Marokkaanse achtergrond, spreekt drie talen.', 'Marokkaanse', 'origin'],
    ['Spreekt Turks en Nederlands.', 'Turks', 'origin'],
    ['Kwam als vluchteling uit Syrië.', 'vluchteling', 'origin'],
    ['Is statushouder en leert snel.', 'statushouder', 'origin'],
    ['Spreekt Arabisch met klanten.', 'Arabisch', 'origin'],
    ['Draagt een hoofddoek.', 'hoofddoek', 'religion'],
    ['Vrijwilliger in de moskee.', 'moskee', 'religion'],
    ['Werkt niet tijdens de ramadan.', 'ramadan', 'religion'],
    ['Had een burn-out maar is er weer.', 'burn-out', 'health'],
    ['Rugklachten, dus geen tilwerk.', 'Rugklachten', 'health'],
    ['Heeft een lichte beperking.', 'beperking', 'health'],
    ['Was lang ziek.', 'ziek', 'health'],
    ['Zwanger, start na het verlof.', 'Zwanger', 'health'],
  ] satisfies [string, string, RevealedAspect][])('finds %j', (text, word, aspect) => {
    expect(aspects(text)).toContainEqual([word, aspect]);
  });

  it.each([
    'Komt afspraken na, werkt netjes en pakt nieuwe taken snel op.',
    'Wil graag zelfstandig zijn.',
    'Kan het beste in een vast team zijn.',
    'Weet welke taken er zijn.',
    'Spreekt goed Nederlands en wat Engels.',
    'Heeft 2 jaar vrijwilligerswerk gedaan bij de voedselbank.',
    'Repareert fietsen en herstelt kapotte onderdelen.',
    'Werkte als vrijwilliger in het ziekenhuis.',
    'Houdt van aanpakken; collega’s zijn blij met de inzet.',
    'Afspraken zijn afspraken.',
    'Rustig onder druk, stelt anderen op hun gemak.',
    'Sterk in contact met klanten; vraagt om hulp als dat nodig is.',
  ])('lets %j through', (text) => {
    expect(aspects(text)).toEqual([]);
  });

  it('finds the person’s own name, and every word once', () => {
    expect(
      aspects('Fatma is precies. Fatma werkt graag met ze samen, ze is snel.', 'Fatma El Amrani'),
    ).toEqual([
      ['ze', 'gender'],
      ['Fatma El Amrani', 'name'],
    ]);
  });

  it('tells in plain Dutch what the word reveals and how to write it', () => {
    const [found] = revealingWords('Ze werkt schoon.');
    expect(found && rewriteAdvice(found)).toBe(
      '‘Ze’ zegt of het om een man of een vrouw gaat. Schrijf bijvoorbeeld ‘deze kandidaat’, of begin de zin met wat de persoon doet (‘Werkt precies …’).',
    );
  });
});

describe('employerSummaryOf', () => {
  it('gives the summary while it passes, and nothing otherwise', () => {
    expect(employerSummaryOf('Werkt netjes en precies.', 'Anna de Vries')).toBe('Werkt netjes en precies.');
    expect(employerSummaryOf('Anna werkt netjes.', 'Anna de Vries')).toBeNull();
    expect(employerSummaryOf('Ze werkt netjes.', 'Anna de Vries')).toBeNull();
    expect(employerSummaryOf(null, 'Anna de Vries')).toBeNull();
    expect(employerSummaryOf(undefined, 'Anna de Vries')).toBeNull();
  });
});
