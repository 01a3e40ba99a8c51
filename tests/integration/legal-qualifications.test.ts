import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('legal qualifications of a newly registered person', () => {
  it('are an empty list, not an error, before anyone recorded one', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const registered = await t.request('POST', '/api/job-seekers', {
      token: coach.token,
      body: { fullName: 'Noor Hamdi', phone: '0612000111', postcode: '3011' },
    });
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    const id = registered.json.id as string;

    const read = await t.request('GET', `/api/job-seekers/${id}/legal-qualifications`, {
      token: coach.token,
    });
    expect(read.status, read.text).toBe(200);
    expect(read.json.items).toEqual([]);

    const put = await t.request('PUT', `/api/job-seekers/${id}/legal-qualifications`, {
      token: coach.token,
      body: { codes: ['BHV'] },
    });
    expect(put.status).toBe(200);
    const again = await t.request('GET', `/api/job-seekers/${id}/legal-qualifications`, {
      token: coach.token,
    });
    expect(again.json.items.map((item: { code: string }) => item.code)).toEqual(['BHV']);
  });
});
