/** Who a credential is: the four roles of the access model, least to most trusted. */
export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a role may do. `read`: the records of its scope; `analytics`: the review questions and the
 * generated review; `export`: export runs, schedules and their files; `write`: mutations of
 * records; `personal`: birth year, ethnicity and education of people (Decree 13/2023);
 * `admin`: API keys and the audit log.
 */
export const PERMISSIONS = ['read', 'analytics', 'export', 'write', 'personal', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Not a ladder: an editor keeps records, an analyst reads figures; only an admin does both. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: ['read'],
  analyst: ['read', 'analytics', 'export'],
  editor: ['read', 'write', 'personal'],
  admin: PERMISSIONS,
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
