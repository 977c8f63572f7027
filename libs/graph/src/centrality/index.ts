export * from './betweenness';
export * from './degree';
export * from './pagerank';
export * from './rank-scores';
export * from './weighted-graph';
