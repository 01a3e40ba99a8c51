import type { Context } from 'hono';
import type { AppBindings } from '../http/context';
import type { WebSession } from '../modules/auth/web-session.entity';
import type { SessionRules } from '../modules/auth/web-session.service';
import type { MailTransport } from '../modules/mail/mail-message';
import type { StaticAsset } from '../modules/system/docs.routes';
import type { User } from '../modules/users/user.entity';

/** Serves a web asset (CSS, JS) by its path under /web/assets/; the runtime entry decides where they live. */
export type WebAssetSource = (path: string) => Promise<StaticAsset | null>;

export type WebDependencies = {
  mail: MailTransport;
  /** Where people open the web app (PUBLIC_BASE_URL); sign-in links point here, never to the Host header. */
  publicBaseUrl: () => string;
  /** Signs unsubscribe links (MAIL_LINK_SECRET); unset: the key kept in the database. */
  mailLinkSecret?: string | undefined;
  sessionRules: SessionRules;
  signInLimits: { perAddress: number; perClient: number };
  assets: WebAssetSource;
  /** The client's network address, for throttling sign-in requests per client (the runtime knows it). */
  clientAddress?: (c: Context) => string | undefined;
};

export type SignedIn = { session: WebSession; user: User; csrfToken: string };

export type WebBindings = {
  Variables: AppBindings['Variables'] & {
    /** Set by requireSession on every page that needs a signed-in person. */
    signedIn: SignedIn | undefined;
    /** The anti-forgery token the page's forms carry. */
    csrfToken: string;
  };
};

export type WebContext = Context<WebBindings>;
