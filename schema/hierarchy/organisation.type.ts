import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { Branch, HostSector, OrganisationKind } from './hierarchy-enums.type.js';

@ObjectType('Organisation', {
  implements: Node,
  description:
    'A node of the organisation forest rooted at the Thành ủy: Party committees and cells, state bodies, the front. ' +
    'Subtrees, ancestors and member counts are answered from its stored path, without recursion.',
})
export class OrganisationType extends RecordType {
  @Field(() => String, { description: 'Unique, stable code of the organisation.' })
  code!: string;

  @Field(() => String, { description: 'Official name in Vietnamese, e.g. "Quận ủy Ba Đình".' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'What the organisation is (see kindLabel for the Vietnamese name).' })
  kind!: string;

  @Field(() => Branch, { description: 'Party, state or front.' })
  branch!: string;

  @Field(() => HostSector, {
    nullable: true,
    description: 'Where a grassroots organisation is hosted (e.g. NON_STATE_ENTERPRISE); null for other kinds.',
  })
  hostSector?: string;

  @Field(() => DateScalar, { description: 'The day it was founded.' })
  foundedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was dissolved; null while it exists.' })
  dissolvedOn?: string;
}

export const OrganisationConnection = ConnectionType('Organisation', OrganisationType);
