import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * A measure of a document's named fragments (their depth, their size), each fragment measured once and remembered:
 * a chain of fragments each spreading the previous one twice costs one visit per fragment, not 2^n. An unknown
 * fragment, or one met again while it is being measured (a cycle, which NoFragmentCycles reports), measures 0.
 */
export function fragmentMeasure(
  document: DocumentNode,
  measure: (selectionSet: SelectionSetNode) => number,
): (name: string) => number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, number>();
  const visiting = new Set<string>();
  return (name) => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const value = measure(fragment.selectionSet);
    visiting.delete(name);
    measured.set(name, value);
    return value;
  };
}
