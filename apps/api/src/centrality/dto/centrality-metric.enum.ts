export enum CentralityMetric {
  DEGREE = 'DEGREE',
  PAGERANK = 'PAGERANK',
  BETWEENNESS = 'BETWEENNESS',
}
