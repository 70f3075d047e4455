import { createContext, useContext } from 'react';
import type { StaffMember } from './api/staff-session';

/** A staff member's role as the console's pages and navigation use it. */
export type StaffRole = 'steward:population' | 'steward:business' | 'admin' | 'auditor';

export const roleOf = (staff: StaffMember): StaffRole =>
  staff.kind === 'steward' ? (`steward:${staff.registry ?? 'population'}` as StaffRole) : staff.kind;

const StaffContext = createContext<StaffMember | null>(null);

/** The signed-in staff member, given by the console's frame to every page inside it. */
export const StaffProvider = StaffContext.Provider;

/** The staff member the page is shown to; only signed-in console pages are rendered inside the provider. */
export function useStaff(): StaffMember & { role: StaffRole } {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff() is for console pages shown to a signed-in staff member');
  return { ...staff, role: roleOf(staff) };
}
