import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { InvalidInputError } from '@app/errors';
import { checkCalendarDate } from '@app/validation';
import { RegisterBranchInput, RegisterEnterpriseInput } from '../enterprises/dto/enterprise-stewardship.inputs';
import { ENTERPRISE_STATUSES } from '../enterprises/enterprise.entity';
import { checkBusinessLines, checkOwners } from '../enterprises/enterprise-rules';
import { splitList, type EnterpriseColumn, type EnterpriseCsvRow } from './enterprise-columns';

/** An enterprise ready for business.enterprises and its collections, as registerEnterprise would store it. */
export interface NewEnterprise {
  enterpriseCode: string;
  name: string;
  foreignName: string | null;
  abbreviation: string | null;
  type: string;
  status: string;
  establishmentDate: string;
  headOfficeProvinceCode: string;
  headOfficeAddress: string;
  charterCapital: string;
  businessLines: { vsicVersion: string; code: string; isMain: boolean }[];
  legalRepresentatives: { personalIdNumber: string; title: string }[];
  owners: {
    personalIdNumber: string | null;
    enterpriseCode: string | null;
    name: string | null;
    capitalContribution: string;
  }[];
  branches: { branchCode: string; kind: string; name: string; provinceCode: string; address: string }[];
}

/** What is wrong with a row: the file's column (or `row`) and why. */
export interface EnterpriseRowProblem {
  column: EnterpriseColumn | 'row';
  reason: string;
}

export type EnterpriseRowVerdict =
  { enterprise: NewEnterprise; problems?: undefined } | { enterprise?: undefined; problems: EnterpriseRowProblem[] };

// The API's validation pipe options (libs/validation): a row passes exactly when registerEnterprise would take it.
const VALIDATION = { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true };

const COLUMN_OF: Readonly<Record<string, EnterpriseColumn>> = {
  enterpriseCode: 'enterprise_code',
  name: 'name',
  foreignName: 'foreign_name',
  abbreviation: 'abbreviation',
  type: 'type',
  establishmentDate: 'establishment_date',
  headOffice: 'head_office_province_code',
  'headOffice.provinceCode': 'head_office_province_code',
  'headOffice.address': 'head_office_address',
  charterCapital: 'charter_capital',
  businessLines: 'business_lines',
  legalRepresentatives: 'legal_representatives',
  owners: 'owners',
};

const STATUSES = new Set<string>(ENTERPRISE_STATUSES);
const OWNER_KINDS = ['person', 'enterprise', 'name'] as const;

/**
 * Checks a row of an enterprises file with the rules of registerEnterprise (the input
 * class's class-validator rules, checkCalendarDate, checkBusinessLines, checkOwners) and
 * each branch with registerBranch's input rules, its code under the row's enterprise code.
 * Text comes out trimmed and in NFC, as the API stores it.
 */
export async function validateEnterpriseRow(
  row: EnterpriseCsvRow,
  reason: string,
  today: Date,
): Promise<EnterpriseRowVerdict> {
  const problems: EnterpriseRowProblem[] = [];
  const lists = {
    business_lines: splitList(row.business_lines),
    legal_representatives: splitList(row.legal_representatives),
    owners: splitList(row.owners),
    branches: splitList(row.branches),
  };
  const shapes: Record<keyof typeof lists, number> = {
    business_lines: -1,
    legal_representatives: 2,
    owners: 3,
    branches: 5,
  };
  for (const column of Object.keys(lists) as (keyof typeof lists)[]) {
    lists[column].forEach((parts, i) => {
      const bad =
        column === 'business_lines'
          ? parts.length < 2 || parts.length > 3 || (parts.length === 3 && parts[2] !== 'main')
          : parts.length !== shapes[column];
      if (bad) problems.push({ column, reason: `item ${i + 1} is not ${ITEM_SHAPES[column]}` });
    });
  }
  lists.owners.forEach((parts, i) => {
    if (parts.length === 3 && !(OWNER_KINDS as readonly string[]).includes(parts[0]))
      problems.push({ column: 'owners', reason: `item ${i + 1}: the kind must be person, enterprise or name` });
  });
  const status = row.status.trim() || 'active';
  if (!STATUSES.has(status))
    problems.push({ column: 'status', reason: `must be one of ${ENTERPRISE_STATUSES.join(', ')}` });
  if (problems.length > 0) return { problems };

  const input = plainToInstance(RegisterEnterpriseInput, {
    enterpriseCode: row.enterprise_code,
    name: row.name,
    foreignName: optional(row.foreign_name),
    abbreviation: optional(row.abbreviation),
    type: row.type,
    establishmentDate: row.establishment_date,
    headOffice: { provinceCode: row.head_office_province_code, address: row.head_office_address },
    charterCapital: row.charter_capital,
    businessLines: lists.business_lines.map(([vsicVersion, code, main]) => ({
      vsicVersion,
      code,
      isMain: main === 'main',
    })),
    legalRepresentatives: lists.legal_representatives.map(([personalIdNumber, title]) => ({ personalIdNumber, title })),
    owners: lists.owners.map(([kind, party, capitalContribution]) => ({
      personalIdNumber: kind === 'person' ? party : null,
      enterpriseCode: kind === 'enterprise' ? party : null,
      name: kind === 'name' ? party : null,
      capitalContribution,
    })),
    reason,
  });
  problems.push(...flatten(await validate(input, VALIDATION)));
  if (problems.length === 0) {
    const rule = (check: () => void, column: (field: string) => EnterpriseColumn) => {
      try {
        check();
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        problems.push({ column: column(error.field), reason: reasonOf(error) });
      }
    };
    rule(
      () => checkCalendarDate('establishmentDate', input.establishmentDate, today),
      () => 'establishment_date',
    );
    rule(
      () => checkBusinessLines(input),
      () => 'business_lines',
    );
    rule(
      () => checkOwners(input),
      () => 'owners',
    );
  }
  const duplicate = (values: string[]) => values.find((value, i) => values.indexOf(value) !== i);
  const twiceLine = duplicate(input.businessLines.map((line) => `${line.vsicVersion} ${line.code}`));
  if (twiceLine) problems.push({ column: 'business_lines', reason: `lists ${twiceLine} twice` });
  const twiceRep = duplicate(input.legalRepresentatives.map((r) => r.personalIdNumber));
  if (twiceRep) problems.push({ column: 'legal_representatives', reason: `lists ${twiceRep} twice` });

  const branches: NewEnterprise['branches'] = [];
  for (const [i, [branchCode, kind, name, provinceCode, address]] of lists.branches.entries()) {
    const branch = plainToInstance(RegisterBranchInput, {
      branchCode,
      expectedVersion: 1,
      kind,
      name,
      location: { provinceCode, address },
      reason,
    });
    const [problem] = flatten(await validate(branch, VALIDATION), '', 'branches');
    if (problem) {
      problems.push({ column: 'branches', reason: `item ${i + 1}: ${problem.reason}` });
    } else if (branch.branchCode.slice(0, 10) !== input.enterpriseCode) {
      problems.push({
        column: 'branches',
        reason: `item ${i + 1}: ${branchCode} is not a branch of ${input.enterpriseCode}`,
      });
    } else {
      branches.push({
        branchCode: branch.branchCode,
        kind: branch.kind,
        name: branch.name,
        provinceCode: branch.location.provinceCode,
        address: branch.location.address,
      });
    }
  }
  const twiceBranch = duplicate(branches.map((b) => b.branchCode));
  if (twiceBranch) problems.push({ column: 'branches', reason: `lists ${twiceBranch} twice` });
  if (problems.length > 0) return { problems };

  return {
    enterprise: {
      enterpriseCode: input.enterpriseCode,
      name: input.name,
      foreignName: input.foreignName ?? null,
      abbreviation: input.abbreviation ?? null,
      type: input.type,
      status,
      establishmentDate: input.establishmentDate,
      headOfficeProvinceCode: input.headOffice.provinceCode,
      headOfficeAddress: input.headOffice.address,
      charterCapital: input.charterCapital,
      businessLines: input.businessLines.map(({ vsicVersion, code, isMain }) => ({ vsicVersion, code, isMain })),
      legalRepresentatives: input.legalRepresentatives.map(({ personalIdNumber, title }) => ({
        personalIdNumber,
        title,
      })),
      owners: input.owners.map((owner) => ({
        personalIdNumber: owner.personalIdNumber ?? null,
        enterpriseCode: owner.enterpriseCode ?? null,
        name: owner.name ?? null,
        capitalContribution: owner.capitalContribution,
      })),
      branches,
    },
  };
}

const ITEM_SHAPES: Readonly<Record<string, string>> = {
  business_lines: 'version|code or version|code|main',
  legal_representatives: 'personal ID number|title',
  owners: 'kind|party|contribution',
  branches: 'code|kind|name|province code|address',
};

/** An empty or blank cell: not known. */
function optional(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** Class-validator errors as problems; inside a list, the reason names the item and its field. */
function flatten(errors: ValidationError[], prefix = '', listColumn?: EnterpriseColumn): EnterpriseRowProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    const [top, index, ...rest] = path.split('.');
    const inList = index !== undefined && /^\d+$/.test(index);
    const column = listColumn ?? COLUMN_OF[path] ?? COLUMN_OF[top] ?? 'row';
    const where = inList
      ? `item ${Number(index) + 1}${rest.length ? ` ${rest.join('.')}` : ''}: `
      : listColumn
        ? `${path}: `
        : '';
    const own = messages.length > 0 ? [{ column, reason: `${where}${messages[0]}` }] : [];
    return [...own, ...flatten(error.children ?? [], path, listColumn)];
  });
}

function reasonOf(error: InvalidInputError): string {
  const prefix = `${error.field}: `;
  const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  const item = /^\w+\.(\d+)(?:\.(\w+))?$/.exec(error.field);
  return item ? `item ${Number(item[1]) + 1}${item[2] ? ` ${item[2]}` : ''}: ${reason}` : reason;
}
