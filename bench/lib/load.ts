import { Agent, request } from 'node:http';
import { percentile } from './results';

export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  token: string;
  body?: unknown;
}

export interface LoadResult {
  requests: number;
  ok: number;
  errors: Record<string, number>;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/**
 * A closed-loop load driver: `connections` clients each send their next request as soon as the
 * previous answer arrives, for `durationMs` or until `next()` runs dry. Every latency is kept,
 * so percentiles are exact.
 */
export async function drive(
  baseUrl: string,
  connections: number,
  durationMs: number,
  next: () => RequestSpec | null,
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let ok = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    for (let spec = next(); spec && performance.now() < deadline; spec = next()) {
      const t0 = performance.now();
      const status = await send(agent, url, spec);
      latencies.push(performance.now() - t0);
      if (status >= 200 && status < 300) ok++;
      else errors[String(status)] = (errors[String(status)] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    ok,
    errors,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
  };
}

function send(agent: Agent, url: URL, spec: RequestSpec): Promise<number> {
  const payload = spec.body === undefined ? undefined : Buffer.from(JSON.stringify(spec.body));
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: spec.method,
        path: spec.path,
        headers: {
          authorization: `Bearer ${spec.token}`,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': payload.length }
            : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(payload);
  });
}
