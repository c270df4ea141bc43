import nodemailer from "nodemailer";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** Stable per outbox row, so a retried send is recognised by mail clients as the same email. */
  messageId: string;
};

export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

export const DEFAULT_FROM = "MiWell <no-reply@miwell.invalid>";

/**
 * The SMTP connection from SMTP_URL (smtp://user:pass@host:587, smtps://… for implicit TLS), or
 * null when none is configured: mail is then kept in the outbox as unsent, never dropped.
 */
export function mailerFromEnv(env: Partial<Record<string, string>> = process.env): Mailer | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  return createMailer(url, env.MAIL_FROM?.trim() || DEFAULT_FROM);
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, {
    from,
    // A mail server that hangs must not hold an urgent email for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        messageId: message.messageId,
      });
    },
    close: () => transport.close(),
  };
}
