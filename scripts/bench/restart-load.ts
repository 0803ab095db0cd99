// The load of the restart benchmark: each scenario sends its requests one after another (on `connections` parallel
// loops) for the whole run, and every request's outcome is kept with the time it ended — autocannon's totals cannot say
// in which second a request failed, and the verdict is about exactly that.
import { performance } from "node:perf_hooks";
import type { Outcome } from "./restart-timeline";

export interface RestartRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** What this request wrote (e.g. the questionnaire it submitted), kept when it succeeds. */
  tag?: string;
}

export interface RestartScenario {
  name: string;
  /** The next request (a submit takes the next pending questionnaire of its pool). */
  next(): RestartRequest;
  /** For server actions: whether the answer says the action succeeded. */
  succeeded?: (body: string) => boolean;
}

export interface TaggedOutcome extends Outcome {
  tag?: string;
}

const TIMEOUT_MS = 15_000;
/** After a failure a loop waits a little, so a refused connection does not turn into a busy loop. */
const PAUSE_AFTER_FAILURE_MS = 100;

/** Runs every scenario for `durationMs`; `now()` is the clock the outcomes are measured on (ms since the start). */
export function startLoad(origin: string, scenarios: RestartScenario[], durationMs: number, connections: number) {
  const started = performance.now();
  const now = () => performance.now() - started;
  const outcomes: TaggedOutcome[] = [];
  const loop = async (scenario: RestartScenario) => {
    while (now() < durationMs) {
      const outcome = await send(origin, scenario, now);
      outcomes.push(outcome);
      if (!outcome.ok) await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_FAILURE_MS));
    }
  };
  const loops = scenarios.flatMap((scenario) => Array.from({ length: connections }, () => loop(scenario)));
  return { now, done: Promise.all(loops).then(() => outcomes) };
}

/** One request of a scenario, its outcome timed on `now`. */
export async function send(origin: string, scenario: RestartScenario, now: () => number): Promise<TaggedOutcome> {
  const request = scenario.next();
  const result = (ok: boolean, label: string): TaggedOutcome => ({
    scenario: scenario.name,
    endedMs: now(),
    ok,
    label,
    ...(ok && request.tag && { tag: request.tag }),
  });
  try {
    const response = await fetch(`${origin}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status !== 200) {
      const location = response.headers.get("location");
      return result(false, location ? `${response.status} ${new URL(location, origin).pathname}` : String(response.status));
    }
    // The action's failure code (INTERNAL: the database, CONFLICT, INVALID, …) tells an outage from a refusal.
    if (scenario.succeeded && !scenario.succeeded(text)) return result(false, `action ${actionCode(text)}`);
    return result(true, "200");
  } catch (error) {
    return result(false, errorLabel(error));
  }
}

function actionCode(body: string): string {
  return /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? "failed";
}

function errorLabel(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError") return "timeout";
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error instanceof Error ? error.name : "error");
}
