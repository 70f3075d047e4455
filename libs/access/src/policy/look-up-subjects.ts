import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { SafeGraphQLError } from '@app/errors';
import type { PolicyContext } from './data-field.decorator';
import { subjectOf, subjectSpecOf, type ModelClass, type SubjectSpec } from './data-subject';
import type { Subject } from './decision';
import type { RequestAccess } from './request-access';
import type { LookupDecision } from './subject-lookup';

/** The policy of the current request (a subgraph's resolvers, for lookUpSubjects). */
export const CurrentAccess = createParamDecorator((_data: unknown, context: ExecutionContext): RequestAccess => {
  const access = GqlExecutionContext.create(context).getContext<PolicyContext>().access;
  if (!access) throw new Error('No policy in the GraphQL context of this request');
  return access;
});

/**
 * Finds subjects by identifier, as far as the caller may learn of them: each identifier is
 * looked up only when the policy allows the caller to know whether it is registered; one
 * that is not allowed gets a FORBIDDEN error, the same whether it is registered or not (and
 * whether it leads, as a merged duplicate's number does, to another record); what is found is
 * noted as a release of its key. `find` gets the allowed identifiers and answers in their
 * order (null for one not held); the answer is in the order asked, an error in place of each
 * refused subject (a list resolver may return it as an item). `bulk`: whether the caller asked
 * for many people at once (by default: more than one identifier); references another subgraph
 * resolves together (an enterprise's representatives) are each asked for alone.
 */
export async function lookUpSubjects<T>(
  access: RequestAccess,
  type: ModelClass,
  asked: readonly string[],
  find: (ids: string[]) => Promise<(T | null)[]>,
  { bulk = new Set(asked).size > 1 }: { bulk?: boolean } = {},
): Promise<(T | null | SafeGraphQLError)[]> {
  const spec = subjectSpecOf(type);
  if (!spec) throw new Error(`${type.name} is not a @DataSubject`);
  const subjects = asked.map((id): Subject => ({ kind: spec.kind, id }));
  // Many people asked for at once: each one's record says so, for their tracker.
  if (bulk) access.markBulk(subjects);
  const decisions = await Promise.all(subjects.map((subject) => access.lookUp(subject)));
  const allowed = asked.filter((_, index) => decisions[index].allowed);
  const found = allowed.length ? await find(allowed) : [];
  const byId = new Map(allowed.map((id, index) => [id, found[index] ?? null]));
  return Promise.all(
    subjects.map(async (subject, index) => {
      const decision = decisions[index];
      if (!decision.allowed) return withheld(access, spec, subject, decision);
      const record = byId.get(subject.id) ?? null;
      if (record === null) return null;
      const key = subjectOf(spec, record);
      if (bulk) access.markBulk([key]);
      // A merged duplicate's number leads to its survivor: the survivor's key needs its own basis.
      const keyDecision = key.id === subject.id ? decision : await access.lookUp(key);
      if (!keyDecision.allowed) {
        access.refuseLookUp(subject, `${spec.typeName}.${spec.key}`, keyDecision);
        return withheld(access, spec, key, keyDecision);
      }
      if (key.id !== subject.id) access.releaseKey(subject, `${spec.typeName}.${spec.key}`, decision);
      access.releaseKey(key, `${spec.typeName}.${spec.key}`, keyDecision);
      return record;
    }),
  );
}

/** The one answer of a lookup of one subject: the record, or the refusal thrown. */
export function revealed<T>(answer: T | null | SafeGraphQLError): T | null {
  if (answer instanceof SafeGraphQLError) throw answer;
  return answer;
}

function withheld(
  access: RequestAccess,
  spec: SubjectSpec,
  subject: Subject,
  decision: Extract<LookupDecision, { allowed: false }>,
): SafeGraphQLError {
  access.refuseLookUp(subject, `${spec.typeName}.${spec.key}`, decision);
  return new SafeGraphQLError(`${spec.typeName} withheld: ${decision.message}`, 'FORBIDDEN', {
    reason: decision.reason,
    ...(decision.purpose ? { purpose: decision.purpose } : {}),
    subjectKind: subject.kind,
  });
}
