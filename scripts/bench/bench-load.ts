// Drives one scenario with autocannon and turns what it saw into the figures the report prints.
import autocannon from "autocannon";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  /** A fixed body, or one per request (e.g. the next questionnaire of a pool). */
  body?: string | (() => string);
  /** For server actions: whether the answer's body says the action succeeded (a failure counts as an error). */
  succeeded?: (body: string) => boolean;
}

export interface LoadFigures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** Non-2xx answers (a redirect to /login included: the session was lost), socket errors, timeouts, failed actions. */
  errors: number;
  non2xx: number;
  socketErrors: number;
  failedActions: number;
}

export async function runLoad(
  origin: string,
  request: LoadRequest,
  options: { duration: number; connections: number },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let non2xx = 0;
  let failedActions = 0;
  const { body, succeeded } = request;
  let finish: (error: Error | null, result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: origin,
      connections: options.connections,
      duration: options.duration,
      timeout: 30,
      requests: [
        {
          method: request.method,
          path: request.path,
          headers: request.headers,
          ...(typeof body === "string" && { body }),
          ...(typeof body === "function" && {
            setupRequest: (req: autocannon.Request) => ({ ...req, body: body() }),
          }),
          ...(succeeded && {
            onResponse: (status: number, text: string) => {
              if (status >= 200 && status < 300 && !succeeded(text)) failedActions++;
            },
          }),
        },
      ],
    },
    (error, result) => finish(error, result),
  );
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx++;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const socketErrors = result.errors + result.timeouts;
  return {
    requests: latencies.length,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    rps: latencies.length / options.duration,
    errors: non2xx + socketErrors + failedActions,
    non2xx,
    socketErrors,
    failedActions,
  };
}

/** The nearest-rank percentile of sorted latencies (q = 0.95 for p95). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
