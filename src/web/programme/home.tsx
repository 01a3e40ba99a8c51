import type { Hono } from 'hono';
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

/** Where programme staff land after signing in: the parts of their work, one link each. */
export function programmeHomePage(web: Hono<WebBindings>, tools: ProgrammeTools) {
  web.get('/beheer', tools.signedIn, tools.admin, (c) => {
    const { me } = pageContext(c, tools.deps);
    return c.html(
      <Page title="Beheer" signedIn={me} section="home">
        <Heading1>Beheer van het programma</Heading1>
        <Paragraph lead>Hallo {me.user.displayName}. Wat wil je doen?</Paragraph>
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
