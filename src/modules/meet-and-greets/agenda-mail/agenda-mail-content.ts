// The agenda mail of a Meet & Greet, as one recipient reads it: pure text building, no database.
// Employers read times, tables, candidate codes and their own vacancies — never a name; a person
// reads times, tables, the employer's name and its vacancies. Nothing else about anyone.

import type { StoredAttachment } from '../../mail/mail-delivery.entity';
import { renderMail } from '../../notifications/mail-layout';
import { agendaIcs } from '../calendar/agenda-ics';
import type { AgendaMailMethod } from './agenda-mail.entity';

export type AgendaAudience = 'EMPLOYER' | 'PERSON';

/** What one recipient's agenda says; its fingerprint decides whether a new mail is needed. */
export type RecipientAgenda = {
  title: string;
  place: string;
  eventDate: string;
  dateLabel: string;
  /** Local times (HH:MM, Rotterdam) of the recipient's first conversation and the end of the last. */
  startTime: string;
  endTime: string;
  lines: string[];
};

export type AgendaMailInput = {
  audience: AgendaAudience;
  method: AgendaMailMethod;
  uid: string;
  sequence: number;
  /** `EVENT`: the whole Meet & Greet is off; `RECIPIENT`: only this recipient's conversations are. */
  cancelledBecause?: 'EVENT' | 'RECIPIENT';
  agenda: RecipientAgenda;
  /** The employer's name in an employer's mail ("de gesprekken van …"). */
  employerName?: string;
  links: {
    /** Where in the web app the agenda is (null: the recipient has no account). */
    webUrl: string | null;
    settingsUrl: string | null;
    unsubscribeUrl: string | null;
  };
  now: Date;
};

export type AgendaMail = { subject: string; text: string; html: string; attachments: StoredAttachment[] };

/** The fingerprint of an agenda: the same agenda twice is one mail, a different one an update. */
export async function agendaFingerprint(agenda: RecipientAgenda): Promise<string> {
  const payload = JSON.stringify([
    agenda.title,
    agenda.place,
    agenda.eventDate,
    agenda.startTime,
    agenda.endTime,
    agenda.lines,
  ]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(payload));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** One line per conversation of an employer: round, times, table, candidate code and vacancy. */
export function employerAgendaLines(
  rows: readonly {
    round: number;
    startTime: string;
    endTime: string;
    table: number;
    candidateCode: string | null;
    vacancyTitle: string | null;
  }[],
): string[] {
  return rows.map((row) => {
    const code = row.candidateCode ? `kandidaat ${row.candidateCode}` : 'kandidaat niet meer beschikbaar';
    return `Ronde ${row.round} (${row.startTime}–${row.endTime}), tafel ${row.table}: ${code}${row.vacancyTitle ? `, vacature ${row.vacancyTitle}` : ''}`;
  });
}

/** One line per conversation of a person: round, times, the employer, its table and vacancies. */
export function personAgendaLines(
  rows: readonly {
    round: number;
    startTime: string;
    endTime: string;
    employerName: string;
    table: number;
    vacancyTitles: readonly string[];
  }[],
): string[] {
  return rows.map(
    (row) =>
      `Ronde ${row.round} (${row.startTime}–${row.endTime}): ${row.employerName}, tafel ${row.table}${row.vacancyTitles.length ? ` (${row.vacancyTitles.join(', ')})` : ''}`,
  );
}

const ICS_FILE = 'meet-and-greet.ics';

/** `"Meet & Greet voorjaar"`, or `de Meet & Greet "Banenmarkt Zuid"` when the title does not say what it is. */
const eventName = (title: string) =>
  /meet\s*&\s*greet/i.test(title) ? `"${title}"` : `de Meet & Greet "${title}"`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The mail with its calendar file: the agenda (new or changed, METHOD:REQUEST) or its cancellation
 * (METHOD:CANCEL), same UID; the SEQUENCE is one higher with each change.
 */
export function agendaMail(input: AgendaMailInput): AgendaMail {
  const { agenda, audience } = input;
  const employerSide = audience === 'EMPLOYER';
  const when = `${agenda.dateLabel}, ${agenda.startTime}–${agenda.endTime}`;
  const cancelled = input.method === 'CANCEL';
  const update = !cancelled && input.sequence > 0;

  const subject = cancelled
    ? `Gaat niet door: ${agenda.title} op ${agenda.dateLabel}`
    : update
      ? `Gewijzigd: ${employerSide ? 'uw' : 'je'} gesprekken op ${agenda.title}, ${agenda.dateLabel}`
      : `${employerSide ? 'Uw' : 'Je'} gesprekken op ${agenda.title}, ${agenda.dateLabel}`;

  const blocks: string[] = [];
  if (cancelled) {
    blocks.push(
      input.cancelledBecause === 'EVENT'
        ? `${capitalised(eventName(agenda.title))} op ${agenda.dateLabel} gaat niet door.`
        : employerSide
          ? `De gesprekken van ${input.employerName ?? 'uw organisatie'} op ${eventName(agenda.title)} op ${agenda.dateLabel} gaan niet door.`
          : `Je gesprekken op ${eventName(agenda.title)} op ${agenda.dateLabel} gaan niet door.`,
      employerSide
        ? 'De afspraak in uw agenda wordt met de bijlage verwijderd.'
        : 'Met de bijlage haal je de afspraak uit je agenda. Je lifecoach neemt contact met je op.',
    );
  } else {
    blocks.push(
      employerSide
        ? `${update ? 'Het gesprekkenschema is gewijzigd. ' : ''}Dit zijn de gesprekken van ${input.employerName ?? 'uw organisatie'} op ${eventName(agenda.title)}.`
        : `${update ? 'Je gesprekken zijn gewijzigd. ' : ''}Dit zijn je gesprekken op ${eventName(agenda.title)}.`,
      `Wanneer: ${when}\nWaar: ${agenda.place}`,
      agenda.lines.map((line) => `- ${line}`).join('\n'),
      employerSide
        ? 'U ziet alleen kandidaatcodes. Wie iemand is, hoort u pas als die persoon dat zelf goed vindt.'
        : 'Vragen of kun je niet komen? Laat het je lifecoach weten.',
      employerSide
        ? 'In de bijlage zit de afspraak voor uw agenda.'
        : 'In de bijlage zit de afspraak voor je agenda.',
    );
  }
  const footer: string[] = [
    employerSide
      ? 'U krijgt deze e-mail omdat uw organisatie meedoet aan deze Meet & Greet.'
      : 'Je krijgt deze e-mail omdat je je hebt aangemeld voor deze Meet & Greet.',
  ];
  if (input.links.settingsUrl)
    footer.push(
      `${employerSide ? 'Welke e-mails u krijgt, kiest u' : 'Welke e-mails je krijgt, kies je'} bij Mijn instellingen: ${input.links.settingsUrl}`,
    );
  if (input.links.unsubscribeUrl)
    footer.push(
      `${employerSide ? 'Geen e-mails over Meet & Greets meer? Meld u af' : 'Geen e-mails over Meet & Greets meer? Meld je af'}: ${input.links.unsubscribeUrl}`,
    );
  else if (!employerSide) footer.push('Wil je deze e-mails niet meer krijgen? Zeg het tegen je lifecoach.');

  const { text, html } = renderMail({
    blocks,
    ...(input.links.webUrl
      ? {
          link: {
            url: input.links.webUrl,
            labelNl: employerSide ? 'Afspraak voor uw agenda downloaden (na inloggen)' : 'Open Mijn gegevens',
          },
        }
      : {}),
    footer,
  });

  const ics = agendaIcs({
    uid: input.uid,
    sequence: input.sequence,
    cancelled,
    title: `${agenda.title} (Warm Rotterdam Werkt)`,
    place: agenda.place,
    eventDate: agenda.eventDate,
    startTime: agenda.startTime,
    endTime: agenda.endTime,
    lines: cancelled ? [blocks[0] as string] : agenda.lines,
    stamp: input.now,
  });
  return {
    subject,
    text,
    html,
    attachments: [
      {
        filename: ICS_FILE,
        contentType: `text/calendar; charset=utf-8; method=${input.method}`,
        content: ics,
      },
    ],
  };
}
