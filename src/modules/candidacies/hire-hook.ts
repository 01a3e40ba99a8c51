import type { RequestContext } from '../../http/context';

export type Hire = { candidacyId: string; jobSeekerId: string; vacancyId: string };

/**
 * Called when a candidacy becomes HIRED, inside the same transaction and with the same context as
 * the step itself: whatever it writes is committed with the hire, and when it throws the hire is
 * undone. The placements module (follow-up after the start of work) plugs in here; the app wires it.
 */
export type HireHook = (ctx: RequestContext, hire: Hire) => Promise<unknown>;

export type CandidacyDependencies = { onHired?: HireHook };
