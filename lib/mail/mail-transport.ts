import nodemailer, { type Transporter } from "nodemailer";

/** Short enough that one stuck server does not hold a delivery run for long (nodemailer waits up to 10 min by default). */
const timeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

const holder = globalThis as unknown as { mailTransport?: { smtpUrl: string; transport: Transporter } };

/** One SMTP transport per process for the configured SMTP_URL; a changed URL (tests) makes a new one. */
export function mailTransport(smtpUrl: string): Transporter {
  if (holder.mailTransport?.smtpUrl !== smtpUrl) {
    holder.mailTransport?.transport.close();
    const url = new URL(smtpUrl);
    // nodemailer reads options from the URL's query; the setting's own values win.
    for (const [key, ms] of Object.entries(timeouts)) if (!url.searchParams.has(key)) url.searchParams.set(key, String(ms));
    holder.mailTransport = { smtpUrl, transport: nodemailer.createTransport(url.toString()) };
  }
  return holder.mailTransport.transport;
}
