/**
 * The personal data of a person kept here beyond name and sex (Decree 13/2023): shown only to roles
 * granted `personal`, redacted from the audit log, aggregated with small groups suppressed.
 */
export const PERSONAL_FIELDS = ['birthYear', 'ethnicity', 'education'] as const;

const PERSONAL = new Set<string>(PERSONAL_FIELDS);

/** A copy of a mutation input with every personal field, at any depth, replaced by "[redacted]". */
export function redactPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactPersonal);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, PERSONAL.has(k) ? '[redacted]' : redactPersonal(v)]),
  );
}
