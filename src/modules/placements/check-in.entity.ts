import { defineEntity, p } from '@mikro-orm/core';
import { checkInKinds, howItsGoingValues } from './cadence';
import { Placement } from './placement.entity';

/**
 * One follow-up conversation with the new employee: the manager's two-weekly feedback, a mentor
 * conversation or a lifecoach conversation, with a short report in plain words, how it is going
 * and the agreed actions. Never changed afterwards. Who may read the report depends on the kind
 * (see check-in.access.ts); a worry is visible to the other side as a flag only.
 */
export const PlacementCheckInSchema = defineEntity({
  name: 'PlacementCheckIn',
  tableName: 'placement_check_in',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    placement: () => p.manyToOne(Placement).index(),
    kind: p.enum(checkInKinds),
    /** The day of the conversation (YYYY-MM-DD); never in the future. */
    date: p.string().length(10),
    report: p.text(),
    howItsGoing: p.enum(howItsGoingValues),
    agreedActions: p.json<string[]>(),
    /** The lifecoach heard worries about money (benefit, allowances, debts): for lifecoach and programme only. */
    moneyWorries: p.boolean().default(false),
    recordedByUserId: p.uuid(),
    recordedAt: p.datetime(),
  },
  indexes: [{ properties: ['placement', 'kind', 'date'] }],
});
export class PlacementCheckIn extends PlacementCheckInSchema.class {}
PlacementCheckInSchema.setClass(PlacementCheckIn);

/**
 * A lifecoach's note about the personal sphere during a placement (childcare, debts, housing …).
 * For lifecoaches and the programme only: no employer user ever reads it.
 */
export const PlacementSupportNoteSchema = defineEntity({
  name: 'PlacementSupportNote',
  tableName: 'placement_support_note',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    placement: () => p.manyToOne(Placement).index(),
    note: p.text(),
    recordedByUserId: p.uuid(),
    recordedAt: p.datetime(),
  },
});
export class PlacementSupportNote extends PlacementSupportNoteSchema.class {}
PlacementSupportNoteSchema.setClass(PlacementSupportNote);
