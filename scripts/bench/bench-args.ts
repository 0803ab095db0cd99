import type { BenchData } from "./bench-logins";

export interface BenchArgs {
  duration: number;
  connections: number;
  only: string[];
  data: BenchData;
  embedded: boolean;
  port: number;
  /** The floor's path: a static route by default; `--floor /login` takes the sign-in page (dynamic, no database). */
  floor: string;
  compare?: [string, string];
  out: string;
}

const USAGE = `npm run bench -- [--duration 10] [--connections 10] [--only name,name] [--data demo|scale] [--embedded]
                    [--port 3204] [--out bench-results] [--floor /manifest.webmanifest]
npm run bench -- --compare a.json b.json`;

/** Reads the command line; exits with the usage on anything it does not know. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = {
    duration: 10,
    connections: 10,
    only: [],
    data: "demo",
    embedded: false,
    port: Number(process.env.BENCH_PORT ?? 3204),
    out: "bench-results",
    floor: "/manifest.webmanifest",
  };
  const fail = (message: string): never => {
    console.error(`${message}\n\n${USAGE}`);
    process.exit(2);
  };
  const positive = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) fail(`${flag} needs a positive whole number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === "--duration") args.duration = positive(flag, value());
    else if (flag === "--connections") args.connections = positive(flag, value());
    else if (flag === "--only") args.only.push(...value().split(",").filter(Boolean));
    else if (flag === "--data") {
      const data = value();
      if (data !== "demo" && data !== "scale") fail("--data is demo or scale");
      args.data = data as BenchData;
    } else if (flag === "--embedded") args.embedded = true;
    else if (flag === "--port") args.port = positive(flag, value());
    else if (flag === "--out") args.out = value();
    else if (flag === "--floor") args.floor = value();
    else if (flag === "--compare") args.compare = [value(), value()];
    else if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else fail(`Unknown argument ${flag}`);
  }
  return args;
}
