/** What an edge of a graph view stands for. */
export enum GraphEdgeType {
  INTERACTION = 'INTERACTION',
  RELATION = 'RELATION',
}
