/** What a node on a path is. */
export enum PathNodeType {
  ACTOR = 'ACTOR',
  PLACE = 'PLACE',
  INTERACTION = 'INTERACTION',
}
