import type { RequestContext } from '../../http/context';

export type Hire = { candidacyId: string; jobSeekerId: string; vacancyId: string };

/** What the hook opened for the hire (the placement): the answer to the HIRED step names it. */
export type HiredPlacement = { id: string; version: number };

/**
 * Called when a candidacy becomes HIRED, inside the same transaction and with the same context as
 * the step itself: whatever it writes is committed with the hire, and when it throws the hire is
 * undone. The placements module (follow-up after the start of work) plugs in here; the app wires it.
 * It returns the placement it opened (or found running), or nothing.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a hook that opens nothing simply returns
export type HireHook = (ctx: RequestContext, hire: Hire) => Promise<HiredPlacement | undefined | void>;

export type CandidacyDependencies = { onHired?: HireHook };
