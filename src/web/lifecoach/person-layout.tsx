import type { Child } from 'hono/jsx';
import { Heading1 } from '../layout/components';
import { Page } from '../layout/page';
import type { SignedIn } from '../web-context';
import { type PersonSectionKey, personPath, personSections } from './person-sections';

/**
 * The frame of every part of a person's page: the way back to the caseload, the person's name and
 * the sub-navigation between the parts (Gegevens, Toestemming, Assessment, …).
 */
export function PersonLayout({
  signedIn,
  person,
  current,
  title,
  children,
}: {
  signedIn: SignedIn;
  person: { id: string; fullName: string };
  current: PersonSectionKey;
  /** The page title in the browser tab; default: the section's name. */
  title?: string;
  children?: Child;
}) {
  const section = personSections.find((candidate) => candidate.key === current);
  return (
    <Page
      title={title ?? `${person.fullName}: ${section?.label ?? ''}`}
      signedIn={signedIn}
      section="caseload"
    >
      <nav class="breadcrumb" aria-label="Kruimelpad">
        <a class="utrecht-link" href="/werkzoekenden">
          Mijn werkzoekenden
        </a>
        <span aria-hidden="true"> › </span>
        <span>{person.fullName}</span>
      </nav>
      <Heading1>{person.fullName}</Heading1>
      <nav class="person-nav" aria-label={`Over ${person.fullName}`}>
        <ul class="person-nav__list">
          {personSections.map((item) => (
            <li>
              <a
                class="person-nav__link"
                href={personPath(person.id, item.key)}
                aria-current={item.key === current ? 'page' : undefined}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="person-section">{children}</div>
    </Page>
  );
}
