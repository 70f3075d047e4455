import { InvalidInputError } from '@app/errors';
import { VSIC_SECTIONS } from '@app/identifiers';
import type { RegisterEnterpriseInput } from './dto/enterprise-stewardship.inputs';

const SECTIONS = new Set(VSIC_SECTIONS.map((section) => `${section.version}:${section.code}`));

/**
 * The registration rules on business lines that class-validator cannot express: exactly one
 * main line, and a section letter that exists in its VSIC edition. Shared with the importer.
 */
export function checkBusinessLines(input: Pick<RegisterEnterpriseInput, 'businessLines'>): void {
  const main = input.businessLines.filter((line) => line.isMain).length;
  if (main !== 1) throw new InvalidInputError('businessLines', `must have exactly one main line (got ${main})`);
  input.businessLines.forEach((line, i) => {
    if (/^[A-V]$/.test(line.code) && !SECTIONS.has(`${line.vsicVersion}:${line.code}`)) {
      throw new InvalidInputError(`businessLines.${i}.code`, `${line.code} is not a section of ${line.vsicVersion}`);
    }
  });
}

/** Each owner names exactly one party, and the contributions add up to at most the charter capital. */
export function checkOwners(input: Pick<RegisterEnterpriseInput, 'owners' | 'charterCapital'>): void {
  let total = 0n;
  input.owners.forEach((owner, i) => {
    const parties = [owner.personalIdNumber, owner.enterpriseCode, owner.name].filter((party) => party != null).length;
    if (parties !== 1)
      throw new InvalidInputError(`owners.${i}`, 'must name exactly one of personalIdNumber, enterpriseCode, name');
    total += BigInt(owner.capitalContribution);
  });
  if (total > BigInt(input.charterCapital)) {
    throw new InvalidInputError(
      'owners',
      `contributions (${total}) exceed the charter capital (${input.charterCapital})`,
    );
  }
}
