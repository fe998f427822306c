import { WHOLE_FOREST } from '../../services/access/access-scope.js';
import type { Caller } from '../../services/access/caller.js';
import { scopeByCode } from '../../services/access/scope-lookup.js';
import { initORM } from '../../services/store/orm.js';
import { mutationCases } from './cases/all.cases.js';
import { OUTSIDER_SCOPE } from './support/fixture.js';
import { describeMutationCases } from './support/mutation-suite.js';
import { serviceTransport } from './support/service-transport.js';

// An admin of the whole forest: every mutation, key administration included, is for it to make.
const caller: Caller = { id: 'admin@services-test', role: 'admin', scope: WHOLE_FOREST };

describeMutationCases(
  {
    name: 'service',
    globalIds: false,
    async open(url) {
      const orm = await initORM(url, 2);
      let commits = 0;
      return {
        transport: serviceTransport(orm, caller, () => commits++),
        caller: caller.id,
        outsider: serviceTransport(
          orm,
          { id: 'editor@elsewhere', role: 'editor', scope: await scopeByCode(orm.em.fork(), OUTSIDER_SCOPE, []) },
          () => commits++,
        ),
        close: () => orm.close(),
        commits: () => commits,
      };
    },
  },
  mutationCases,
);
