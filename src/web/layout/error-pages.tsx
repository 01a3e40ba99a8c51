import type { Child } from 'hono/jsx';
import type { SignedIn } from '../web-context';
import { Heading1, Link, Paragraph } from './components';
import { Page } from './page';

export type ErrorPageKind =
  | 'notFound'
  | 'notAllowed'
  | 'conflict'
  | 'formExpired'
  | 'badRequest'
  | 'unavailable'
  | 'failed';

const texts: Record<ErrorPageKind, { status: number; title: string; body: Child }> = {
  notFound: {
    status: 404,
    title: 'Deze pagina is er niet',
    body: (
      <Paragraph>
        We kunnen deze pagina niet vinden. Misschien is de link oud, of hoort deze pagina bij iemand anders.
      </Paragraph>
    ),
  },
  notAllowed: {
    status: 403,
    title: 'Dit kan niet met jouw account',
    body: (
      <Paragraph>
        Deze pagina hoort bij een ander soort werk dan het jouwe. Denk je dat dit niet klopt? Vraag het de
        medewerkers van het programma.
      </Paragraph>
    ),
  },
  conflict: {
    status: 409,
    title: 'Iemand anders was je voor',
    body: (
      <Paragraph>
        Iemand anders heeft dit net veranderd. Open de pagina opnieuw om te zien wat er nu staat, en probeer
        het dan nog eens.
      </Paragraph>
    ),
  },
  formExpired: {
    status: 403,
    title: 'Dit formulier is verlopen',
    body: (
      <Paragraph>
        Voor je veiligheid werkt dit formulier niet meer. Ga terug, open de pagina opnieuw en probeer het nog
        eens.
      </Paragraph>
    ),
  },
  badRequest: {
    status: 400,
    title: 'Dit konden we niet lezen',
    body: <Paragraph>Wat je stuurde, klopt niet. Ga terug en probeer het nog eens.</Paragraph>,
  },
  unavailable: {
    status: 503,
    title: 'Dit deel werkt hier nog niet',
    body: (
      <Paragraph>
        Dit deel van de dienst is op deze omgeving nog niet beschikbaar. Dat ligt niet aan jou. De andere
        pagina's werken wel.
      </Paragraph>
    ),
  },
  failed: {
    status: 500,
    title: 'Er ging iets mis',
    body: (
      <Paragraph>
        Er ging bij ons iets mis. Dat ligt niet aan jou. Probeer het over een paar minuten nog eens.
      </Paragraph>
    ),
  },
};

export const errorStatus = (kind: ErrorPageKind) => texts[kind].status;

/** A friendly page for every error: what happened in plain words, the way on, and the request id. */
export function ErrorPage({
  kind,
  requestId,
  signedIn,
}: {
  kind: ErrorPageKind;
  requestId: string;
  signedIn?: SignedIn | undefined;
}) {
  const { title, body } = texts[kind];
  return (
    <Page title={title} signedIn={signedIn}>
      <Heading1>{title}</Heading1>
      {body}
      <Paragraph>
        <Link href="/">Naar de startpagina</Link>
      </Paragraph>
      <p class="utrecht-paragraph utrecht-paragraph--small request-id">
        Bel je met de helpdesk? Noem dan deze code: <span class="request-id__value">{requestId}</span>
      </p>
    </Page>
  );
}
