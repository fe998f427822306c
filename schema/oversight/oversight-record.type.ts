import { Field, InterfaceType } from 'type-graphql';
import { Node } from '../relay/node.type.js';
import { nodeTypeName } from '../relay/node-type-name.js';
import { ActingBody } from './oversight-enums.type.js';

@InterfaceType('OversightRecord', {
  implements: Node,
  description:
    'What inspections, supervisions and disciplinary actions share: one subject (an organisation or a member), ' +
    'the committee that acted, and where the record counts in the tree.',
  resolveType: (value: object) => nodeTypeName(value),
})
export abstract class OversightRecordType extends Node {
  @Field(() => ActingBody, { description: 'Whether the committee itself or its inspection commission acted.' })
  actingBody!: string;
}
