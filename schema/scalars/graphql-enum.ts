import { registerEnumType } from 'type-graphql';

const labels = new WeakMap<object, Record<string, string>>();

/**
 * Registers a GraphQL enum whose names are the upper-case stored values (city_committee →
 * CITY_COMMITTEE) and whose internal values are the stored strings, so entities pass through untouched.
 * `vietnamese` gives each value the label a Vietnamese reader expects; it also documents the value.
 */
export function defineEnum<const V extends string>(
  name: string,
  values: readonly V[],
  description: string,
  vietnamese: Record<V, string>,
): Record<string, V> {
  const enumObject = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<string, V>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v.toUpperCase(), { description: vietnamese[v] }])),
  });
  labels.set(enumObject, vietnamese);
  return enumObject;
}

/** The Vietnamese label of a stored value of an enum made by `defineEnum`. */
export function labelOf(enumObject: object, value: string): string {
  return labels.get(enumObject)?.[value] ?? value;
}
