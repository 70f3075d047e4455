import { InvalidInputError } from '@app/errors';
import type { Principal } from '@app/auth';
import { DATA_CATEGORY_CODES } from '../data-categories';
import { fieldCategoriesOf } from '../data-field.decorator';
import { subjectTypes } from '../data-subject';
import type { Decision, Subject } from '../decision';
import type { RequestAccess } from '../request-access';
import type { AccessExplanation, FieldAccess } from './access-explanation.model';

/** The data fields of the GraphQL type `typeName` that this process serves, with their categories. */
export function dataFieldsOf(typeName: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [type, spec] of subjectTypes()) {
    if (spec.typeName !== typeName) continue;
    for (const [field, category] of fieldCategoriesOf(type)) fields.set(field, category);
  }
  return fields;
}

/**
 * For an agency, the principal as it would be with a token for `purpose`: the token's scope
 * stands for its own purpose; for another, the agreements alone decide (a token for that
 * purpose would carry what they allow).
 */
export function principalForPurpose(principal: Principal, purpose: string | undefined): Principal {
  if (principal.kind !== 'agency' || !purpose || purpose === principal.purpose) return principal;
  return { ...principal, purpose, scopes: [...DATA_CATEGORY_CODES] };
}

/** Decides each asked field (all when none named) without resolving any: nothing is released. */
export async function explainAccess(
  access: RequestAccess,
  principal: Principal,
  subject: Subject,
  typeName: string,
  fields: readonly string[] | undefined,
): Promise<AccessExplanation> {
  const known = dataFieldsOf(typeName);
  const asked = fields && fields.length > 0 ? fields : [...known.keys()].sort();
  const unknown = asked.filter((field) => !known.has(field));
  if (unknown.length > 0) {
    throw new InvalidInputError('fields', `${typeName} has no data field ${unknown.join(', ')}`, 'UNKNOWN_FIELD');
  }
  const answers = await Promise.all(
    asked.map(async (field) =>
      describe(`${typeName}.${field}`, known.get(field)!, await access.decide(subject, known.get(field)!)),
    ),
  );
  return { purpose: principal.kind === 'agency' ? principal.purpose : null, fields: answers };
}

function describe(field: string, category: string, decision: Decision): FieldAccess {
  const none = { agreement: null, legalBasis: null, consentId: null, reason: null, message: null };
  if (!decision.allowed) {
    return {
      ...none,
      field,
      category,
      allowed: false,
      basis: null,
      reason: decision.reason,
      message: decision.message,
    };
  }
  const basis = decision.basis;
  switch (basis.kind) {
    case 'agreement': {
      const { instrument, article, clause } = basis.citation;
      return {
        ...none,
        field,
        category,
        allowed: true,
        basis: 'AGREEMENT',
        agreement: `${basis.agreementNumber} v${basis.version}`,
        legalBasis: [clause, article, instrument].filter(Boolean).join(', '),
      };
    }
    case 'consent':
      return { ...none, field, category, allowed: true, basis: 'CONSENT', consentId: basis.consentId };
    default:
      return { ...none, field, category, allowed: true, basis: basis.kind.toUpperCase() };
  }
}
