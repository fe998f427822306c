import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType('Document', {
  implements: Node,
  description: 'A Party or state document: Quy định, Nghị quyết, Chỉ thị ...',
})
export class DocumentType extends RecordType {
  @Field(() => String, { description: 'Code, e.g. "55-QĐ/TW".' })
  code!: string;

  @Field(() => String, { description: 'Kind as written, e.g. "Quy định".' })
  kind!: string;

  @Field(() => String, { description: 'Issuer, e.g. "Bộ Chính trị".' })
  issuer!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was issued, when known.' })
  issuedOn?: string;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  title!: string;
}

export const DocumentConnection = ConnectionType('Document', DocumentType);
