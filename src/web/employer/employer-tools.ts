import type { MiddlewareHandler } from 'hono';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';

/** What every employer page file gets: the guards and the app's dependencies. */
export type EmployerTools = {
  signedIn: MiddlewareHandler<WebBindings>;
  /** Recruiters and managers of an employer (the EMPLOYER_RECRUITER role). */
  employer: MiddlewareHandler<WebBindings>;
  csrf: MiddlewareHandler<WebBindings>;
  deps: WebRouteDependencies;
};

export const vacanciesPath = '/werkgever/vacatures';
export const vacancyPath = (id: string) => `${vacanciesPath}/${id}`;
export const candidatesPath = (id: string) => `${vacanciesPath}/${id}/kandidaten`;
export const pipelinePath = '/werkgever/sollicitaties';
export const candidacyPath = (id: string) => `${pipelinePath}/${id}`;
export const placementsPath = '/werkgever/plaatsingen';
export const placementPath = (id: string) => `${placementsPath}/${id}`;
export const meetAndGreetsPath = '/werkgever/meet-and-greets';
export const meetAndGreetPath = (id: string) => `${meetAndGreetsPath}/${id}`;
export const shortlistPagePath = (id: string, vacancyId: string) =>
  `${meetAndGreetPath(id)}/vacatures/${vacancyId}`;
export const dayListPath = (id: string) => `${meetAndGreetPath(id)}/gesprekkenlijst`;
