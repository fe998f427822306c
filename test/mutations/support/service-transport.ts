import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Caller } from '../../../services/caller.js';
import { DomainError } from '../../../services/errors.js';
import { OrganisationService } from '../../../services/hierarchy/organisation.service.js';
import { PositionService } from '../../../services/hierarchy/position.service.js';
import { AdmissionService } from '../../../services/membership/admission.service.js';
import { ConsolidationService } from '../../../services/oversight/consolidation.service.js';
import { DesignationService } from '../../../services/oversight/designation.service.js';
import { DisciplinaryActionService } from '../../../services/oversight/disciplinary-action.service.js';
import { InspectionService } from '../../../services/oversight/inspection.service.js';
import { SupervisionService } from '../../../services/oversight/supervision.service.js';
import { ProgrammeItemStatusService } from '../../../services/programmes/programme-item-status.service.js';
import { TargetService } from '../../../services/programmes/target.service.js';
import { encodeRefs, type MutationName, type Transport } from './mutation-case.js';

// Inputs are checked by the services themselves, so the tests may hand them anything.
type Call = (em: EntityManager, caller: Caller, input: never) => Promise<{ id: number }>;

const calls: Record<MutationName, Call> = {
  admitMember: (em, c, i) => new AdmissionService(em, c).admitMember(i),
  recordInspection: (em, c, i) => new InspectionService(em, c).record(i),
  recordSupervision: (em, c, i) => new SupervisionService(em, c).record(i),
  recordDisciplinaryAction: (em, c, i) => new DisciplinaryActionService(em, c).record(i),
  designateOrganisation: (em, c, i) => new DesignationService(em, c).designate(i),
  recordConsolidation: (em, c, i) => new ConsolidationService(em, c).record(i),
  foundOrganisation: (em, c, i) => new OrganisationService(em, c).found(i),
  dissolveOrganisation: (em, c, i) => new OrganisationService(em, c).dissolve(i),
  appointPosition: (em, c, i) => new PositionService(em, c).appoint(i),
  endPosition: (em, c, i) => new PositionService(em, c).end(i),
  setProgrammeItemStatus: (em, c, i) => new ProgrammeItemStatusService(em, c).set(i),
  setTarget: (em, c, i) => new TargetService(em, c).set(i),
};

/** Calls the write services directly, each call on a fresh EntityManager fork as a request would have. */
export function serviceTransport(orm: MikroORM, caller: Caller): Transport {
  return async (mutation, input) => {
    try {
      const row = await calls[mutation](orm.em.fork(), caller, encodeRefs(input, (_type, id) => id) as never);
      return { id: row.id };
    } catch (e) {
      if (e instanceof DomainError) return { error: { code: e.code, field: e.field, message: e.message } };
      throw e;
    }
  };
}
