import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { fragmentMeasure } from './fragment-measure';

/**
 * How many selections an operation has once its fragments are expanded, computed with each fragment's size
 * remembered (linear in the document, whatever the expansion): a chain of fragments each spreading the previous one
 * twice has 2^n selections but is counted in n steps. Stops counting past `cap`.
 */
export function expandedSize(document: DocumentNode, operationName: string | null | undefined, cap: number): number {
  const fragmentSize = fragmentMeasure(document, (selectionSet) => sizeOf(selectionSet));

  const sizeOf = (selectionSet: SelectionSetNode | undefined): number => {
    let size = 0;
    for (const selection of selectionSet?.selections ?? []) {
      size +=
        1 +
        (selection.kind === Kind.FRAGMENT_SPREAD ? fragmentSize(selection.name.value) : sizeOf(selection.selectionSet));
      if (size > cap) return cap + 1;
    }
    return size;
  };

  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    total = Math.min(total + sizeOf(definition.selectionSet), cap + 1);
  }
  return total;
}
