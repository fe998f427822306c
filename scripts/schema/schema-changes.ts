import { CriticalityLevel, DiffRule, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaChanges {
  /** Changes that break a client built on the old schema: removed fields, changed types, new required arguments … */
  breaking: string[];
  /** Changes that may surprise a client (a new enum value, a changed default) but do not break valid operations. */
  dangerous: string[];
  safe: string[];
}

/**
 * What changed between two SDLs, by how much it hurts clients. Removing what was deprecated first
 * is not breaking: deprecation is how this schema announces a removal.
 */
export async function schemaChanges(oldSdl: string, newSdl: string): Promise<SchemaChanges> {
  const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl), [DiffRule.suppressRemovalOfDeprecatedField]);
  const by = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level).map((c) => c.message);
  return {
    breaking: by(CriticalityLevel.Breaking),
    dangerous: by(CriticalityLevel.Dangerous),
    safe: by(CriticalityLevel.NonBreaking),
  };
}
