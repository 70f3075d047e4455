import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readEnvironment } from '@app/config';
import { announceListening } from './listening';

/**
 * Peer (b): a plain Apollo Gateway, composed at start from the plain subgraphs named in
 * POPULATION_URL and BUSINESS_REGISTRY_URL, with its default fetcher, as the docs start one.
 */
async function main(): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({
      subgraphs: [
        { name: 'population', url: required('POPULATION_URL') },
        { name: 'business-registry', url: required('BUSINESS_REGISTRY_URL') },
      ],
    }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  announceListening(url.replace(/\/$/, ''));
}

function required(name: string): string {
  const value = readEnvironment()[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

void main();
