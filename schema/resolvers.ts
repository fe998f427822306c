import type { ClassType, NonEmptyArray } from 'type-graphql';
import { AdministrativeUnitResolver } from './hierarchy/administrative-unit.resolver.js';
import { OrganisationResolver } from './hierarchy/organisation.resolver.js';
import { PersonResolver } from './hierarchy/person.resolver.js';
import { PositionResolver } from './hierarchy/position.resolver.js';
import { NodeResolver } from './relay/node.resolver.js';

/** The read side of the API: queries and the field resolvers of every type. */
export const queryResolvers: NonEmptyArray<ClassType> = [
  NodeResolver,
  AdministrativeUnitResolver,
  OrganisationResolver,
  PersonResolver,
  PositionResolver,
];
