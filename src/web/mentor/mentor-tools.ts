import { Role } from '../../access/roles';
import { type GuidanceWorkspace, guidancePlacementPath } from '../guidance/guidance-tools';

export const mentorHomePath = '/begeleider';

/** The mentor's workspace: the new colleagues they guide at work, their conversations and the plan. */
export const mentorWorkspace: GuidanceWorkspace = {
  role: Role.Mentor,
  homePath: mentorHomePath,
  homeTitle: 'Begeleiden',
  homeLead:
    "Hier ziet u de nieuwe collega's die u als mentor begeleidt. Leg elk gesprek kort vast en kijk mee met het inwerkplan.",
  tableCaption: 'Waar u mentor bent',
  emptyText: 'U bent nog bij niemand mentor. De werkgever kiest de mentor bij een plaatsing.',
  placementTitle: (person) => `Mentor van ${person}`,
};

export const mentorPlacementPath = (id: string) => guidancePlacementPath(mentorWorkspace, id);
