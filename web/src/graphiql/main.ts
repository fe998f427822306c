import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './graphiql.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { credential } from '../shared/credential';
import { REVIEW_QUERY } from './example-query';
import { renderGraphiQLBar } from './graphiql-bar';

// Self-hosted GraphiQL: every script, style and worker comes from this server, built from npm packages.

credential.adoptFromFragment();

// The credential is read on every request, so a key entered in the bar applies at once.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers ?? {}), ...credential.headers() } }),
});

renderGraphiQLBar(document.getElementById('graphiql-bar') as HTMLElement);
createRoot(document.getElementById('graphiql') as HTMLElement).render(
  createElement(GraphiQL, { fetcher, defaultQuery: REVIEW_QUERY, plugins: [HISTORY_PLUGIN, explorerPlugin()] }),
);
