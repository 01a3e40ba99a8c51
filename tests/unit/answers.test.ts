import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type AnswerPatch,
  type Answers,
  computeTalentProfile,
  IncompleteAssessmentError,
  mergeAnswers,
  missingRequiredItems,
  redPhaseConflicts,
  shareableProfile,
  validateAnswerPatch,
  validateCompletionInput,
} from '../../src/modules/assessments/answers';
import { activeInstrument, loadInstruments } from '../../src/modules/assessments/instrument-files';
import { loadCatalogue } from '../../src/modules/catalogue/catalogue-files';

const catalogue = loadCatalogue(fileURLToPath(new URL('../../reference', import.meta.url)));
const instrument = activeInstrument(
  loadInstruments(fileURLToPath(new URL('../../assessments', import.meta.url)), catalogue),
);

const pathsOf = (patch: unknown) => {
  const result = validateAnswerPatch(instrument, catalogue, patch);
  return result.ok ? [] : result.errors.map((error) => error.path);
};

describe('validateAnswerPatch', () => {
  it('accepts answers of every type and trims text', () => {
    const result = validateAnswerPatch(instrument, catalogue, {
      stoplicht: { fase: 'oranje', notitie: '  Spanning thuis, wel open voor werk. ' },
      kunnen: { 'P-ORDERPICKEN': 3, 'L-NL-SPREKEN': 2 },
      willen: {
        motivatie: 4,
        uren: { min: 12, max: 24 },
        beroepen: ['9333.8.1', '9112.1'],
        sectoren: ['93', '91'],
        contractwensen: ['vast', 'leerwerkbaan'],
      },
      persoonlijkheid: { alleenOfTeam: 5 },
      randvoorwaarden: {
        obstakels: [
          {
            type: 'schulden',
            bekend: true,
            oplosbaarBinnen: 'drie_maanden',
            toelichting: 'Schuldhulp loopt.',
          },
        ],
      },
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.stoplicht?.notitie).toBe('Spanning thuis, wel open voor werk.');
  });

  it('lets the lifecoach score catalogue competences outside the listed ones', () => {
    expect(instrument.sections.kunnen.items.some((item) => item.id === 'T-LEAD-OTHERS')).toBe(false);
    expect(pathsOf({ kunnen: { 'T-LEAD-OTHERS': 3 } })).toEqual([]);
    expect(pathsOf({ kunnen: { 'P-BESTAAT-NIET': 3 } })).toEqual([['kunnen', 'P-BESTAAT-NIET']]);
  });

  it.each<[string, unknown, (string | number)[][]]>([
    ['not an object', ['fase'], [[]]],
    ['an unknown section', { hobbys: { lezen: true } }, [['hobbys']]],
    ['a section that is not an object', { willen: 4 }, [['willen']]],
    ['an unknown item', { willen: { hobby: 'voetbal' } }, [['willen', 'hobby']]],
    ['a score above the scale', { gedrag: { afsprakenNakomen: 6 } }, [['gedrag', 'afsprakenNakomen']]],
    ['a score that is not whole', { gedrag: { samenwerken: 3.5 } }, [['gedrag', 'samenwerken']]],
    ['a competence level above 4', { kunnen: { 'P-SCHOONMAKEN': 5 } }, [['kunnen', 'P-SCHOONMAKEN']]],
    ['a number as text', { willen: { reisafstandKm: '10' } }, [['willen', 'reisafstandKm']]],
    ['a distance out of range', { willen: { reisafstandKm: 250 } }, [['willen', 'reisafstandKm']]],
    [
      'hours with the minimum above the maximum',
      { willen: { uren: { min: 30, max: 20 } } },
      [['willen', 'uren', 'min']],
    ],
    ['hours above 40', { willen: { uren: { min: 20, max: 60 } } }, [['willen', 'uren', 'max']]],
    [
      'an unknown option',
      { randvoorwaarden: { huisvesting: 'kraakpand' } },
      [['randvoorwaarden', 'huisvesting']],
    ],
    ['a doubled choice', { willen: { contractwensen: ['vast', 'vast'] } }, [['willen', 'contractwensen', 1]]],
    ['no contract wish at all', { willen: { contractwensen: [] } }, [['willen', 'contractwensen']]],
    [
      'an unknown occupation code',
      { willen: { beroepen: ['9333.8.1', '9999.9'] } },
      [['willen', 'beroepen', 1]],
    ],
    ['an unknown sector', { willen: { sectoren: ['99'] } }, [['willen', 'sectoren', 0]]],
    ['empty text', { stoplicht: { notitie: '   ' } }, [['stoplicht', 'notitie']]],
    [
      'an obstacle with a wrong horizon and an unknown field',
      {
        randvoorwaarden: {
          obstakels: [
            { type: 'schulden', bekend: true, oplosbaarBinnen: 'drie_maanden' },
            { type: 'gezondheid', bekend: 'ja', oplosbaarBinnen: 'ooit', ernst: 'hoog' },
          ],
        },
      },
      [
        ['randvoorwaarden', 'obstakels', 1, 'ernst'],
        ['randvoorwaarden', 'obstakels', 1, 'bekend'],
        ['randvoorwaarden', 'obstakels', 1, 'oplosbaarBinnen'],
      ],
    ],
    [
      'the same obstacle twice',
      {
        randvoorwaarden: {
          obstakels: [
            { type: 'schulden', bekend: true, oplosbaarBinnen: 'drie_maanden' },
            { type: 'schulden', bekend: false, oplosbaarBinnen: 'onbekend' },
          ],
        },
      },
      [['randvoorwaarden', 'obstakels', 1, 'type']],
    ],
  ])('rejects %s with the item path', (_name, patch, paths) => {
    expect(pathsOf(patch)).toEqual(paths);
  });

  it('saves nothing when one answer is wrong', () => {
    const result = validateAnswerPatch(instrument, catalogue, {
      willen: { motivatie: 4, reisafstandKm: -1 },
      gedrag: { samenwerken: 4 },
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: ['willen', 'reisafstandKm'], message: 'Geef een heel getal van 0 tot en met 100.' }],
    });
  });

  it('accepts null to remove an answer', () => {
    expect(validateAnswerPatch(instrument, catalogue, { willen: { motivatie: null } })).toEqual({
      ok: true,
      value: { willen: { motivatie: null } },
    });
  });
});

describe('mergeAnswers', () => {
  it('adds, replaces and removes answers without touching the saved ones', () => {
    const saved: Answers = { willen: { motivatie: 3, reisafstandKm: 5 }, gedrag: { samenwerken: 4 } };
    const patch: AnswerPatch = {
      willen: { motivatie: 4, reisafstandKm: null },
      gedrag: { samenwerken: null },
    };
    expect(mergeAnswers(saved, patch)).toEqual({ willen: { motivatie: 4 } });
    expect(saved).toEqual({ willen: { motivatie: 3, reisafstandKm: 5 }, gedrag: { samenwerken: 4 } });
  });

  it('replaces a list as a whole', () => {
    const saved: Answers = { willen: { beroepen: ['9112.1', '9333.8.1'] } };
    expect(mergeAnswers(saved, { willen: { beroepen: ['5120.1'] } })).toEqual({
      willen: { beroepen: ['5120.1'] },
    });
  });
});

/** A complete assessment, saved in three conversations. */
function completeAnswers(): Answers {
  const conversations = [
    {
      stoplicht: { fase: 'oranje', notitie: 'Zorgen om geld, wel zin in werk.' },
      kunnen: {
        'L-NL-SPREKEN': 3,
        'L-NL-LEZEN': 2,
        'L-NL-SCHRIJVEN': 1,
        'P-KEUKENHULP': 4,
        'P-SCHOONMAKEN': 3,
        'T-INSTRUCT-OTHERS': 3,
      },
    },
    {
      willen: {
        motivatie: 5,
        uren: { min: 20, max: 32 },
        reisafstandKm: 12,
        contractwensen: ['vast', 'leerwerkbaan'],
        beroepen: ['9412.1'],
        sectoren: ['94'],
        toelichting: 'Het liefst in een grote keuken.',
      },
      gedrag: {
        afsprakenNakomen: 4,
        opTijdKomen: 5,
        feedbackAannemen: 3,
        samenwerken: 4,
        omHulpVragen: 3,
        regelsVolgen: 4,
        leerbaarheid: 4,
      },
      persoonlijkheid: { alleenOfTeam: 5, binnenOfBuiten: 1 },
    },
    {
      randvoorwaarden: {
        huisvesting: 'stabiel',
        inkomen: 'onzeker',
        levenssituatie: 'op_orde',
        kinderopvang: 'geregeld',
        obstakels: [
          {
            type: 'schulden',
            bekend: true,
            oplosbaarBinnen: 'drie_maanden',
            toelichting: 'Budgetbeheer loopt.',
          },
        ],
        mobiliteit: ['fiets', 'ov'],
        steunNodig: 'Hulp bij het lezen van post.',
      },
    },
  ];
  return conversations.reduce<Answers>((answers, patch) => {
    const result = validateAnswerPatch(instrument, catalogue, patch);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return mergeAnswers(answers, result.value);
  }, {});
}

describe('redPhaseConflicts', () => {
  const rood = { stoplicht: { fase: 'rood', notitie: 'Eerst opvang regelen' } } as const;

  it('lets the phase and the note through, and every patch outside the red phase', () => {
    expect(redPhaseConflicts({}, rood)).toEqual([]);
    expect(redPhaseConflicts(rood, { stoplicht: { notitie: 'Opvang geregeld' } })).toEqual([]);
    expect(redPhaseConflicts({}, { stoplicht: { fase: 'oranje' }, willen: { motivatie: 4 } })).toEqual([]);
    // Leaving the red phase in the same patch makes the rest of the conversation possible again.
    expect(redPhaseConflicts(rood, { stoplicht: { fase: 'groen' }, willen: { motivatie: 4 } })).toEqual([]);
  });

  it('refuses every other section sent together with rood, or to a red-phase assessment', () => {
    const patch: AnswerPatch = { ...rood, kunnen: { 'P-SCHOONMAKEN': 3 }, willen: { motivatie: 4 } };
    expect(redPhaseConflicts({}, patch).map((error) => error.path)).toEqual([['kunnen'], ['willen']]);
    expect(redPhaseConflicts(rood, { gedrag: { leerbaarheid: 4 } }).map((error) => error.path)).toEqual([
      ['gedrag'],
    ]);
    expect(redPhaseConflicts({}, patch)[0]?.message).toMatch(/rust en hulp/);
  });

  it('refuses rood while answers of an earlier conversation would stay, until they are removed', () => {
    const saved: Answers = { willen: { motivatie: 4, reisafstandKm: 10 }, gedrag: { samenwerken: 4 } };
    const conflicts = redPhaseConflicts(saved, rood);
    expect(conflicts.map((error) => error.path)).toEqual([['willen'], ['gedrag']]);
    expect(conflicts[0]?.message).toContain('motivatie, reisafstandKm');
    expect(
      redPhaseConflicts(saved, {
        ...rood,
        willen: { motivatie: null, reisafstandKm: null },
        gedrag: { samenwerken: null },
      }),
    ).toEqual([]);
  });
});

describe('missingRequiredItems', () => {
  it('lists every required item of an empty assessment', () => {
    expect(missingRequiredItems(instrument, {}).map((item) => item.path.join('.'))).toEqual([
      'stoplicht.fase',
      'kunnen.L-NL-SPREKEN',
      'kunnen.L-NL-LEZEN',
      'kunnen.L-NL-SCHRIJVEN',
      'willen.motivatie',
      'willen.uren',
      'willen.contractwensen',
      'willen.reisafstandKm',
      'gedrag.afsprakenNakomen',
      'gedrag.opTijdKomen',
      'gedrag.feedbackAannemen',
      'gedrag.samenwerken',
      'gedrag.omHulpVragen',
      'gedrag.regelsVolgen',
      'gedrag.leerbaarheid',
      'randvoorwaarden.huisvesting',
      'randvoorwaarden.inkomen',
      'randvoorwaarden.levenssituatie',
      'randvoorwaarden.kinderopvang',
      'randvoorwaarden.obstakels',
      'randvoorwaarden.mobiliteit',
      'kunnen',
    ]);
  });

  it('asks for a minimum number of scored competences', () => {
    const answers = completeAnswers();
    const kunnen = { 'L-NL-SPREKEN': 3, 'L-NL-LEZEN': 2, 'L-NL-SCHRIJVEN': 1 } as const;
    expect(missingRequiredItems(instrument, { ...answers, kunnen })).toEqual([
      { path: ['kunnen'], message: 'Geef bij minstens 6 competenties een niveau (nu 3).' },
    ]);
  });

  it('is empty for a complete assessment', () => {
    expect(missingRequiredItems(instrument, completeAnswers())).toEqual([]);
  });
});

describe('computeTalentProfile', () => {
  const input = {
    strengthsSummary: 'Kookt graag voor groepen en leert anderen snel iets aan.',
    evidence: [
      {
        kind: 'vrijwilligerswerk' as const,
        description: 'Drie jaar kok in het buurthuis, twee dagen per week.',
        competenceCodes: ['P-KEUKENHULP', 'T-INSTRUCT-OTHERS'],
      },
    ],
  };
  const profile = computeTalentProfile(instrument, completeAnswers(), input);

  it('collects can, want and behaviour', () => {
    expect(profile).toMatchObject({
      instrumentId: 'wrw-instrument',
      instrumentVersion: 1,
      competenceLevels: { 'P-KEUKENHULP': 4, 'L-NL-SCHRIJVEN': 1 },
      interests: { occupations: ['9412.1'], sectors: ['94'] },
      motivation: 5,
      wantedHours: { min: 20, max: 32 },
      maxTravelKm: 12,
      contractWishes: ['vast', 'leerwerkbaan'],
      workingTimes: [],
      mobility: ['fiets', 'ov'],
      behaviourScores: { afsprakenNakomen: 4, opTijdKomen: 5, leerbaarheid: 4 },
      workStyle: { alleenOfTeam: 5, binnenOfBuiten: 1 },
      strengthsSummary: input.strengthsSummary,
      evidence: input.evidence,
      additionalAnswers: { 'willen.toelichting': 'Het liefst in een grote keuken.' },
    });
    expect(Object.keys(profile.competenceLevels)).toHaveLength(6);
  });

  it('keeps the support needs apart', () => {
    expect(profile.supportNeeds).toEqual({
      phase: 'oranje',
      phaseNote: 'Zorgen om geld, wel zin in werk.',
      preconditions: [
        expect.objectContaining({ item: 'huisvesting', value: 'stabiel', inOrder: true }),
        expect.objectContaining({
          item: 'inkomen',
          value: 'onzeker',
          inOrder: false,
          valueLabelNl: 'Onzeker of wisselend',
        }),
        expect.objectContaining({ item: 'levenssituatie', value: 'op_orde', inOrder: true }),
        expect.objectContaining({ item: 'kinderopvang', value: 'geregeld', inOrder: true }),
      ],
      obstacles: [
        {
          type: 'schulden',
          labelNl: 'Schulden',
          bekend: true,
          oplosbaarBinnen: 'drie_maanden',
          toelichting: 'Budgetbeheer loopt.',
        },
      ],
      additionalAnswers: { 'randvoorwaarden.steunNodig': 'Hulp bij het lezen van post.' },
    });
  });

  it('shares nothing of the support needs', () => {
    const shared = JSON.stringify(shareableProfile(profile));
    for (const secret of [
      'Zorgen om geld',
      'Budgetbeheer',
      'schulden',
      'onzeker',
      'lezen van post',
      'oranje',
    ]) {
      expect(shared).not.toContain(secret);
    }
    expect(shared).toContain('Kookt graag voor groepen');
  });

  it('refuses an incomplete assessment, naming what is missing', () => {
    const answers = completeAnswers();
    const { motivatie: _motivatie, ...willen } = answers.willen ?? {};
    try {
      computeTalentProfile(instrument, { ...answers, willen }, input);
      expect.unreachable('an incomplete assessment was completed');
    } catch (error) {
      expect(error).toBeInstanceOf(IncompleteAssessmentError);
      expect((error as IncompleteAssessmentError).missing).toEqual([
        { path: ['willen', 'motivatie'], message: 'Nog niet ingevuld.' },
      ]);
    }
  });
});

describe('validateCompletionInput', () => {
  it('accepts a summary with evidence from volunteering', () => {
    const input = {
      strengthsSummary: 'Rustig en precies.',
      evidence: [
        {
          kind: 'vrijwilligerswerk',
          description: 'Voedselbank, orders inpakken.',
          competenceCodes: ['P-ORDERPICKEN'],
        },
      ],
    };
    expect(validateCompletionInput(catalogue, input)).toEqual({ ok: true, value: input });
  });

  it('rejects an empty summary and unknown competences, with paths', () => {
    const result = validateCompletionInput(catalogue, {
      strengthsSummary: ' ',
      evidence: [{ kind: 'werkervaring', description: 'Magazijn', competenceCodes: ['P-MAGAZIJN'] }],
    });
    expect(result.ok || result.errors.map((error) => error.path)).toEqual([['strengthsSummary']]);

    const unknownCode = validateCompletionInput(catalogue, {
      strengthsSummary: 'Sterk in contact.',
      evidence: [{ kind: 'anders', description: 'Mantelzorg', competenceCodes: ['T-WORK-IN-TEAMS', 'X-1'] }],
    });
    expect(unknownCode.ok || unknownCode.errors.map((error) => error.path)).toEqual([
      ['evidence', 0, 'competenceCodes', 1],
    ]);
  });
});
