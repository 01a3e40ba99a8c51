import { expect } from 'vitest';
import {
  assessmentCompletionSchema,
  assessmentSchema,
} from '../../src/modules/assessments/assessment.schemas';
import type { TestApp } from './test-app';

/** A complete set of answers for someone who is ready for work, saved in three conversations. */
export const readyAnswerParts = [
  {
    stoplicht: { fase: 'groen' },
    kunnen: {
      'L-NL-SPREKEN': 3,
      'L-NL-LEZEN': 2,
      'L-NL-SCHRIJVEN': 2,
      'P-SCHOONMAKEN': 3,
      'P-KLANTCONTACT': 2,
      'T-WORK-IN-TEAMS': 3,
    },
  },
  {
    willen: {
      motivatie: 4,
      uren: { min: 16, max: 24 },
      reisafstandKm: 10,
      contractwensen: ['vast', 'tijdelijk'],
      beroepen: ['5120.1'],
    },
    persoonlijkheid: { alleenOfTeam: 4, binnenOfBuiten: 2 },
  },
  {
    gedrag: {
      afsprakenNakomen: 4,
      opTijdKomen: 4,
      feedbackAannemen: 4,
      samenwerken: 4,
      omHulpVragen: 4,
      regelsVolgen: 4,
      leerbaarheid: 4,
    },
    randvoorwaarden: {
      huisvesting: 'stabiel',
      inkomen: 'op_orde',
      levenssituatie: 'op_orde',
      kinderopvang: 'niet_nodig',
      obstakels: [
        {
          type: 'schulden',
          bekend: true,
          oplosbaarBinnen: 'drie_maanden',
          toelichting: 'Kredietbank regelt het',
        },
      ],
      mobiliteit: ['fiets', 'ov'],
      steunNodig: 'Hulp bij het plannen van de week',
    },
  },
] as const;

/** Someone who can work later: fewer hours than READY needs (12), enough for LATER (8). */
export const laterAnswerParts = [
  readyAnswerParts[0],
  { ...readyAnswerParts[1], willen: { ...readyAnswerParts[1].willen, uren: { min: 6, max: 10 } } },
  readyAnswerParts[2],
] as const;

export const STRENGTHS = 'Betrouwbaar en vriendelijk. Werkt graag met mensen en houdt van aanpakken.';
/** What employers read: talents and how the person works, in words that reveal nobody. */
export const SUMMARY_FOR_EMPLOYERS = 'Komt afspraken na, werkt netjes en pakt nieuwe taken snel op.';

/** Starts an assessment, saves the parts one by one and returns the draft. */
export async function draftWithAnswers(
  t: TestApp,
  token: string,
  jobSeekerId: string,
  parts: readonly object[],
) {
  const started = await t.request('POST', `/api/job-seekers/${jobSeekerId}/assessments`, { token });
  expect(started.status, JSON.stringify(started.json)).toBe(201);
  let assessment = assessmentSchema.parse(started.json);
  for (const answers of parts) {
    const saved = await t.request('PATCH', `/api/assessments/${assessment.id}/answers`, {
      token,
      body: { answers, version: assessment.version },
    });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    assessment = assessmentSchema.parse(saved.json);
  }
  return assessment;
}

/** The whole journey through the API: start, save in parts, complete. */
export async function completeAssessmentThroughApi(
  t: TestApp,
  token: string,
  jobSeekerId: string,
  parts: readonly object[] = readyAnswerParts,
  body: object = { strengthsSummary: STRENGTHS, summaryForEmployers: SUMMARY_FOR_EMPLOYERS },
) {
  const draft = await draftWithAnswers(t, token, jobSeekerId, parts);
  const completed = await t.request('POST', `/api/assessments/${draft.id}/complete`, { token, body });
  expect(completed.status, JSON.stringify(completed.json)).toBe(200);
  return { draft, completion: assessmentCompletionSchema.parse(completed.json) };
}
