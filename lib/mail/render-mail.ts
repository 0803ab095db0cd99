export interface MailContent {
  subject: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** The link into the app where the details are. */
  action: { label: string; url: string };
  /** For notifications: where to change the settings and where to turn mail off without signing in. */
  footer?: { settingsUrl: string; unsubscribeUrl: string };
}

export interface RenderedMail {
  subject: string;
  textBody: string;
  htmlBody: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const automatic = "Письмо отправлено автоматически, отвечать на него не нужно.";
const why = "Вы получаете это письмо, потому что включили уведомления по электронной почте в «Наставнике».";

/** The plain-text and HTML parts of one mail, from the same paragraphs; every value is escaped in the HTML. */
export function renderMail(content: MailContent): RenderedMail {
  const { paragraphs, action, footer } = content;
  const text = [
    "Здравствуйте!",
    ...paragraphs,
    `${action.label}: ${action.url}`,
    "--",
    ...(footer ? [why, `Настроить уведомления: ${footer.settingsUrl}`, `Отписаться от писем: ${footer.unsubscribeUrl}`] : []),
    automatic,
  ].join("\n\n");

  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const small = (html: string) => `<p style="color:#475569;font-size:13px">${html}</p>`;
  const html = [
    "<!doctype html>",
    '<html lang="ru"><head><meta charset="utf-8"><title>' + escapeHtml(content.subject) + "</title></head>",
    '<body style="font-family:Arial,sans-serif;color:#0f172a;line-height:1.5">',
    "<p>Здравствуйте!</p>",
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`),
    `<p>${link(action.url, action.label)}</p>`,
    '<hr style="border:none;border-top:1px solid #cbd5e1">',
    ...(footer
      ? [
          small(
            `${escapeHtml(why)} ${link(footer.settingsUrl, "Настроить уведомления")} · ${link(footer.unsubscribeUrl, "Отписаться от писем")}`,
          ),
        ]
      : []),
    small(escapeHtml(automatic)),
    "</body></html>",
  ].join("\n");

  return { subject: content.subject, textBody: text, htmlBody: html };
}
