import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { Role } from '../../access/roles';
import { roleLabels } from '../labels';
import type { SignedIn } from '../web-context';
import { CsrfField } from './form';

/** The main sections per role; the page shell marks the current one. */
type NavItem = { key: string; href: string; label: string };

const navByRole: Partial<Record<Role, NavItem[]>> = {
  [Role.Lifecoach]: [
    { key: 'today', href: '/vandaag', label: 'Vandaag' },
    { key: 'caseload', href: '/werkzoekenden', label: 'Mijn werkzoekenden' },
    { key: 'register', href: '/werkzoekenden/nieuw', label: 'Iemand aanmelden' },
  ],
  [Role.PartnerWorker]: [
    { key: 'caseload', href: '/werkzoekenden', label: 'Onze aanmeldingen' },
    { key: 'register', href: '/werkzoekenden/nieuw', label: 'Iemand aanmelden' },
  ],
  // The person's own space: short words, few items, so the menu fits a small phone.
  [Role.JobSeeker]: [
    { key: 'record', href: '/mijn-gegevens', label: 'Mijn gegevens' },
    { key: 'whoLooked', href: '/mijn-gegevens/wie-keek', label: 'Wie keek' },
    { key: 'consent', href: '/mijn-gegevens/toestemming', label: 'Toestemming' },
    { key: 'download', href: '/mijn-gegevens/downloaden', label: 'Downloaden' },
  ],
  [Role.EmployerRecruiter]: [
    { key: 'home', href: '/werkgever', label: 'Start' },
    { key: 'vacancies', href: '/werkgever/vacatures', label: 'Vacatures' },
    { key: 'pipeline', href: '/werkgever/sollicitaties', label: 'Sollicitaties' },
    { key: 'placements', href: '/werkgever/plaatsingen', label: 'Plaatsingen' },
  ],
  [Role.ProgrammeAdmin]: [
    { key: 'caseload', href: '/werkzoekenden', label: 'Werkzoekenden' },
    { key: 'register', href: '/werkzoekenden/nieuw', label: 'Iemand aanmelden' },
    { key: 'jobs', href: '/beheer/taken', label: 'Taken en e-mails' },
  ],
};

export const navItemsFor = (role: Role): NavItem[] => navByRole[role] ?? [];

export type PageProps = {
  /** The page's own title; the tab shows "<title> – Warm Rotterdam Werkt". */
  title: string;
  signedIn?: SignedIn | undefined;
  /** Which main section this page belongs to (see navByRole). */
  section?: string;
  children?: Child;
};

const stylesheets = [
  '/web/assets/nlds/utrecht-tokens.css',
  '/web/assets/nlds/rotterdam/index.css',
  '/web/assets/nlds/utrecht-components.css',
  '/web/assets/web.css',
];

/**
 * The page shell every page uses: skip link, header with the signed-in person and the sections of
 * their role, the main content, a footer. No inline scripts or styles (the security headers forbid
 * them); the one script only adds enhancements, every task works without it.
 */
export function Page({ title, signedIn, section, children }: PageProps) {
  const nav = signedIn ? navItemsFor(signedIn.user.role) : [];
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="nl">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} – Warm Rotterdam Werkt`}</title>
          {stylesheets.map((href) => (
            <link rel="stylesheet" href={href} />
          ))}
          <link rel="stylesheet" href="/web/assets/print.css" media="print" />
          <script src="/web/assets/web.js" defer />
        </head>
        <body class="utrecht-theme rotterdam-theme utrecht-document">
          <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
            Naar de inhoud
          </a>
          <header class="site-header">
            <div class="site-header__bar">
              <a class="site-header__name" href="/">
                Warm Rotterdam Werkt
              </a>
              {signedIn ? (
                <div class="site-header__person">
                  <span>
                    {signedIn.user.displayName}
                    <span class="site-header__role"> · {roleLabels[signedIn.user.role]}</span>
                  </span>
                  <a class="site-header__settings utrecht-link" href="/instellingen">
                    Mijn instellingen
                  </a>
                  <form method="post" action="/uitloggen" class="site-header__sign-out">
                    <CsrfField token={signedIn.csrfToken} />
                    <button type="submit" class="utrecht-button utrecht-button--subtle">
                      Uitloggen
                    </button>
                  </form>
                </div>
              ) : null}
            </div>
            {nav.length ? (
              <nav class="site-nav" aria-label="Hoofdmenu">
                <ul class="site-nav__list">
                  {nav.map((item) => (
                    <li>
                      <a
                        class="site-nav__link"
                        href={item.href}
                        aria-current={item.key === section ? 'page' : undefined}
                      >
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
          </header>
          <main id="inhoud" class="site-main" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer">
            <div class="site-footer__content">
              <p class="utrecht-paragraph">
                Warm Rotterdam Werkt: van diploma naar talent. Alles wat we over iemand vastleggen, mag die
                persoon lezen.
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
