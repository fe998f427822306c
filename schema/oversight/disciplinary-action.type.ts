import { Field, ObjectType } from 'type-graphql';
import { VoidableRecordType } from '../corrections/voidable-record.type.js';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DisciplineForm } from './oversight-enums.type.js';
import { OversightRecordType } from './oversight-record.type.js';

@ObjectType('DisciplinaryAction', {
  implements: [Node, OversightRecordType, VoidableRecordType],
  description: 'Kỷ luật: a form of discipline decided against one organisation or member.',
})
export class DisciplinaryActionType extends RecordType {
  @Field(() => DisciplineForm, { description: 'Reprimand, warning, dismissal, expulsion (members) or dissolution.' })
  form!: string;

  @Field(() => DateScalar, { description: 'The day of the decision.' })
  decidedOn!: string;
}

export const DisciplinaryActionConnection = ConnectionType('DisciplinaryAction', DisciplinaryActionType);
