import { Field, ID, InputType } from 'type-graphql';
import type {
  Branch as BranchValue,
  HostSector as HostSectorValue,
  OrganisationKind as Kind,
} from '../../services/hierarchy/organisation.entity.js';
import type {
  DissolveOrganisationInput as DissolveInput,
  FoundOrganisationInput as FoundInput,
} from '../../services/hierarchy/organisation.service.js';
import { inputId } from '../input-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { Branch, HostSector, OrganisationKind } from './hierarchy-enums.type.js';

@InputType('FoundOrganisationInput', { description: 'A new organisation (thành lập) and where it sits in the tree.' })
export class FoundOrganisationInput {
  @Field(() => String, { description: 'Unique code, e.g. "CB-0123".' })
  code!: string;

  @Field(() => String, { description: 'Official name in Vietnamese.' })
  name!: string;

  @Field(() => OrganisationKind, {
    description: 'What it is; party kinds must fit their parent (a CELL sits under a grassroots or partial committee).',
  })
  kind!: Kind;

  @Field(() => Branch, { description: 'Party, state or front; must fit the kind.' })
  branch!: BranchValue;

  @Field(() => ID, { nullable: true, description: 'The Organisation directly above; absent for a root.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The AdministrativeUnit it serves.' })
  administrativeUnitId?: string | null;

  @Field(() => HostSector, { nullable: true, description: 'Where a grassroots party organisation is hosted.' })
  hostSector?: HostSectorValue | null;

  @Field(() => DateScalar, { description: 'The day it was founded; not after today, not before its parent.' })
  foundedOn!: string;

  toService(): FoundInput {
    return {
      code: this.code,
      name: this.name,
      kind: this.kind,
      branch: this.branch,
      parentId: inputId(this.parentId, 'parentId', 'Organisation'),
      administrativeUnitId: inputId(this.administrativeUnitId, 'administrativeUnitId', 'AdministrativeUnit'),
      hostSector: this.hostSector ?? undefined,
      foundedOn: this.foundedOn,
    };
  }
}

@InputType('DissolveOrganisationInput', { description: 'Dissolving (giải thể) an organisation from a day on.' })
export class DissolveOrganisationInput {
  @Field(() => ID, { description: 'The Organisation; it must have no live organisations under it and no members.' })
  organisationId!: string;

  @Field(() => DateScalar, { description: 'The day it ceases; terms still open in it end that day.' })
  dissolvedOn!: string;

  toService(): DissolveInput {
    return {
      organisationId: inputId(this.organisationId, 'organisationId', 'Organisation'),
      dissolvedOn: this.dissolvedOn,
    };
  }
}
