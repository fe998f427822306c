import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { UnitKind, UnitLevel } from './hierarchy-enums.type.js';

@ObjectType('AdministrativeUnit', {
  implements: Node,
  description: 'A unit of the administrative map (city, district-level, commune-level) with its GSO code.',
})
export class AdministrativeUnitType extends RecordType {
  @Field(() => String, { description: 'Official GSO code: 01 for Hà Nội, 3 digits for districts, 5 for communes.' })
  code!: string;

  @Field(() => String, { description: 'Name in Vietnamese, e.g. "Ba Đình".' })
  name!: string;

  @Field(() => UnitLevel, { description: 'City, district or commune tier.' })
  level!: string;

  @Field(() => UnitKind, { description: 'Legal kind (quận, huyện, thị xã, phường, xã, thị trấn ...).' })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'Population, where recorded.' })
  population?: number;
}

export const AdministrativeUnitConnection = ConnectionType('AdministrativeUnit', AdministrativeUnitType);
