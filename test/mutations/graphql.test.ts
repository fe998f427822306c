import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../services/config.js';
import { mountGraphQL } from '../../services/gateway/graphql.js';
import { createServer } from '../../services/gateway/server.js';
import { initORM } from '../../services/store/orm.js';
import { hierarchyCases } from './cases/hierarchy.cases.js';
import { membershipCases } from './cases/membership.cases.js';
import { oversightCases } from './cases/oversight.cases.js';
import { programmesCases } from './cases/programmes.cases.js';
import { graphqlTransport } from './support/graphql-transport.js';
import { describeMutationCases } from './support/mutation-suite.js';

const caller = 'editor@graphql-test';

describeMutationCases(
  {
    name: 'GraphQL over HTTP',
    caller,
    globalIds: true,
    async open(url) {
      const config = loadConfig({ DATABASE_URL: url, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
      const orm = await initORM(url, 2);
      const app = await createServer({
        config,
        ready: async () => ({ ready: true, checks: {} }),
      });
      let commits = 0;
      await mountGraphQL(app, { orm, config, onCommitted: () => commits++ });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      return {
        transport: graphqlTransport(`http://127.0.0.1:${port}`, caller),
        commits: () => commits,
        async close() {
          await app.close();
          await orm.close();
        },
      };
    },
  },
  {
    hierarchy: hierarchyCases,
    membership: membershipCases,
    oversight: oversightCases,
    programmes: programmesCases,
  },
);
