import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { ServerErrorCode } from '../src/signaling/protocol.js';
import type { AuthRejection } from './auth.js';

/** Live figures the gauges read when they are scraped. */
export interface MetricSources {
  rooms(): number;
  connections(): number;
}

/**
 * The counters and gauges of one server. They live in a registry of this instance, never in
 * prom-client's global one, so two servers in one process (tests do that) keep apart.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly messagesReceived = this.counter(
    'messages_received_total',
    'WebSocket frames received from clients',
  );
  readonly messagesSent = this.counter('messages_sent_total', 'WebSocket messages sent to clients');
  readonly errors = this.labelled<'code'>('errors_total', 'Error replies sent, by code', 'code');
  readonly authRejections = this.labelled<'reason'>(
    'auth_rejections_total',
    'Joins refused for their access token',
    'reason',
  );
  readonly originRejections = this.counter(
    'origin_rejections_total',
    'WebSocket upgrades refused for their Origin',
  );
  readonly rateLimitCloses = this.counter(
    'rate_limit_closes_total',
    'Connections closed for sending too fast',
  );
  readonly slowConsumerCloses = this.counter('slow_consumer_closes_total', 'Connections cut for not reading');
  readonly pingTimeouts = this.counter('ping_timeouts_total', 'Connections cut for not answering a ping');

  /** @param processMetrics also collect prom-client's default process metrics (memory, CPU, event loop) */
  constructor(sources: MetricSources, processMetrics: boolean) {
    this.gauge('rooms', 'Rooms with at least one participant', sources.rooms);
    this.gauge('connections', 'Open WebSocket connections', sources.connections);
    if (processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  countError(code: ServerErrorCode): void {
    this.errors.inc({ code });
  }

  countAuthRejection(reason: AuthRejection): void {
    this.authRejections.inc({ reason });
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private counter(name: string, help: string): Counter {
    return new Counter({ name: `rtc_signaling_${name}`, help, registers: [this.registry] });
  }

  private labelled<Label extends string>(name: string, help: string, label: Label): Counter<Label> {
    return new Counter({
      name: `rtc_signaling_${name}`,
      help,
      labelNames: [label],
      registers: [this.registry],
    });
  }

  private gauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name: `rtc_signaling_${name}`,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }
}
