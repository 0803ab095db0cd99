// The command line of `npm run bench:restart`.
export interface RestartArgs {
  duration: number;
  downAt: number;
  downFor: number;
  grace: number;
  connections: number;
  port: number;
  pgPort: number;
  out: string;
}

const USAGE = `npm run bench:restart -- [--duration 30] [--down-at 10] [--down-for 5] [--grace 5] [--connections 1]
                            [--port 3230] [--pg-port 55440] [--out bench-results]`;

/** Reads the command line; exits with the usage on anything it does not know or a schedule that does not fit. */
export function parseRestartArgs(argv: string[]): RestartArgs {
  const args: RestartArgs = {
    duration: 30,
    downAt: 10,
    downFor: 5,
    grace: 5,
    connections: 1,
    port: Number(process.env.BENCH_PORT ?? 3230),
    pgPort: 55440,
    out: "bench-results",
  };
  const fail = (message: string): never => {
    console.error(`${message}\n\n${USAGE}`);
    process.exit(2);
  };
  const numbers = { "--duration": "duration", "--down-at": "downAt", "--down-for": "downFor", "--grace": "grace" } as const;
  const ports = { "--connections": "connections", "--port": "port", "--pg-port": "pgPort" } as const;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i] ?? fail(`${flag} needs a value`);
    if (flag in numbers || flag in ports) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) fail(`${flag} needs a whole number`);
      if (flag in numbers) args[numbers[flag as keyof typeof numbers]] = n;
      else args[ports[flag as keyof typeof ports]] = n;
    } else if (flag === "--out") args.out = value();
    else if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else fail(`Unknown argument ${flag}`);
  }
  if (args.downAt + args.downFor + args.grace >= args.duration) {
    fail("--duration must leave time after --down-at + --down-for + --grace to see the app recover");
  }
  return args;
}
