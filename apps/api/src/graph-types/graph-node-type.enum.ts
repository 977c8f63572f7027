/** What a node of a graph view stands for. */
export enum GraphNodeType {
  ACTOR = 'ACTOR',
  PLACE = 'PLACE',
}
