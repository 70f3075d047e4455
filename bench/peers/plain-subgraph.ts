import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify from 'fastify';
import { announceListening } from './listening';
import { PLAIN_BUSINESS_SDL, PLAIN_POPULATION_SDL } from './plain-schemas';
import { citizenById, citizensByIds, enterpriseByCode, peerPool } from './registry-rows';

/**
 * Peer (b)'s subgraphs, and (c)'s: a plain Apollo subgraph (argv[2]: `population` or
 * `business`) over the same tables, as a team would write one from the Apollo docs: no
 * token, no policy, no log; each entity reference resolved with its own query, as sochung's
 * population subgraph does.
 */
async function main(): Promise<void> {
  const pool = peerPool();
  const which = process.argv[2];
  const population: GraphQLResolverMap = {
    Query: {
      citizen: (_: unknown, args: { personalIdNumber: string }) => citizenById(pool, args.personalIdNumber),
      citizens: (_: unknown, args: { personalIdNumbers: string[] }) => citizensByIds(pool, args.personalIdNumbers),
    },
    Citizen: {
      __resolveReference: (reference: { personalIdNumber: string }) => citizenById(pool, reference.personalIdNumber),
    },
  };
  const business: GraphQLResolverMap = {
    Query: {
      enterprise: (_: unknown, args: { enterpriseCode: string }) => enterpriseByCode(pool, args.enterpriseCode),
    },
  };
  if (which !== 'population' && which !== 'business') throw new Error('argv[2]: population or business');
  const server = new ApolloServer({
    schema: buildSubgraphSchema([
      which === 'population'
        ? { typeDefs: PLAIN_POPULATION_SDL, resolvers: population }
        : { typeDefs: PLAIN_BUSINESS_SDL, resolvers: business },
    ]),
    // Inline tracing is for Apollo's cloud reporting, and costs time: off, as in sochung.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  // Apollo's Fastify integration (the one sochung's subgraphs use), with idle connections kept
  // longer than the gateway's agent keeps them: Node's default 5 s closes a socket just as the
  // gateway reuses it after a pause between rounds ("socket hang up").
  const app = Fastify({ logger: false, keepAliveTimeout: 65_000, bodyLimit: 50 * 1024 * 1024 });
  app.route({ url: '/', method: ['GET', 'POST'], handler: fastifyApolloHandler(server) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  announceListening(url);
}

void main();
