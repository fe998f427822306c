import { initORM } from '../../services/store/orm.js';
import { mutationCases } from './cases/all.cases.js';
import { describeMutationCases } from './support/mutation-suite.js';
import { serviceTransport } from './support/service-transport.js';

const caller = 'editor@services-test';

describeMutationCases(
  {
    name: 'service',
    caller,
    globalIds: false,
    async open(url) {
      const orm = await initORM(url, 2);
      let commits = 0;
      return {
        transport: serviceTransport(orm, { id: caller }, () => commits++),
        close: () => orm.close(),
        commits: () => commits,
      };
    },
  },
  mutationCases,
);
