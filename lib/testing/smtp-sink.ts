import type { AddressInfo } from "node:net";
import PostalMime from "postal-mime";
import { SMTPServer } from "smtp-server";

export type ReceivedEmail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
};

export type SmtpSink = {
  url: string;
  port: number;
  received: ReceivedEmail[];
  /** Resolves with the received emails once `predicate` holds for them; rejects after timeoutMs. */
  waitFor(predicate: (received: ReceivedEmail[]) => boolean, timeoutMs?: number): Promise<ReceivedEmail[]>;
  stop(): Promise<void>;
};

/** A real SMTP server in the test process that keeps what it is sent, parsed. */
export async function startSmtpSink(
  options: {
    port?: number;
    onEmail?: (email: ReceivedEmail) => void;
    /** How long to wait, after keeping an email, before answering that it was accepted: a slow server. */
    acceptDelayMs?: number;
  } = {},
): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    // A real server would look the client up; on loopback that only adds a DNS timeout.
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        PostalMime.parse(Buffer.concat(chunks))
          .then((parsed) => {
            const email: ReceivedEmail = {
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: parsed.html ?? "",
              messageId: parsed.messageId ?? "",
              headers: Object.fromEntries(parsed.headers.map((h) => [h.key, h.value])),
            };
            received.push(email);
            options.onEmail?.(email);
            setTimeout(callback, options.acceptDelayMs ?? 0);
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`the SMTP sink did not receive the expected email within ${timeoutMs} ms (got ${received.length})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
