import { Field, ID, InputType } from 'type-graphql';
import type { ItemStatus as Status } from '../../services/programmes/programme-item-status.entity.js';
import type { SetProgrammeItemStatusInput as SetInput } from '../../services/programmes/programme-item-status.service.js';
import { inputId } from '../input-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { ItemStatus } from './programmes-enums.type.js';

@InputType('SetProgrammeItemStatusInput', { description: 'A programme item reaching a status from a day on.' })
export class SetProgrammeItemStatusInput {
  @Field(() => ID, { description: 'The ProgrammeItem.' })
  itemId!: string;

  @Field(() => ItemStatus, { description: 'The new status; it must differ from the current one.' })
  status!: Status;

  @Field(() => DateScalar, { description: 'From when it holds; later than the latest change, not after today.' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true, description: 'Why, or the document behind the change.' })
  note?: string | null;

  toService(): SetInput {
    return {
      itemId: inputId(this.itemId, 'itemId', 'ProgrammeItem'),
      status: this.status,
      effectiveOn: this.effectiveOn,
      note: this.note ?? undefined,
    };
  }
}
