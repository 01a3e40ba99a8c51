import type { Hono } from 'hono';
import { listFirstContactChecks } from '../../modules/job-seekers/first-contact.service';
import type { FirstContactCheckView } from '../../modules/job-seekers/job-seeker.schemas';
import { formatDate } from '../labels';
import { Heading1, Heading2, Link, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import { pageContext } from '../lifecoach/page-tools';
import type { WebBindings } from '../web-context';
import type { ProgrammeTools } from './programme-tools';

const parts: { href: string; title: string; text: string }[] = [
  {
    href: '/beheer/organisaties',
    title: 'Organisaties en gebruikers',
    text: 'Organisaties maken, mensen uitnodigen, rollen veranderen, accounts uitzetten en API-sleutels voor koppelingen.',
  },
  {
    href: '/beheer/meet-and-greets',
    title: 'Meet & Greets',
    text: 'Een Meet & Greet plannen, werkgevers en werkzoekenden uitnodigen, shortlists maken, het schema maken en vastleggen, lijsten afdrukken en opschrijven wie er was.',
  },
  {
    href: '/beheer/wie-keek',
    title: 'Wie zag wat',
    text: 'Voor één werkzoekende: wie de gegevens bekeek of veranderde, bij welke organisatie, wat en wanneer.',
  },
  {
    href: '/beheer/verwijderverzoeken',
    title: 'Verwijderverzoeken',
    text: 'Mensen die willen stoppen: hun gegevens wissen, of uitleggen waarom het nog niet kan.',
  },
  {
    href: '/beheer/rapportages',
    title: 'Rapportages',
    text: 'De weg naar werk, uitkomsten en oorzaken, of het assessment voorspelt, social return per werkgever en waar vooroordelen terug kunnen komen. Met grafieken en downloads.',
  },
  {
    href: '/werkzoekenden',
    title: 'Werkzoekenden',
    text: 'Alle werkzoekenden van het programma zoeken en bekijken.',
  },
  {
    href: '/beheer/taken',
    title: 'Taken en e-mails',
    text: 'Wanneer de vaste taken liepen, en welke e-mails (nog) niet zijn verstuurd.',
  },
];

/** Registrations and handovers nobody picked up: the programme follows them across all lifecoaches. */
function WaitingForFirstContact({ items }: { items: FirstContactCheckView[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="wacht-op-gesprek">
      <Heading2 id="wacht-op-gesprek">Wacht op een eerste gesprek</Heading2>
      <Paragraph>
        Deze mensen zijn aangemeld of overgedragen, maar hun lifecoach heeft nog geen gesprek met ze
        vastgelegd.
      </Paragraph>
      <ul class="utrecht-unordered-list">
        {items.map((item) => (
          <li class="utrecht-unordered-list__item">
            <Link href={`/werkzoekenden/${item.jobSeekerId}`}>{item.fullName}</Link>
            {` · lifecoach ${item.lifecoach.displayName} · ${item.handedOver ? 'overgedragen' : 'aangemeld'} op ${formatDate(item.assignedAt)}, ${item.workingDaysWaiting} werkdagen geleden`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where programme staff land after signing in: who waits for a first conversation, then the parts of their work. */
export function programmeHomePage(web: Hono<WebBindings>, tools: ProgrammeTools) {
  web.get('/beheer', tools.signedIn, tools.admin, async (c) => {
    const { ctx, me } = pageContext(c, tools.deps);
    const waiting = await listFirstContactChecks(ctx, tools.deps.firstContactWorkingDays, { limit: 50 });
    return c.html(
      <Page title="Beheer" signedIn={me} section="home">
        <Heading1>Beheer van het programma</Heading1>
        <Paragraph lead>Hallo {me.user.displayName}. Wat wil je doen?</Paragraph>
        <WaitingForFirstContact items={waiting.items} />
        <ul class="programme-parts">
          {parts.map((part) => (
            <li class="programme-parts__item">
              <Heading2>
                <Link href={part.href}>{part.title}</Link>
              </Heading2>
              <Paragraph>{part.text}</Paragraph>
            </li>
          ))}
        </ul>
      </Page>,
    );
  });
}
