import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { errorOf, graphqlClient } from './support/graphql';
import { agencyAuthorization } from './support/agencies';
import { ALICE, CAROL, useStewards } from './support/stewards';

const REGISTER = `mutation($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { enterpriseCode version type charterCapital businessLines { code isMain } owners { name capitalContribution } }
}`;
const STATUS = `mutation($input: ChangeEnterpriseStatusInput!) { changeEnterpriseStatus(input: $input) { status version } }`;
const ADD = `mutation($input: AmendRepresentativeInput!) { addLegalRepresentative(input: $input) { version legalRepresentatives { title } } }`;
const REMOVE = `mutation($input: AmendRepresentativeInput!) { removeLegalRepresentative(input: $input) { version legalRepresentatives { title } } }`;
const READ = `query($code: String!, $asOf: DateTime) {
  enterprise(enterpriseCode: $code, asOf: $asOf) {
    status version legalRepresentatives { title citizen { personalIdNumber } }
    statusHistory { status reason }
    history { version changeKind changedBy }
  }
}`;

// A valid code (check digit 8) that no demo record uses.
const CODE = '0108888888';

const enterprise = (overrides: Record<string, unknown> = {}) => ({
  enterpriseCode: CODE,
  name: 'Công ty TNHH Thương mại Bình Minh',
  type: 'MULTI_MEMBER_LLC',
  establishmentDate: '2026-01-05',
  headOffice: { provinceCode: '01', address: '3 phố Bà Triệu, phường Hoàn Kiếm, Hà Nội' },
  charterCapital: '99999999999999999999',
  businessLines: [
    { vsicVersion: 'VSIC2025', code: '4690', isMain: true },
    { vsicVersion: 'VSIC2025', code: 'G' },
  ],
  legalRepresentatives: [{ personalIdNumber: '001085012345', title: 'Giám đốc' }],
  owners: [
    { personalIdNumber: '001085012345', capitalContribution: '60000000000000000000' },
    { name: 'Bình Minh Holdings Pte. Ltd.', capitalContribution: '39999999999999999999' },
  ],
  reason: 'Giấy chứng nhận đăng ký doanh nghiệp lần đầu',
  ...overrides,
});

describe('stewards curate the business registry through the gateway', () => {
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
    () => CAROL,
  );

  it('serves the enterprise record with its lines and owners, and a citizen’s enterprises through federation', async () => {
    const response = await gql(
      `{ enterprise(enterpriseCode: "0312345673") { type charterCapital establishmentDate businessLines { vsicVersion code isMain }
           owners { citizen { fullName } capitalContribution } }
         citizen(personalIdNumber: "079190004321") { fullName enterpriseRoles { role title capitalContribution enterpriseCode } } }`,
      {},
      // Across both registries: the tax department, whose agreement covers owners and their identity.
      agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION'),
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.enterprise).toEqual({
      type: 'JOINT_STOCK_COMPANY',
      charterCapital: '120000000000',
      establishmentDate: '2009-11-20',
      businessLines: [
        { vsicVersion: 'VSIC2018', code: '1079', isMain: true },
        { vsicVersion: 'VSIC2025', code: 'G', isMain: false },
      ],
      owners: [
        { citizen: { fullName: 'Trần Thị Bình' }, capitalContribution: '48000000000' },
        { citizen: { fullName: 'Lê Minh Châu' }, capitalContribution: '12000000000' },
      ],
    });
    expect(response.body.data.citizen).toEqual({
      fullName: 'Trần Thị Bình',
      enterpriseRoles: [
        {
          role: 'legal_representative',
          title: 'Chủ tịch Hội đồng quản trị',
          capitalContribution: null,
          enterpriseCode: '0312345673',
        },
        { role: 'owner', title: null, capitalContribution: '48000000000', enterpriseCode: '0312345673' },
      ],
    });
  });

  it.each([
    ['a wrong check digit', { enterpriseCode: '0108888881' }, 'INVALID_ENTERPRISE_CODE', 'enterpriseCode'],
    [
      'two main business lines',
      {
        businessLines: [
          { vsicVersion: 'VSIC2025', code: '4690', isMain: true },
          { vsicVersion: 'VSIC2025', code: '4610', isMain: true },
        ],
      },
      'BAD_USER_INPUT',
      'businessLines',
    ],
    [
      'a section the edition lacks',
      { businessLines: [{ vsicVersion: 'VSIC2018', code: 'V', isMain: true }] },
      'BAD_USER_INPUT',
      'businessLines.0.code',
    ],
    ['capital that is not an exact integer', { charterCapital: '1.5e9' }, 'BAD_USER_INPUT', 'charterCapital'],
    ['owners holding more than the capital', { charterCapital: '1000' }, 'BAD_USER_INPUT', 'owners'],
    [
      'an owner naming two parties',
      { owners: [{ name: 'X', personalIdNumber: '001085012345', capitalContribution: '1' }] },
      'BAD_USER_INPUT',
      'owners.0',
    ],
    ['a day that does not exist', { establishmentDate: '2025-02-29' }, 'INVALID_DATE', 'establishmentDate'],
    ['a registration in the future', { establishmentDate: '2099-01-01' }, 'INVALID_DATE', 'establishmentDate'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, overrides, code, field) => {
    const response = await gql(REGISTER, { input: enterprise(overrides) }, CAROL);
    expect(errorOf(response.body)).toEqual({ code, field });
    expect(errorOf((await gql(READ, { code: CODE })).body)).toMatchObject({ code: 'ENTERPRISE_NOT_FOUND' });
  });

  it('registers for a business steward only, with capital kept exact to the last digit', async () => {
    expect(errorOf((await gql(REGISTER, { input: enterprise() }, ALICE)).body)).toMatchObject({ code: 'FORBIDDEN' });
    const registered = await gql(REGISTER, { input: enterprise() }, CAROL);
    expect(registered.body.data.registerEnterprise).toEqual({
      enterpriseCode: CODE,
      version: 1,
      type: 'MULTI_MEMBER_LLC',
      charterCapital: '99999999999999999999',
      businessLines: [
        { code: '4690', isMain: true },
        { code: 'G', isMain: false },
      ],
      owners: [
        { name: null, capitalContribution: '60000000000000000000' },
        { name: 'Bình Minh Holdings Pte. Ltd.', capitalContribution: '39999999999999999999' },
      ],
    });
    expect(errorOf((await gql(REGISTER, { input: enterprise() }, CAROL)).body)).toMatchObject({
      code: 'ENTERPRISE_ALREADY_REGISTERED',
    });
  });

  it('amends representatives and status as versions, with a status history and asOf', async () => {
    const before = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const added = await gql(
      ADD,
      {
        input: {
          enterpriseCode: CODE,
          expectedVersion: 1,
          personalIdNumber: '079190004321',
          title: 'Phó Giám đốc',
          reason: 'bổ nhiệm',
        },
      },
      CAROL,
    );
    expect(added.body.data.addLegalRepresentative).toEqual({
      version: 2,
      legalRepresentatives: [{ title: 'Giám đốc' }, { title: 'Phó Giám đốc' }],
    });
    const removed = await gql(
      REMOVE,
      { input: { enterpriseCode: CODE, expectedVersion: 2, personalIdNumber: '001085012345', reason: 'miễn nhiệm' } },
      CAROL,
    );
    expect(removed.body.data.removeLegalRepresentative).toEqual({
      version: 3,
      legalRepresentatives: [{ title: 'Phó Giám đốc' }],
    });
    const last = await gql(
      REMOVE,
      { input: { enterpriseCode: CODE, expectedVersion: 3, personalIdNumber: '079190004321', reason: 'x' } },
      CAROL,
    );
    expect(errorOf(last.body)).toMatchObject({ code: 'INVALID_AMENDMENT' });
    const suspended = await gql(
      STATUS,
      { input: { enterpriseCode: CODE, expectedVersion: 3, status: 'SUSPENDED', reason: 'tạm ngừng kinh doanh' } },
      CAROL,
    );
    expect(suspended.body.data.changeEnterpriseStatus).toEqual({ status: 'SUSPENDED', version: 4 });
    const stale = await gql(
      STATUS,
      { input: { enterpriseCode: CODE, expectedVersion: 3, status: 'ACTIVE', reason: 'x' } },
      CAROL,
    );
    expect(errorOf(stale.body)).toEqual({ code: 'STALE_VERSION', expectedVersion: 3, currentVersion: 4 });

    const now = (await gql(READ, { code: CODE })).body.data.enterprise;
    expect(now.statusHistory).toEqual([
      { status: 'SUSPENDED', reason: 'tạm ngừng kinh doanh' },
      { status: 'ACTIVE', reason: 'Giấy chứng nhận đăng ký doanh nghiệp lần đầu' },
    ]);
    expect(now.history.map((v: { changeKind: string }) => v.changeKind)).toEqual([
      'change_status',
      'remove_representative',
      'add_representative',
      'register',
    ]);
    const then = (await gql(READ, { code: CODE, asOf: before.toISOString() })).body.data.enterprise;
    expect(then).toMatchObject({
      status: 'ACTIVE',
      version: 1,
      legalRepresentatives: [{ title: 'Giám đốc', citizen: { personalIdNumber: '001085012345' } }],
    });
  });

  it('registers branches under an existing parent, with codes that follow the rules', async () => {
    const register = `mutation($input: RegisterBranchInput!) { registerBranch(input: $input) { version branches { branchCode kind name } } }`;
    const branch = (branchCode: string, expectedVersion: number) => ({
      branchCode,
      expectedVersion,
      kind: 'branch',
      name: 'Chi nhánh Đà Nẵng',
      location: { provinceCode: '48', address: '10 đường Bạch Đằng, Đà Nẵng' },
      reason: 'mở chi nhánh',
    });
    const version = (await gql(READ, { code: CODE })).body.data.enterprise.version as number;
    const response = await gql(register, { input: branch(`${CODE}-001`, version) }, CAROL);
    expect(response.body.data.registerBranch).toEqual({
      version: version + 1,
      branches: [{ branchCode: `${CODE}-001`, kind: 'branch', name: 'Chi nhánh Đà Nẵng' }],
    });
    expect(errorOf((await gql(register, { input: branch(`${CODE}-000`, version + 1) }, CAROL)).body)).toMatchObject({
      code: 'INVALID_BRANCH_CODE',
      field: 'branchCode',
    });
    expect(errorOf((await gql(register, { input: branch('0100233488-001', 1) }, CAROL)).body)).toMatchObject({
      code: 'ENTERPRISE_NOT_FOUND',
    });
    expect(errorOf((await gql(register, { input: branch(`${CODE}-001`, version + 1) }, CAROL)).body)).toMatchObject({
      code: 'INVALID_AMENDMENT',
    });
  });

  it('lets exactly one of several concurrent amendments of the same version through', async () => {
    const statuses = ['ACTIVE', 'DISSOLVING', 'BANKRUPT'];
    const responses = await Promise.all(
      statuses.map((status) =>
        gql(STATUS, { input: { enterpriseCode: CODE, expectedVersion: 5, status, reason: `race ${status}` } }, CAROL),
      ),
    );
    expect(responses.filter((r) => r.body.data?.changeEnterpriseStatus)).toHaveLength(1);
    expect(responses.filter((r) => errorOf(r.body)?.code === 'STALE_VERSION')).toHaveLength(2);
    expect((await gql(READ, { code: CODE })).body.data.enterprise.version).toBe(6);
  });
  it('finds enterprises by name with or without diacritics, page by page, for business stewards only', async () => {
    const SEARCH = `query($name: String!, $first: Int, $after: String) {
      searchEnterprises(name: $name, first: $first, after: $after) {
        nodes { enterpriseCode name legalRepresentatives { title } } pageInfo { endCursor hasNextPage }
      }
    }`;
    const plain = await gql(SEARCH, { name: 'song hong' });
    expect(plain.body.data.searchEnterprises.nodes).toEqual([
      expect.objectContaining({ enterpriseCode: '0100003212', name: 'Công ty TNHH Phần mềm Sông Hồng' }),
    ]);
    const marked = await gql(SEARCH, { name: 'SÔNG HỒNG' });
    expect(
      marked.body.data.searchEnterprises.nodes.map((node: { enterpriseCode: string }) => node.enterpriseCode),
    ).toEqual(['0100003212']);
    // Every demo enterprise's name holds "công ty" or not; page through those that do, one at a time.
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: {
        body: {
          data: {
            searchEnterprises: {
              nodes: { enterpriseCode: string }[];
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
            };
          };
        };
      } = await gql(SEARCH, { name: 'cong ty', first: 1, after });
      const {
        nodes,
        pageInfo: { endCursor, hasNextPage },
      } = page.body.data.searchEnterprises;
      seen.push(...nodes.map((node) => node.enterpriseCode));
      if (!hasNextPage) break;
      after = endCursor;
    }
    const all = await gql(SEARCH, { name: 'cong ty', first: 100 });
    expect(seen).toEqual(
      all.body.data.searchEnterprises.nodes.map((node: { enterpriseCode: string }) => node.enterpriseCode),
    );
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await gql(SEARCH, { name: 'khong co doanh nghiep nay' })).body.data.searchEnterprises.nodes).toEqual([]);
    expect(errorOf((await gql(SEARCH, { name: 'a' })).body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(errorOf((await gql(SEARCH, { name: '100%_' })).body)).toBeUndefined();
    expect(errorOf((await gql(SEARCH, { name: 'cong ty', after: 'not-a-cursor' })).body)).toMatchObject({
      code: 'INVALID_CURSOR',
    });
    expect(errorOf((await gql(SEARCH, { name: 'song hong' }, ALICE)).body)).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf((await gql(SEARCH, { name: 'song hong' }, null)).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
