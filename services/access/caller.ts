import { type AccessScope, WHOLE_FOREST } from './access-scope.js';
import { type Permission, type Role, roleCan } from './roles.js';

/** Who is asking, as authenticated once per request: every check and every written row reads it from here. */
export interface Caller {
  /** The subject recorded in created_by / updated_by and the audit log, e.g. "key:12:export-job" or a token's sub. */
  id: string;
  role: Role;
  scope: AccessScope;
}

/** The platform itself: world loading, migrations and commands run by whoever holds the machine. */
export const SYSTEM_CALLER: Caller = { id: 'system', role: 'admin', scope: WHOLE_FOREST };

export function callerCan(caller: Caller, permission: Permission): boolean {
  return roleCan(caller.role, permission);
}
