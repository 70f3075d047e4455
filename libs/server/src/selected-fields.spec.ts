import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { selectedFieldNames } from './selected-fields';

function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = operation!.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments };
}

describe('selectedFieldNames', () => {
  it('names the fields asked right under the resolved one, not deeper ones', () => {
    const names = selectedFieldNames(infoOf('{ enterprise { name legalRepresentatives { fullName } } }'));
    expect([...names]).toEqual(['name', 'legalRepresentatives']);
  });

  it('follows fragments, inline fragments and a fragment used twice', () => {
    const info = infoOf(`
      { enterprise { ...A ... on Enterprise { owners { name } } ...A } }
      fragment A on Enterprise { branches { code } ...B }
      fragment B on Enterprise { businessLines { code } }`);
    expect(selectedFieldNames(info)).toEqual(new Set(['branches', 'businessLines', 'owners']));
  });
});
