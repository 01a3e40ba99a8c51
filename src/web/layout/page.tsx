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
    { key: 'home', href: '/partner', label: 'Onze aanmeldingen' },
    { key: 'refer', href: '/partner/aanmelden', label: 'Iemand aanmelden' },
  ],
  // The person's own space: short words, few items, so the menu fits a small phone.
  [Role.JobSeeker]: [
    { key: 'record', href: '/mijn-gegevens', label: 'Mijn gegevens' },
    { key: 'answers', href: '/mijn-gegevens/ja-of-nee', label: 'Ja of nee' },
    { key: 'preparation', href: '/mijn-gegevens/voorbereiding', label: 'Mijn plan' },
    { key: 'whoLooked', href: '/mijn-gegevens/wie-keek', label: 'Wie keek' },
    { key: 'consent', href: '/mijn-gegevens/toestemming', label: 'Toestemming' },
    { key: 'download', href: '/mijn-gegevens/downloaden', label: 'Downloaden' },
  ],
  [Role.EmployerRecruiter]: [
    { key: 'home', href: '/werkgever', label: 'Start' },
    { key: 'vacancies', href: '/werkgever/vacatures', label: 'Vacatures' },
    { key: 'meetAndGreets', href: '/werkgever/meet-and-greets', label: 'Meet & Greets' },
    { key: 'pipeline', href: '/werkgever/sollicitaties', label: 'Sollicitaties' },
    { key: 'placements', href: '/werkgever/plaatsingen', label: 'Plaatsingen' },
    { key: 'socialReturn', href: '/werkgever/rapportage/social-return', label: 'Social return' },
  ],
  [Role.Mentor]: [{ key: 'home', href: '/begeleider', label: 'Mijn collega’s' }],
  [Role.Manager]: [{ key: 'home', href: '/leidinggevende', label: 'Mijn medewerkers' }],
  [Role.TrajectoryCoordinator]: [
    { key: 'home', href: '/roffabriek', label: 'Start' },
    { key: 'offerings', href: '/roffabriek/aanbod', label: 'Aanbod' },
    { key: 'proposals', href: '/roffabriek/voorstellen', label: 'Voorstellen' },
    { key: 'participants', href: '/roffabriek/deelnemers', label: 'Deelnemers' },
  ],
  // The advisory group reads the reports and nothing else.
  [Role.AdvisoryGroup]: [{ key: 'reports', href: '/rapportages', label: 'Rapportages' }],
  [Role.ProgrammeAdmin]: [
    { key: 'home', href: '/beheer', label: 'Beheer' },
    { key: 'organisations', href: '/beheer/organisaties', label: 'Organisaties' },
    { key: 'meetAndGreets', href: '/beheer/meet-and-greets', label: 'Meet & Greets' },
    { key: 'reports', href: '/beheer/rapportages', label: 'Rapportages' },
    { key: 'caseload', href: '/werkzoekenden', label: 'Werkzoekenden' },
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
  /** The page in another language than Dutch (the person's own space): the shell's words and a switch. */
  language?: PageLanguage | undefined;
};

/** The words of the page shell in the page's language, and the link to the other language. */
export type PageLanguage = {
  lang: string;
  skip: string;
  menu: string;
  settings: string;
  signOut: string;
  role: string;
  footer: string;
  /** Menu labels by NavItem key. */
  nav: Record<string, string>;
  switchLink: { href: string; label: string; lang: string };
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
export function Page({ title, signedIn, section, children, language }: PageProps) {
  const nav = (signedIn ? navItemsFor(signedIn.user.role) : []).map((item) => ({
    ...item,
    label: language?.nav[item.key] ?? item.label,
  }));
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={language?.lang ?? 'nl'}>
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
            {language?.skip ?? 'Naar de inhoud'}
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
                    <span class="site-header__role">
                      {' '}
                      · {language?.role ?? roleLabels[signedIn.user.role]}
                    </span>
                  </span>
                  <a class="site-header__settings utrecht-link" href="/instellingen">
                    {language?.settings ?? 'Mijn instellingen'}
                  </a>
                  {language ? (
                    <a
                      class="site-header__language utrecht-link"
                      href={language.switchLink.href}
                      hreflang={language.switchLink.lang}
                      lang={language.switchLink.lang}
                    >
                      {language.switchLink.label}
                    </a>
                  ) : null}
                  <form method="post" action="/uitloggen" class="site-header__sign-out">
                    <CsrfField token={signedIn.csrfToken} />
                    <button type="submit" class="utrecht-button utrecht-button--subtle">
                      {language?.signOut ?? 'Uitloggen'}
                    </button>
                  </form>
                </div>
              ) : null}
            </div>
            {nav.length ? (
              <nav class="site-nav" aria-label={language?.menu ?? 'Hoofdmenu'}>
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
                {language?.footer ??
                  'Warm Rotterdam Werkt: van diploma naar talent. Alles wat we over iemand vastleggen, mag die persoon lezen.'}
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
