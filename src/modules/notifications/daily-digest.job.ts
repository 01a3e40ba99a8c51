import { jobContext } from '../jobs/job-context';
import type { JobDependencies } from '../jobs/job-dependencies';
import type { JobSummary } from '../jobs/run-job';
import { deliverDueMail, queueMail } from '../mail/outbox.service';
import type { DigestRecipientView } from '../placements/follow-up.schemas';
import { followUpDigest } from '../placements/follow-up.service';
import { programmeToday } from '../readiness/review-dates';
import { digestMail } from './digest-mail';
import { usersWithout } from './notification-settings.service';
import { mailLinkKey, unsubscribeHeaders, unsubscribeToken } from './unsubscribe-token';

/**
 * The daily digest: each manager, mentor and lifecoach with a conversation due or overdue today
 * gets one mail with what the follow-up digest says for them; someone with nothing due gets
 * nothing, and so does someone who turned the digest off. Queued once per person and day, then sent.
 */
export async function sendDailyDigests(deps: JobDependencies, now: Date): Promise<JobSummary> {
  const date = programmeToday(now);
  const em = deps.orm.em.fork();
  const ctx = jobContext(em, now, `job:daily-digest:${date}`);

  const recipients: DigestRecipientView[] = [];
  let cursor: string | undefined;
  do {
    const page = await followUpDigest(ctx, deps.cadence, { date, limit: 100, cursor });
    recipients.push(...page.recipients);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const optedOut = await usersWithout(
    em,
    recipients.map((recipient) => recipient.user.id),
    'dailyDigest',
  );
  const key = await mailLinkKey(em, deps.mailLinkSecret);
  const baseUrl = deps.publicBaseUrl();
  let queued = 0;
  for (const recipient of recipients) {
    if (optedOut.has(recipient.user.id)) continue;
    const token = await unsubscribeToken(key, recipient.user.id, 'dailyDigest');
    const unsubscribeUrl = `${baseUrl}/afmelden?code=${token}`;
    const mail = digestMail(recipient, { baseUrl, unsubscribeUrl });
    const queuedId = await queueMail(
      em,
      {
        dedupeKey: `daily-digest:${recipient.user.id}:${date}`,
        kind: 'DAILY_DIGEST',
        recipientUserId: recipient.user.id,
        to: recipient.user.email,
        ...mail,
        headers: unsubscribeHeaders(unsubscribeUrl),
      },
      now,
    );
    if (queuedId) queued++;
  }
  const delivered = await deliverDueMail(em, deps.mail, now, deps.retry);
  return {
    recipients: recipients.length,
    optedOut: optedOut.size,
    queued,
    ...delivered,
  };
}
