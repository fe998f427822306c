import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import { Member } from '../../services/membership/member.entity.js';
import type { OversightRecord } from '../../services/oversight/oversight-record.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { MemberType } from '../membership/member.type.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { ActingBody, OversightSubject } from './oversight-enums.type.js';
import { OversightRecordType } from './oversight-record.type.js';

/** The shared fields of inspections, supervisions and disciplinary actions, resolved once for all three. */
@Resolver(() => OversightRecordType)
export class OversightRecordResolver {
  @FieldResolver(() => OversightSubject, { description: 'Whether the subject is an organisation or a member.' })
  subject(@Root() r: OversightRecord): string {
    return r.subjectOrganisation ? 'organisation' : 'member';
  }

  @FieldResolver(() => OrganisationType, {
    nullable: true,
    description: 'The organisation concerned, when the subject is one.',
  })
  subjectOrganisation(@Root() r: OversightRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, r.subjectOrganisation);
  }

  @FieldResolver(() => MemberType, { nullable: true, description: 'The member concerned, when the subject is one.' })
  subjectMember(@Root() r: OversightRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Member, r.subjectMember);
  }

  @FieldResolver(() => OrganisationType, {
    description: "Where the record counts in the tree: the organisation itself, or the member's cell on that day.",
  })
  placedIn(@Root() r: OversightRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, r.placedIn);
  }

  @FieldResolver(() => OrganisationType, {
    description: 'The committee that acted (itself or through its commission).',
  })
  actingCommittee(@Root() r: OversightRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, r.actingCommittee);
  }

  @FieldResolver(() => String, { description: 'The acting body in Vietnamese, e.g. "Ủy ban Kiểm tra".' })
  actingBodyLabel(@Root() r: OversightRecord): string {
    return labelOf(ActingBody, r.actingBody);
  }
}
