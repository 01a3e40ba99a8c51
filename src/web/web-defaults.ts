import type { Logger } from '../http/logger';
import type { WebDependencies } from './web-context';

/**
 * What the web app uses when the entry passes nothing (tests of the API alone): mail is not sent
 * but logged as not sent, and no assets are served.
 */
export const defaultWebDependencies = (logger: Logger): WebDependencies => ({
  mail: {
    async send(message) {
      logger.warn('mail not sent: no mail transport', { subject: message.subject });
    },
  },
  publicBaseUrl: () => 'http://127.0.0.1:3000',
  sessionRules: { idleMinutes: 60, maxHours: 12 },
  signInLimits: { perAddress: 5, perClient: 30 },
  assets: async () => null,
});
