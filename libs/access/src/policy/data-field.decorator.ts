import { Field, ResolveField, type FieldMiddleware, type FieldOptions, type ReturnTypeFunc } from '@nestjs/graphql';
import { SafeGraphQLError } from '@app/errors';
import type { DataCategoryCode } from './data-categories';
import { subjectOf, subjectSpecOf, type ModelClass, type SubjectSpec } from './data-subject';
import type { Decision, Subject } from './decision';
import type { RequestAccess } from './request-access';

/** The GraphQL context of a subgraph request, as far as the policy needs it. */
export interface PolicyContext {
  access?: RequestAccess;
}

const FIELD_CATEGORIES = new Map<ModelClass, Map<string, DataCategoryCode>>();

/**
 * A field carrying personal or enterprise data, in `category`: resolved only when the policy
 * allows that category of this subject for this caller; otherwise null, with a FORBIDDEN
 * error at its path saying which category and why. Use instead of @Field on @DataSubject types.
 */
export function DataField(category: DataCategoryCode, type: ReturnTypeFunc, options: FieldOptions = {}) {
  return (target: object, property: string) => {
    const owner = target.constructor as ModelClass;
    registerField(owner, property, category);
    Field(type, { ...options, nullable: true, middleware: [enforce(category, owner)] })(target, property);
  };
}

/** As DataField, for a field computed by a resolver method on `subjectType`. */
export function DataResolveField(
  subjectType: ModelClass,
  category: DataCategoryCode,
  type: ReturnTypeFunc,
  options: FieldOptions & { name?: string } = {},
): MethodDecorator {
  return (target, property, descriptor) => {
    registerField(subjectType, options.name ?? String(property), category);
    ResolveField(type, { ...options, nullable: true, middleware: [enforce(category, subjectType)] })(
      target,
      property,
      descriptor,
    );
  };
}

/** The category of each data field of a @DataSubject type (for explainAccess and tests). */
export function fieldCategoriesOf(type: ModelClass): Map<string, DataCategoryCode> {
  return FIELD_CATEGORIES.get(type) ?? new Map<string, DataCategoryCode>();
}

function registerField(owner: ModelClass, field: string, category: DataCategoryCode): void {
  let fields = FIELD_CATEGORIES.get(owner);
  if (!fields) FIELD_CATEGORIES.set(owner, (fields = new Map<string, DataCategoryCode>()));
  fields.set(field, category);
}

function enforce(category: string, owner: ModelClass): FieldMiddleware {
  let spec: SubjectSpec | undefined;
  return (ctx, next) => {
    // Looked up at the first call: class decorators run after their fields' decorators.
    spec ??= subjectSpecOf(owner);
    const access = (ctx.context as PolicyContext).access;
    if (!spec || !access) throw new Error(`${owner.name}.${ctx.info?.fieldName}: no data subject or no policy`);
    const subject = subjectOf(spec, ctx.source);
    const field = `${spec.typeName}.${ctx.info?.fieldName}`;
    const decision = access.decide(subject, category);
    const proceed = (decided: Decision): unknown => {
      if (!decided.allowed) {
        access.refuse(subject, category, field, decided);
        throw withheld(field, category, subject, decided);
      }
      // Noted once resolved: the access log records what was actually sent, with a hash of it.
      const value: unknown = next();
      if (!(value instanceof Promise)) {
        access.release(subject, category, decided.basis, field, value);
        return value;
      }
      return value.then((resolved: unknown) => {
        access.release(subject, category, decided.basis, field, resolved);
        return resolved;
      });
    };
    return decision instanceof Promise ? decision.then(proceed) : proceed(decision);
  };
}

function withheld(
  field: string,
  category: string,
  subject: Subject,
  decision: Extract<Decision, { allowed: false }>,
): SafeGraphQLError {
  return new SafeGraphQLError(`${field} withheld: ${decision.message}`, 'FORBIDDEN', {
    reason: decision.reason,
    category,
    ...(decision.purpose ? { purpose: decision.purpose } : {}),
    subjectKind: subject.kind,
  });
}
