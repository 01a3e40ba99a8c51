import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import type { Logger } from '../../http/logger';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import type { MailTransport } from '../mail/mail-message';
import type { CadenceRules } from './cadence';
import { guideInvitationSchema, inviteGuideSchema } from './guide-invitation.schemas';
import { inviteGuide } from './guide-invitation.service';
import { sendGuideInvitation } from './guide-invitation-mail';

const invite = apiRoute({
  method: 'post',
  path: '/placements/{id}/guide-invitations',
  operationId: 'inviteGuide',
  tags: ['Placements and follow-up'],
  summary:
    'Invite the mentor or the manager of a placement by name and e-mail (employer recruiter of the placement, programme staff): an account is made in the employer’s organisation with the MENTOR or MANAGER role (or an existing one of that organisation reused), the placement names them and a sign-in e-mail goes out. Send `version`.',
  request: { params: idParamSchema, body: jsonRequestBody(inviteGuideSchema) },
  errors: [404, 409],
  responses: {
    201: jsonContent(guideInvitationSchema, 'Who was invited, and the placement that names them'),
  },
});

export function guideInvitationRoutes(
  router: OpenAPIHono<AppBindings>,
  deps: {
    cadence: CadenceRules;
    mail: MailTransport;
    publicBaseUrl: () => string;
    logger: Logger;
  },
) {
  return router.openapi(invite, async (c) => {
    const ctx = requestContext(c);
    const invitation = await inviteGuide(ctx, deps.cadence, c.req.valid('param').id, c.req.valid('json'));
    const mailSent = await sendGuideInvitation(deps, invitation, ctx.requestId);
    return c.json(
      {
        role: invitation.role,
        user: invitation.user,
        accountCreated: invitation.accountCreated,
        mailSent,
        linkExpiresAt: invitation.expiresAt.toISOString(),
        placement: invitation.placement,
      },
      201,
    );
  });
}
