import { Field, InterfaceType } from 'type-graphql';
import { Node } from '../relay/node.type.js';
import { nodeTypeName } from '../relay/node-type-name.js';
import { DateTimeScalar } from '../scalars/date-time.scalar.js';

@InterfaceType('VoidableRecord', {
  implements: Node,
  description:
    'A record corrected by voiding, never by editing or deleting: lists leave voided records out unless asked ' +
    '(includeVoided), node(id) still returns them. See voidRecord and the corrects argument of create mutations.',
  resolveType: (value: object) => nodeTypeName(value),
})
export abstract class VoidableRecordType extends Node {
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the record was voided; null while it stands.' })
  voidedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Who voided it (the credential subject).' })
  voidedBy?: string;

  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  voidReason?: string;
}
