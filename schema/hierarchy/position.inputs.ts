import { Field, ID, InputType } from 'type-graphql';
import type { PositionRole as Role } from '../../services/hierarchy/position.entity.js';
import type {
  AppointPositionInput as AppointInput,
  EndPositionInput as EndInput,
} from '../../services/hierarchy/position.service.js';
import { inputId } from '../input-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { PositionRole } from './hierarchy-enums.type.js';

@InputType('AppointPositionInput', { description: 'A person taking up a title in an organisation (bầu, bổ nhiệm).' })
export class AppointPositionInput {
  @Field(() => ID, { description: 'The Person appointed.' })
  personId!: string;

  @Field(() => ID, { description: 'The Organisation the title belongs to; it must exist on startedOn.' })
  organisationId!: string;

  @Field(() => String, { description: 'The title as written, e.g. "Bí thư Quận ủy".' })
  title!: string;

  @Field(() => PositionRole, { description: 'HEAD and STANDING_DEPUTY have one holder at a time.' })
  role!: Role;

  @Field(() => DateScalar, { description: 'First day in the position.' })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, when recording a term that is already over.' })
  endedOn?: string | null;

  toService(): AppointInput {
    return {
      personId: inputId(this.personId, 'personId', 'Person'),
      organisationId: inputId(this.organisationId, 'organisationId', 'Organisation'),
      title: this.title,
      role: this.role,
      startedOn: this.startedOn,
      endedOn: this.endedOn ?? undefined,
    };
  }
}

@InputType('EndPositionInput', { description: 'The end of an open term.' })
export class EndPositionInput {
  @Field(() => ID, { description: 'The Position still held.' })
  positionId!: string;

  @Field(() => DateScalar, { description: 'Last day in the position; not before its first day.' })
  endedOn!: string;

  toService(): EndInput {
    return { positionId: inputId(this.positionId, 'positionId', 'Position'), endedOn: this.endedOn };
  }
}
