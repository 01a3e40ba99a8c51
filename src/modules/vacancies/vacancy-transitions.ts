import type { VacancyStatus } from './vacancy.entity';

/** draft → open → filled/closed; a draft may also be closed. Filled and closed are final. */
const allowed: Record<VacancyStatus, readonly VacancyStatus[]> = {
  DRAFT: ['OPEN', 'CLOSED'],
  OPEN: ['FILLED', 'CLOSED'],
  FILLED: [],
  CLOSED: [],
};

export const canMoveVacancy = (from: VacancyStatus, to: VacancyStatus): boolean => allowed[from].includes(to);

/** Content may change while a vacancy is a draft or open; a filled or closed vacancy is history. */
export const isEditable = (status: VacancyStatus): boolean => status === 'DRAFT' || status === 'OPEN';
