import type { SubjectKind } from './data-categories';
import type { Subject } from './decision';

/** How to find the subject of a GraphQL object: its kind, and which field holds its identifier. */
export interface SubjectSpec {
  typeName: string;
  kind: SubjectKind;
  key: string;
}

/** A GraphQL object type's class. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any class, whatever its constructor takes
export type ModelClass = abstract new (...args: any[]) => unknown;

const SUBJECT_TYPES = new Map<ModelClass, SubjectSpec>();

/**
 * Marks a GraphQL object type as a record about one subject (a citizen, an enterprise): its
 * data fields (@DataField) are released per the policy for that subject. `typeName` is the
 * GraphQL name (as in @ObjectType), `key` the field holding the identifier.
 */
export function DataSubject(typeName: string, kind: SubjectKind, key: string): ClassDecorator {
  return (target) => {
    SUBJECT_TYPES.set(target as unknown as ModelClass, { typeName, kind, key });
  };
}

export function subjectSpecOf(type: ModelClass): SubjectSpec | undefined {
  return SUBJECT_TYPES.get(type);
}

/** Every type marked @DataSubject so far (for tests that check every data field is categorised). */
export function subjectTypes(): [ModelClass, SubjectSpec][] {
  return [...SUBJECT_TYPES.entries()];
}

export function subjectOf(spec: SubjectSpec, source: unknown): Subject {
  const id = (source as Record<string, unknown> | null)?.[spec.key];
  if (typeof id !== 'string') throw new Error(`${spec.typeName} object without its key ${spec.key}`);
  return { kind: spec.kind, id };
}
