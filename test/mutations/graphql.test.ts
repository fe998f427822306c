import { startGateway } from '../support/gateway.js';
import { mutationCases } from './cases/all.cases.js';
import { OUTSIDER_SCOPE } from './support/fixture.js';
import { graphqlTransport } from './support/graphql-transport.js';
import { describeMutationCases } from './support/mutation-suite.js';

describeMutationCases(
  {
    name: 'GraphQL over HTTP',
    globalIds: true,
    async open(url) {
      let commits = 0;
      const gw = await startGateway(url, { env: { NODE_ENV: 'production' }, onCommitted: () => commits++ });
      await gw.listen();
      const admin = await gw.credential('admin', '*');
      return {
        transport: graphqlTransport(gw, admin),
        caller: admin.subject,
        outsider: graphqlTransport(gw, await gw.credential('editor', OUTSIDER_SCOPE)),
        commits: () => commits,
        close: () => gw.close(),
      };
    },
  },
  mutationCases,
);
