import type { MutationCase } from '../support/mutation-case.js';
import { accessCases } from './access.cases.js';
import { correctionsCases } from './corrections.cases.js';
import { hierarchyCases } from './hierarchy.cases.js';
import { membershipCases } from './membership.cases.js';
import { membershipStepCases } from './membership-steps.cases.js';
import { oversightCases } from './oversight.cases.js';
import { programmesCases } from './programmes.cases.js';
import { recordsCases } from './records.cases.js';

/** Every mutation case, by domain: both levels of the suite (services, GraphQL over HTTP) run them all. */
export const mutationCases: Record<string, MutationCase[]> = {
  hierarchy: hierarchyCases,
  membership: membershipCases,
  oversight: oversightCases,
  programmes: programmesCases,
  access: accessCases,
  records: recordsCases,
  // These move and end the fixture's members.
  membershipSteps: membershipStepCases,
  // Last: these void records (the exited member's exit among them) that the cases above rely on.
  corrections: correctionsCases,
};
