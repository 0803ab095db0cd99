import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  parsed: ParsedMail;
}

/**
 * A real SMTP server inside the test, on a port of its own: it accepts every mail and keeps it parsed.
 * It can be stopped and started again on the same port (the mail server "down, then back").
 * `delayMs` holds each mail that long before accepting it, so parallel senders overlap.
 */
export function createSmtpTestServer(options: { delayMs?: number } = {}) {
  const inbox: ReceivedMail[] = [];
  let server: SMTPServer | null = null;
  let port = 0;

  const start = async () => {
    const current = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", async () => {
          if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          const parsed = await simpleParser(Buffer.concat(chunks));
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      current.once("error", reject);
      current.listen(port, "127.0.0.1", () => {
        port = (current.server.address() as AddressInfo).port;
        resolve();
      });
    });
    server = current;
  };

  const stop = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = null;
      if (!current) return resolve();
      current.close(() => resolve());
    });

  return {
    inbox,
    start,
    stop,
    url: () => `smtp://127.0.0.1:${port}`,
    /** Mails whose envelope names this address. */
    mailboxOf: (address: string) => inbox.filter((mail) => mail.to.includes(address)),
  };
}

export type SmtpTestServer = ReturnType<typeof createSmtpTestServer>;

/** Mail on for the test file: the settings mailConfig reads, pointed at the test server. Returns the undo. */
export function useMailSettings(smtp: SmtpTestServer, appUrl = "https://nastavnik.test"): () => void {
  const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM, APP_URL: process.env.APP_URL };
  process.env.SMTP_URL = smtp.url();
  process.env.MAIL_FROM = "Наставник <noreply@nastavnik.test>";
  process.env.APP_URL = appUrl;
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
