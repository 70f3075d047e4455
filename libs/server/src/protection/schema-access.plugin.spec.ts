import { buildSchema, parse } from 'graphql';
import { asksForSubgraphSchema } from './schema-access.plugin';

const schema = buildSchema(`
  type Query { _service: _Service! citizen: Citizen }
  type _Service { sdl: String }
  type Citizen { fullName: String _service: String }
`);

describe('asksForSubgraphSchema', () => {
  it('finds Query._service however it is spelled, and nothing else', () => {
    const asks = (query: string) => asksForSubgraphSchema(schema, parse(query));
    expect(asks('{ _service { sdl } }')).toBe(true);
    expect(asks('{ s: _service { sdl } }')).toBe(true);
    expect(asks('{ ...F } fragment F on Query { _service { sdl } }')).toBe(true);
    expect(asks('{ ... on Query { ... { _service { sdl } } } }')).toBe(true);
    expect(asks('{ citizen { fullName _service } }')).toBe(false);
    expect(asks('{ _service: citizen { fullName } }')).toBe(false);
  });
});
