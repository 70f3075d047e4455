import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { errorOf, graphqlClient } from './support/graphql';
import { ALICE, BOB, useStewards } from './support/stewards';

const REGISTER = `mutation($input: RegisterCitizenInput!) { registerCitizen(input: $input) { version } }`;
const REQUEST_IDENTITY = `mutation($input: RequestIdentityCorrectionInput!) {
  requestIdentityCorrection(input: $input) { id kind status baseVersion requestedBy personalIdNumber }
}`;
const REQUEST_VITAL = `mutation($input: RequestVitalStatusChangeInput!) { requestVitalStatusChange(input: $input) { id status } }`;
const REQUEST_MERGE = `mutation($input: RequestMergeInput!) { requestMerge(input: $input) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveChangeRequest(input: { id: $id }) { status decidedBy } }`;
const REJECT = `mutation($id: ID!, $note: String) { rejectChangeRequest(input: { id: $id, note: $note }) { status decisionNote } }`;
const READ = `query($id: String!) {
  citizen(personalIdNumber: $id) {
    personalIdNumber fullName version vitalStatus vitalStatusDate mergedFrom
    history { version changeKind changedBy }
  }
}`;

const person = (personalIdNumber: string, givenName = 'Minh', extra: Record<string, unknown> = {}) => ({
  personalIdNumber,
  familyName: 'Trịnh',
  middleName: 'Văn',
  givenName,
  sex: 'MALE',
  birthDate: { year: 1970, month: 6, day: 1 },
  reason: 'đăng ký',
  ...extra,
});

describe('sensitive changes need a second steward', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
    useStewards(graph);
  });

  afterAll(async () => {
    await graph?.close();
  });

  // Reads are a steward's of the registry under test.
  const gql = graphqlClient(
    () => graph.gatewayUrl,
    () => BOB,
  );
  const read = async (id: string) => (await gql(READ, { id })).body.data.citizen;

  it('applies an identity correction only when a different steward approves it', async () => {
    await gql(REGISTER, { input: person('001070000001') }, ALICE);
    const asked = await gql(
      REQUEST_IDENTITY,
      {
        input: {
          personalIdNumber: '001070000001',
          expectedVersion: 1,
          reason: 'giấy khai sinh ghi Minh Anh',
          changes: { givenName: 'Minh Anh' },
        },
      },
      ALICE,
    );
    const requestId = asked.body.data.requestIdentityCorrection.id as string;
    expect(asked.body.data.requestIdentityCorrection).toMatchObject({
      kind: 'identity',
      status: 'pending',
      baseVersion: 1,
      requestedBy: 'st-alice',
      personalIdNumber: '001070000001',
    });
    expect(await read('001070000001')).toMatchObject({ fullName: 'Trịnh Văn Minh', version: 1 }); // nothing yet

    expect(errorOf((await gql(APPROVE, { id: requestId }, ALICE)).body)).toMatchObject({
      code: 'SELF_APPROVAL_FORBIDDEN',
    });
    expect((await gql(APPROVE, { id: requestId }, BOB)).body.data.approveChangeRequest).toEqual({
      status: 'approved',
      decidedBy: 'st-bob',
    });
    const after = await read('001070000001');
    expect(after).toMatchObject({ fullName: 'Trịnh Văn Minh Anh', version: 2 });
    expect(after.history[0]).toEqual({ version: 2, changeKind: 'identity', changedBy: 'st-bob' });
    expect(errorOf((await gql(APPROVE, { id: requestId }, BOB)).body)).toMatchObject({
      code: 'CHANGE_REQUEST_DECIDED',
      status: 'approved',
    });
    // The search key follows the new name.
    const found = await gql('{ searchCitizens(name: "trinh van minh anh") { nodes { personalIdNumber } } }', {});
    expect(found.body.data.searchCitizens.nodes).toEqual([{ personalIdNumber: '001070000001' }]);
  });

  it('supersedes, and does not apply, a request whose record moved on before approval', async () => {
    await gql(REGISTER, { input: person('001070000002') }, ALICE);
    const asked = await gql(
      REQUEST_IDENTITY,
      {
        input: {
          personalIdNumber: '001070000002',
          expectedVersion: 1,
          reason: 'sửa họ',
          changes: { familyName: 'Trình' },
        },
      },
      ALICE,
    );
    const requestId = asked.body.data.requestIdentityCorrection.id as string;
    await gql(
      'mutation($input: CorrectCitizenInput!) { correctCitizen(input: $input) { version } }',
      {
        input: {
          personalIdNumber: '001070000002',
          expectedVersion: 1,
          reason: 'điện thoại',
          changes: { phone: '0900000009' },
        },
      },
      BOB,
    );
    const approval = await gql(APPROVE, { id: requestId }, BOB);
    expect(errorOf(approval.body)).toEqual({ code: 'STALE_VERSION', expectedVersion: 1, currentVersion: 2 });
    expect(await read('001070000002')).toMatchObject({ fullName: 'Trịnh Văn Minh', version: 2 });
    const superseded = await gql('{ changeRequests(status: "superseded") { id } }', {}, ALICE);
    expect(superseded.body.data.changeRequests).toEqual([{ id: requestId }]);
  });

  it('records a death with its date, refusing a date before the birth', async () => {
    await gql(REGISTER, { input: person('001070000003') }, ALICE);
    const early = await gql(
      REQUEST_VITAL,
      {
        input: {
          personalIdNumber: '001070000003',
          expectedVersion: 1,
          vitalStatus: 'DECEASED',
          date: '1969-12-31',
          reason: 'giấy báo tử',
        },
      },
      ALICE,
    );
    expect(errorOf(early.body)).toEqual({ code: 'INVALID_DATE', field: 'date' });
    const missingDate = await gql(
      REQUEST_VITAL,
      {
        input: { personalIdNumber: '001070000003', expectedVersion: 1, vitalStatus: 'DECEASED', reason: 'giấy báo tử' },
      },
      ALICE,
    );
    expect(errorOf(missingDate.body)).toEqual({ code: 'INVALID_DATE', field: 'date' });
    const asked = await gql(
      REQUEST_VITAL,
      {
        input: {
          personalIdNumber: '001070000003',
          expectedVersion: 1,
          vitalStatus: 'DECEASED',
          date: '2026-03-02',
          reason: 'giấy báo tử số 9/2026',
        },
      },
      ALICE,
    );
    const id = asked.body.data.requestVitalStatusChange.id as string;
    const rejected = await gql(REJECT, { id, note: 'thiếu bản sao giấy báo tử' }, BOB);
    expect(rejected.body.data.rejectChangeRequest).toEqual({
      status: 'rejected',
      decisionNote: 'thiếu bản sao giấy báo tử',
    });
    expect(await read('001070000003')).toMatchObject({ vitalStatus: 'ALIVE', version: 1 });
    const again = await gql(
      REQUEST_VITAL,
      {
        input: {
          personalIdNumber: '001070000003',
          expectedVersion: 1,
          vitalStatus: 'DECEASED',
          date: '2026-03-02',
          reason: 'đủ hồ sơ',
        },
      },
      BOB,
    );
    await gql(APPROVE, { id: again.body.data.requestVitalStatusChange.id }, ALICE);
    expect(await read('001070000003')).toMatchObject({
      vitalStatus: 'DECEASED',
      vitalStatusDate: '2026-03-02',
      version: 2,
    });
  });

  it('lists duplicates, merges one into a survivor on approval, and leads the old number there', async () => {
    await gql(REGISTER, { input: person('079070000010', 'Khoa') }, ALICE);
    await gql(REGISTER, { input: person('079070000011', 'Khoa') }, ALICE); // same name, birth and place
    const candidates = await gql('{ duplicateCandidates { reason citizens { personalIdNumber } } }', {}, BOB);
    expect(candidates.body.data.duplicateCandidates).toContainEqual({
      reason: 'SAME_NAME_BIRTH_DATE_AND_PLACE',
      citizens: [{ personalIdNumber: '079070000010' }, { personalIdNumber: '079070000011' }],
    });
    const self = await gql(
      REQUEST_MERGE,
      {
        input: {
          survivorPersonalIdNumber: '079070000010',
          duplicatePersonalIdNumber: '079070000010',
          expectedVersion: 1,
          reason: 'x',
        },
      },
      ALICE,
    );
    expect(errorOf(self.body)).toMatchObject({ code: 'INVALID_MERGE' });
    const asked = await gql(
      REQUEST_MERGE,
      {
        input: {
          survivorPersonalIdNumber: '079070000010',
          duplicatePersonalIdNumber: '079070000011',
          expectedVersion: 1,
          reason: 'trùng hồ sơ',
        },
      },
      ALICE,
    );
    await gql(APPROVE, { id: asked.body.data.requestMerge.id }, BOB);

    const redirected = await read('079070000011');
    expect(redirected).toMatchObject({ personalIdNumber: '079070000010', mergedFrom: '079070000011' });
    const batch = await gql('{ citizens(personalIdNumbers: ["079070000011"]) { personalIdNumber } }', {});
    expect(batch.body.data.citizens).toEqual([{ personalIdNumber: '079070000010' }]);
    const after = await gql('{ duplicateCandidates { citizens { personalIdNumber } } }', {}, BOB);
    expect(JSON.stringify(after.body.data.duplicateCandidates)).not.toContain('079070000011');
    // Both histories stay: the duplicate's ends with the merge.
    const history = await gql(
      'query { citizen(personalIdNumber: "079070000011", asOf: "2100-01-01T00:00:00Z") { version personalIdNumber } }',
      {},
    );
    expect(history.body.data.citizen).toEqual({ version: 2, personalIdNumber: '079070000011' });
  });

  it('counts every waiting request, pair and finding, however many a list returns', async () => {
    const lists = await gql(
      `{ changeRequests(status: "superseded", first: 200) { id } duplicateCandidates(first: 200) { reason }
         dataQualityFindings(first: 200) { id }
         changeRequestCount(status: "superseded") duplicateCandidateCount dataQualityFindingCount }`,
      {},
      BOB,
    );
    const data = lists.body.data;
    expect(data.changeRequestCount).toBe(data.changeRequests.length);
    expect(data.changeRequestCount).toBeGreaterThan(0);
    expect(data.duplicateCandidateCount).toBe(data.duplicateCandidates.length);
    expect(data.dataQualityFindingCount).toBe(data.dataQualityFindings.length);
    const one = await gql(
      '{ changeRequests(status: "superseded", first: 1) { id } changeRequestCount(status: "superseded") }',
      {},
      BOB,
    );
    expect(one.body.data.changeRequests).toHaveLength(1);
    expect(one.body.data.changeRequestCount).toBe(data.changeRequestCount);
    expect(errorOf((await gql('{ changeRequestCount(status: "lost") }', {}, BOB)).body)).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('keeps change requests and duplicates to stewards', async () => {
    for (const count of ['changeRequestCount', 'duplicateCandidateCount', 'dataQualityFindingCount']) {
      expect(errorOf((await gql(`{ ${count} }`, {}, null)).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    expect(errorOf((await gql('{ changeRequests { id } }', {}, null)).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf((await gql('{ duplicateCandidates { reason } }', {}, null)).body)).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
