import type { MikroORM } from '@mikro-orm/postgresql';
import type { Caller } from '../../../services/access/caller.js';
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
import type { WriteScope } from '../../../services/write/write-service.js';
import { encodeRefs, type MutationName, type Transport } from './mutation-case.js';

// Inputs are checked by the services themselves, so the tests may hand them anything.
type Call = (scope: WriteScope, input: never) => Promise<{ id: number }>;

const calls: Record<MutationName, Call> = {
  admitMember: (s, i) => new AdmissionService(s).admitMember(i),
  recordInspection: (s, i) => new InspectionService(s).record(i),
  recordSupervision: (s, i) => new SupervisionService(s).record(i),
  recordDisciplinaryAction: (s, i) => new DisciplinaryActionService(s).record(i),
  designateOrganisation: (s, i) => new DesignationService(s).designate(i),
  recordConsolidation: (s, i) => new ConsolidationService(s).record(i),
  foundOrganisation: (s, i) => new OrganisationService(s).found(i),
  dissolveOrganisation: (s, i) => new OrganisationService(s).dissolve(i),
  appointPosition: (s, i) => new PositionService(s).appoint(i),
  endPosition: (s, i) => new PositionService(s).end(i),
  setProgrammeItemStatus: (s, i) => new ProgrammeItemStatusService(s).set(i),
  setTarget: (s, i) => new TargetService(s).set(i),
};

/**
 * Calls the write services directly, each call on a fresh EntityManager fork as a request would
 * have, counting the commits they report in `onCommitted`.
 */
export function serviceTransport(orm: MikroORM, caller: Caller, onCommitted: () => void): Transport {
  return async (mutation, input) => {
    try {
      const scope = { em: orm.em.fork(), caller, onCommitted };
      const row = await calls[mutation](scope, encodeRefs(input, (_type, id) => id) as never);
      return { id: row.id };
    } catch (e) {
      if (e instanceof DomainError) return { error: { code: e.code, field: e.field, message: e.message } };
      throw e;
    }
  };
}
