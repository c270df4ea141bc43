/**
 * One row of load: autocannon on loopback with a fixed number of connections for a fixed time,
 * every latency kept so the 95th percentile is exact (autocannon itself reports 97.5 and 99).
 */
import autocannon from "autocannon";
import { latencyOf, type Latency } from "./stats";

export type LoadResult = Latency & { requests: number; perSecond: number; failed: number };

export type LoadOptions = {
  baseUrl: string;
  seconds: number;
  connections: number;
  /** Builds each request: method, path, headers and body. */
  request: () => { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string | Buffer };
  /** Whether an answer counts as a success; a 200 by default. */
  succeeded?: (status: number, headers: Record<string, string>) => boolean;
};

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  const succeeded = options.succeeded ?? ((status) => status === 200);
  const instance = autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, ...options.request() }),
        onResponse: (status, _body, _context, headers) => {
          if (!succeeded(status, headers as unknown as Record<string, string>)) failed++;
        },
      },
    ],
  });
  // (client, statusCode, bytes, milliseconds) for every answer, counted or not.
  (instance as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
  });
  const result = await instance;
  failed += result.errors + result.timeouts;
  return { ...latencyOf(latencies), requests: latencies.length, perSecond: latencies.length / options.seconds, failed };
}
