import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import type { ReferenceData } from '../../reference/reference-data';
import { trajectoryOfferingRoutes } from './trajectory-offering.routes';
import { trajectoryPlacementRoutes } from './trajectory-placement.routes';
import { trajectoryProviderRoutes } from './trajectory-provider.routes';
import { trajectorySuggestionRoutes } from './trajectory-suggestion.routes';

/** Every route of the trajectories module: providers, offerings, placements, progress, prompts, suggestions. */
export function trajectoryRoutes(router: OpenAPIHono<AppBindings>, reference: ReferenceData) {
  trajectoryProviderRoutes(router);
  trajectoryOfferingRoutes(router, reference);
  trajectoryPlacementRoutes(router, reference);
  trajectorySuggestionRoutes(router, reference);
}
