/** Which way a path walks a relationship. */
export enum PathDirection {
  FORWARD = 'FORWARD',
  BACKWARD = 'BACKWARD',
}
