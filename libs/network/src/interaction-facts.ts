/**
 * What the projection needs to know of one interaction: as the `network/*-facts` statements read it from the
 * graph, or as a writer builds it from the rows it writes. Dates are `YYYY-MM-DD` strings.
 */
export interface InteractionFacts {
  id: string;
  kind: string;
  dataset: string | null;
  date: string;
  dateStart: string;
  dateEnd: string;
  quadClass?: number | null;
  cameo?: string | null;
  goldstein?: number | null;
  intensity?: number | null;
  initiators: string[];
  /** Target actors and places. */
  targets: string[];
  /** Mentioned actors and places. */
  mentions: string[];
}
