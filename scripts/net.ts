import net from "node:net";
import { SetupError } from "./setup-error";

/** True when something accepts TCP connections on host:port within a second. */
export function portAnswers(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * True when nothing listens on `port` on any interface. Binding the wildcard address conflicts
 * with a listener on 127.0.0.1, 0.0.0.0 or :: alike, which a connect test on one address misses.
 * Rejects for other failures (EACCES for a privileged port).
 */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "EADDRINUSE" ? resolve(false) : reject(error),
    );
    server.listen({ port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * A port free on every interface right now, chosen by the kernel. Another program could take it
 * before the caller binds it; for a test server started a moment later that risk is accepted.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, exclusive: true }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A TCP port number from the environment variable `variable`, or a SetupError naming it. */
export function parsePort(value: string, variable: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new SetupError(`${variable} must be a TCP port number (1-65535), not ${JSON.stringify(value)}`);
  }
  return port;
}
