import type { Context } from 'hono';
import type { AppBindings } from '../http/context';
import type { WebSession } from '../modules/auth/web-session.entity';
import type { SessionRules } from '../modules/auth/web-session.service';
import type { StaticAsset } from '../modules/system/docs.routes';
import type { User } from '../modules/users/user.entity';

export type MailAttachment = { filename: string; contentType: string; content: string };

/** Every mail has a plain-text part; notification mails also an HTML part, headers and attachments. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** e.g. List-Unsubscribe and List-Unsubscribe-Post on every non-essential mail. */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
};

/** Sends one e-mail. The Node entry passes SMTP (nodemailer) or the outbox writer; the app knows neither. */
export type MailTransport = { send(message: MailMessage): Promise<void> };

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
