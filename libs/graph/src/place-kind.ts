/** What a place is: where events happen and what strikes hit. */
export enum PlaceKind {
  CITY = 'CITY',
  REGION = 'REGION',
  FACILITY = 'FACILITY',
  FIELD = 'FIELD',
  SEA = 'SEA',
  PIPELINE = 'PIPELINE',
  VENUE = 'VENUE',
  COUNTRY = 'COUNTRY',
}
