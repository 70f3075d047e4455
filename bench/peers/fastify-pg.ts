import Fastify from 'fastify';
import { announceListening } from './listening';
import { citizenById, peerPool } from './registry-rows';

/**
 * Peer (a): bare Fastify + pg. GET /citizens/:id answers the same row as JSON that
 * sochung's population subgraph answers for `citizen(personalIdNumber:)`, with nothing in
 * between: no token, no policy, no log. The floor of what Node and the driver cost.
 */
async function main(): Promise<void> {
  const pool = peerPool();
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/citizens/:id', async (request, reply) => {
    const citizen = await citizenById(pool, request.params.id);
    return citizen ?? reply.code(404).send({ error: 'not found' });
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  announceListening(url);
}

void main();
