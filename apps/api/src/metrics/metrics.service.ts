import { Neo4jService, type SessionStats } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { HeavyRequests } from '../isolation/heavy-requests';

/** Operation names kept as labels; past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_NAMES = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** What /metrics reports, in Prometheus's text format (prom-client). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requests = new Counter({
    name: 'actorgraph_http_requests_total',
    help: 'HTTP requests answered, by route, GraphQL operation name and status.',
    labelNames: ['route', 'operation', 'status'] as const,
    registers: [this.registry],
  });

  readonly latency = new Histogram({
    name: 'actorgraph_http_request_duration_seconds',
    help: 'Time to answer a request, by route and GraphQL operation name.',
    labelNames: ['route', 'operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30],
    registers: [this.registry],
  });

  readonly costCharged = new Histogram({
    name: 'actorgraph_request_cost_units',
    help: 'Cost units charged per request that ran.',
    buckets: [1, 10, 100, 1_000, 5_000, 10_000, 25_000, 50_000],
    registers: [this.registry],
  });

  readonly costChargedTotal = new Counter({
    name: 'actorgraph_cost_units_charged_total',
    help: 'Cost units charged to clients, all requests.',
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'actorgraph_errors_total',
    help: 'Errors returned to clients, by code (LIMIT_EXCEEDED and RATE_LIMITED are refused costs).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly databaseErrors = new Counter({
    name: 'actorgraph_neo4j_errors_total',
    help: 'Failed database transactions, by Neo4j (or driver, or gate) code and the code the client saw.',
    labelNames: ['neo4j_code', 'code'] as const,
    registers: [this.registry],
  });

  constructor(neo4j: Neo4jService, heavy: HeavyRequests) {
    collectDefaultMetrics({ register: this.registry, prefix: 'actorgraph_' });
    neo4j.onDatabaseError((neo4jCode, code) => this.databaseErrors.inc({ neo4j_code: neo4jCode, code }));
    // Read from the session gates when /metrics is scraped, one series per lane.
    const laneGauge = (name: string, help: string, value: (lane: SessionStats) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['lane'] as const,
        registers: [this.registry],
        collect() {
          for (const lane of neo4j.sessionStats()) this.set({ lane: lane.lane }, value(lane));
        },
      });
    laneGauge(
      'actorgraph_neo4j_sessions_in_use',
      'Database sessions held, by lane (priority: health and cheap reads; shared: the rest).',
      (lane) => lane.inUse,
    );
    laneGauge(
      'actorgraph_neo4j_sessions_waiting',
      'Transactions waiting for a database session, by lane.',
      (lane) => lane.waiting,
    );
    new Gauge({
      name: 'actorgraph_heavy_requests',
      help: 'Heavy requests (over the priority cost) running and waiting for their turn.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const { running, waiting } = heavy.stats();
        this.set({ state: 'running' }, running);
        this.set({ state: 'waiting' }, waiting);
      },
    });
  }

  /** A label for a client-chosen operation name, bounded in shape and number. */
  operationLabel(name: unknown): string {
    if (typeof name !== 'string' || name === '') return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }
}
