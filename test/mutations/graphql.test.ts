import { startGateway } from '../support/gateway.js';
import { mutationCases } from './cases/all.cases.js';
import { graphqlTransport } from './support/graphql-transport.js';
import { describeMutationCases } from './support/mutation-suite.js';

const caller = 'editor@graphql-test';

describeMutationCases(
  {
    name: 'GraphQL over HTTP',
    caller,
    globalIds: true,
    async open(url) {
      let commits = 0;
      const gw = await startGateway(url, { env: { NODE_ENV: 'production' }, onCommitted: () => commits++ });
      await gw.listen();
      return { transport: graphqlTransport(gw, caller), commits: () => commits, close: () => gw.close() };
    },
  },
  mutationCases,
);
