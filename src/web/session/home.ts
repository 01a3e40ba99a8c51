import { Role } from '../../access/roles';

/** Where a person lands after signing in: the start of their workspace. */
export function homeFor(role: Role): string {
  switch (role) {
    case Role.Lifecoach:
      return '/vandaag';
    case Role.EmployerRecruiter:
      return '/werkgever';
    case Role.JobSeeker:
      return '/mijn-gegevens';
    case Role.ProgrammeAdmin:
      return '/beheer';
    case Role.PartnerWorker:
      return '/partner';
    case Role.Mentor:
      return '/begeleider';
    case Role.Manager:
      return '/leidinggevende';
    case Role.TrajectoryCoordinator:
      return '/roffabriek';
    case Role.AdvisoryGroup:
      return '/rapportages';
    default:
      return '/welkom';
  }
}
