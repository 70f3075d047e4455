import { SafeGraphQLError } from '@app/errors';
import type { Principal } from '@app/auth';
import { RequestAccess } from '@app/access';
import type { CitizenEntity } from './citizen.entity';
import type { CitizenLookupService } from './citizen-lookup.service';
import { CitizenReferences } from './citizen-references';

const held = ['001085012345', '001090000002', '001090000003'];
const entity = (personalIdNumber: string) =>
  ({ personalIdNumber, familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', sex: 'male' }) as CitizenEntity;

function referencesFor(principal: Principal) {
  const lookup = jest.fn((ids: string[]) => Promise.resolve(ids.map((id) => (held.includes(id) ? entity(id) : null))));
  const references = new CitizenReferences({ lookup } as unknown as CitizenLookupService);
  const access = new RequestAccess({
    principal: () => Promise.resolve(principal),
    agencyGrants: () => Promise.reject(new Error('no agency here')),
    consents: null,
  });
  return { references, access, lookup };
}

const steward: Principal = { kind: 'steward', issuer: 't', tokenId: 't', stewardId: 'st-a', registry: 'population' };

describe('CitizenReferences', () => {
  it("resolves the references of one request together: one query for an enterprise's representatives", async () => {
    const { references, access, lookup } = referencesFor(steward);
    const answers = await Promise.all(
      ['001090000003', '001085012345', '079099999999'].map((id) => references.load(access, id)),
    );
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith(['001090000003', '001085012345', '079099999999']);
    expect(answers.map((citizen) => citizen?.personalIdNumber ?? null)).toEqual(['001090000003', '001085012345', null]);
  });

  it('still records each as a read of its own, not a bulk one', async () => {
    const { references, access } = referencesFor(steward);
    await Promise.all(held.map((id) => references.load(access, id)));
    const released = access.released();
    expect(released.map((release) => release.subject.id).sort()).toEqual([...held].sort());
    expect(released.some((release) => release.bulk)).toBe(false);
  });

  it('throws each refusal where it was asked, and looks nothing up for it', async () => {
    const citizen: Principal = {
      kind: 'citizen',
      issuer: 't',
      tokenId: 't',
      personalIdNumber: '001085012345',
      assuranceLevel: 2,
    };
    const { references, access, lookup } = referencesFor(citizen);
    const [own, other] = await Promise.allSettled(held.slice(0, 2).map((id) => references.load(access, id)));
    expect(own).toMatchObject({ status: 'fulfilled', value: { personalIdNumber: '001085012345' } });
    expect(other.status).toBe('rejected');
    expect((other as PromiseRejectedResult).reason).toBeInstanceOf(SafeGraphQLError);
    expect(lookup).toHaveBeenCalledWith(['001085012345']);
  });

  it('keeps the requests apart: each has its own loader', async () => {
    const first = referencesFor(steward);
    const second = new RequestAccess({
      principal: () => Promise.resolve(steward),
      agencyGrants: () => Promise.reject(new Error('no agency here')),
      consents: null,
    });
    await Promise.all([first.references.load(first.access, held[0]), first.references.load(second, held[1])]);
    expect(first.lookup).toHaveBeenCalledTimes(2);
  });
});
