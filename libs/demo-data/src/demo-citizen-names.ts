import { DEMO_CITIZENS } from './demo-records';

/** A demo citizen as the portal's demo sign-in lists them. */
export interface DemoCitizenName {
  personalIdNumber: string;
  fullName: string;
}

/** The demo citizens by personal ID number and full name (family, middle, given), in their order. */
export function demoCitizenNames(): DemoCitizenName[] {
  return DEMO_CITIZENS.map((citizen) => ({
    personalIdNumber: citizen.personalIdNumber,
    fullName: [citizen.familyName, citizen.middleName, citizen.givenName].filter(Boolean).join(' '),
  }));
}
