import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMail } from '../../src/entry/mail-transports';
import { createLogger } from '../../src/http/logger';
import { jobs } from '../../src/modules/jobs/jobs';
import { runJobOnce } from '../../src/modules/jobs/run-job';
import { queueMail } from '../../src/modules/mail/outbox.service';
import { DEFAULT_CADENCE_RULES } from '../../src/modules/placements/cadence';
import type { TestUser } from '../support/factories';
import { runProgrammeJourney } from '../support/programme-journey';
import { startSmtpServer } from '../support/smtp';
import { createTestApp, type TestApp } from '../support/test-app';

// Lists and objects in jsonb columns must be stored as JSON arrays and objects — never as a JSON
// string that spells one ("[]"), which reads back as text and broke the legal qualifications.

const REPAIR_MIGRATION = 'Migration20261202023333_repair_jsonb_strings';

let t: TestApp;
let coach: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.factory.user('LIFECOACH');
});
afterAll(() => t.close());

const sql = async <T>(query: string, params: unknown[] = []): Promise<T[]> =>
  (await t.orm.em.fork().getConnection().execute(query, params)) as T[];

const register = async (fullName: string, phone: string) => {
  const res = await t.request('POST', '/api/job-seekers', {
    token: coach.token,
    body: { fullName, phone, postcode: '3011 AB' },
  });
  expect(res.status, res.text).toBe(201);
  return res.json.id as string;
};

describe('legal qualifications of a newly registered person', () => {
  it('reads back as an empty list, stored as a JSON array', async () => {
    const id = await register('Samira Ouali', '06-44 00 00 01');
    const res = await t.request('GET', `/api/job-seekers/${id}/legal-qualifications`, { token: coach.token });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ jobSeekerId: id, items: [] });
    const [row] = await sql<{ type: string }>(
      'select jsonb_typeof(legal_qualifications) as type from job_seeker where id = ?',
      [id],
    );
    expect(row?.type).toBe('array');
  });
});

describe('the repair migration', () => {
  it('turns stored JSON strings back into the lists they spell', async () => {
    const empty = await register('Ruud Kok', '06-44 00 00 02');
    const held = await register('Nadia Bouzid', '06-44 00 00 03');
    const garbled = await register('Piet Hein', '06-44 00 00 04');
    await t.orm.migrator.down({ migrations: [REPAIR_MIGRATION] });
    // What the old write path left behind, and worse.
    await sql(`update job_seeker set legal_qualifications = to_jsonb('[]'::text) where id = ?`, [empty]);
    await sql(`update job_seeker set legal_qualifications = to_jsonb('["VCA_BASIS"]'::text) where id = ?`, [
      held,
    ]);
    await sql(`update job_seeker set legal_qualifications = to_jsonb('VCA'::text) where id = ?`, [garbled]);

    await t.orm.migrator.up({ migrations: [REPAIR_MIGRATION] });
    const rows = await sql<{ id: string; value: unknown }>(
      'select id, legal_qualifications as value from job_seeker where id in (?, ?, ?)',
      [empty, held, garbled],
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.value]))).toEqual({
      [empty]: [],
      [held]: ['VCA_BASIS'],
      [garbled]: [],
    });
    const repaired = await t.request('GET', `/api/job-seekers/${held}/legal-qualifications`, {
      token: coach.token,
    });
    expect(repaired.status, repaired.text).toBe(200);
    expect(repaired.json.items.map((item: { code: string }) => item.code)).toEqual(['VCA_BASIS']);
  });
});

describe('every jsonb column, after a whole programme run through the API', () => {
  it('holds JSON arrays and objects, never a string that spells one', async () => {
    await runProgrammeJourney(t);
    await sendOneMailThroughTheOutbox();
    // From the catalogue, so a column added later is checked without touching this test.
    const columns = await sql<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
       where table_schema = current_schema() and data_type = 'jsonb' order by table_name, column_name`,
    );
    expect(columns.length).toBeGreaterThan(20);
    const findings: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [counts] = await sql<{ written: number; wrong: number; kinds: string | null }>(
        `select count(*)::int as written,
                count(*) filter (where jsonb_typeof("${column}") not in ('array', 'object'))::int as wrong,
                string_agg(distinct jsonb_typeof("${column}"), ',') as kinds
         from "${table}" where "${column}" is not null`,
      );
      if (!counts || counts.written === 0)
        findings.push(
          `${table}.${column}: not written by the journey (extend tests/support/programme-journey.ts)`,
        );
      else if (counts.wrong > 0)
        findings.push(`${table}.${column}: ${counts.wrong} rows of type ${counts.kinds}`);
    }
    expect(findings).toEqual([]);
  }, 120_000);
});

/** The outbox and the job runs are written by jobs, not by API calls: one mail with headers and an attachment. */
async function sendOneMailThroughTheOutbox() {
  const smtp = await startSmtpServer();
  try {
    const now = new Date();
    const em = t.orm.em.fork();
    await queueMail(
      em,
      {
        to: 'iemand@test.example',
        subject: 'Je agenda',
        text: 'Je agenda staat in de bijlage.',
        headers: { 'List-Unsubscribe': '<https://wrw.test.example/afmelden>' },
        attachments: [{ filename: 'agenda.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' }],
        dedupeKey: 'jsonb-columns:agenda',
        kind: 'MEET_AND_GREET',
      },
      now,
    );
    const outcome = await runJobOnce(
      em,
      jobs['deliver-mail'],
      {
        orm: t.orm,
        mail: smtpMail(smtp.url, 'Warm Rotterdam Werkt <noreply@test.example>'),
        logger: createLogger('silent'),
        publicBaseUrl: () => 'https://wrw.test.example',
        cadence: DEFAULT_CADENCE_RULES,
      },
      now,
    );
    expect(outcome.status).toBe('SUCCEEDED');
    expect(smtp.received).toHaveLength(1);
  } finally {
    await smtp.close();
  }
}
