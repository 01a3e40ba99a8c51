import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/problem';
import { instrumentVersion, type ReferenceData } from '../../reference/reference-data';
import { instrumentForForm } from './instrument';
import type { InstrumentFormView } from './instrument.schemas';

/** The version new assessments use, ready to render as a form. */
export function describeActiveInstrument(ctx: RequestContext, reference: ReferenceData): InstrumentFormView {
  assertCan(ctx.actor, Permission.ReadInstrument);
  return instrumentForForm(reference.activeInstrument, reference.catalogue);
}

/** Any loaded version: a draft started earlier keeps its version, and so does its profile. */
export function describeInstrumentVersion(
  ctx: RequestContext,
  reference: ReferenceData,
  version: number,
): InstrumentFormView {
  assertCan(ctx.actor, Permission.ReadInstrument);
  const instrument = instrumentVersion(reference, version);
  if (!instrument)
    throw notFound(
      { nl: 'Versie {version} van het instrument', en: 'Instrument version {version}' },
      { version },
    );
  return instrumentForForm(instrument, reference.catalogue);
}
