import type { EntityManager } from '@mikro-orm/core';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import { createOutsideHelpReferralSchema } from '../src/modules/outside-help/outside-help.schemas';
import {
  createOutsideHelpReferral,
  recordOutsideHelpArrival,
} from '../src/modules/outside-help/outside-help.service';
import { addDays, programmeToday } from '../src/modules/readiness/review-dates';
import type { User } from '../src/modules/users/user.entity';
import { actorOf, DEMO_REQUEST_ID } from './demo-actors';

type Demo = { users: ReadonlyMap<string, User>; now: Date };

/**
 * Referrals to outside help: one whose arrival was never confirmed (on Samira's Today: "Aangekomen
 * bij de hulp?"), one that was confirmed, and one still before its check day.
 */
export async function seedDemoOutsideHelp(em: EntityManager, demo: Demo): Promise<void> {
  const today = programmeToday(demo.now);
  const ctxOf = (key: string) => {
    const user = demo.users.get(key);
    if (!user) throw new Error(`${key} is not a demo user`);
    return { em, actor: actorOf(user), requestId: DEMO_REQUEST_ID, now: demo.now };
  };
  const person = async (fullName: string) => em.findOneOrFail(JobSeeker, { fullName });

  const yvonne = await person('Yvonne Hoek');
  await createOutsideHelpReferral(
    ctxOf('lifecoachSamira'),
    yvonne.id,
    createOutsideHelpReferralSchema.parse({
      kind: 'CARE',
      organisationName: 'Wijkteam Charlois',
      contactName: 'Anouk Vermeer',
      contactDetails: '010 498 12 34',
      referredOn: addDays(today, -12),
      checkOn: addDays(today, -5),
      note: 'Hulp thuis, zodat er eerst rust komt.',
    }),
  );

  const gloria = await person('Gloria Rosario');
  const debt = await createOutsideHelpReferral(
    ctxOf('lifecoachSamira'),
    gloria.id,
    createOutsideHelpReferralSchema.parse({
      kind: 'WORK_AND_INCOME',
      organisationName: 'Werk en Inkomen Rotterdam',
      contactName: 'Jeroen Klant',
      referredOn: addDays(today, -30),
      note: 'Afspraak over wat er met de uitkering gebeurt als het leer-werktraject betaald werk wordt.',
    }),
  );
  await recordOutsideHelpArrival(ctxOf('lifecoachSamira'), debt.id, {
    outcome: 'ARRIVED',
    arrivedOn: addDays(today, -24),
    version: debt.version,
  });

  const wendy = await person('Wendy Hoogendoorn');
  await createOutsideHelpReferral(
    ctxOf('lifecoachKees'),
    wendy.id,
    createOutsideHelpReferralSchema.parse({
      kind: 'DEBT_COUNSELLING',
      organisationName: 'Schuldhulpverlening Rotterdam Zuid',
      contactName: 'Marieke de Boer',
      referredOn: addDays(today, -3),
      note: 'Kennismaking over de schuldsanering die al loopt.',
    }),
  );
}
