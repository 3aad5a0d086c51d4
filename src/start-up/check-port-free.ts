import { createServer } from "node:net";

/**
 * Fails when the API's port cannot be had, before Neo4j is started and anything is loaded: a
 * second `npm start`, or another program on the port, is then reported in a moment instead of
 * after a minute of starting a database for nothing. The real listen later still reports a port
 * taken in between.
 */
export async function checkPortFree(host: string, port: number): Promise<void> {
  // Port 0 asks the OS for a free one: always available.
  if (port === 0) return;
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host, port, exclusive: true }, () => resolve());
    });
  } catch (error) {
    throw new Error(describePortError(error, host, port));
  } finally {
    await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  }
}

export function describePortError(error: unknown, host: string, port: number): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const where = `${host}:${port}`;
  if (code === "EADDRINUSE") return `${where} is already in use by another program: stop it, or set PORT to a free port (PORT=0 picks one)`;
  if (code === "EACCES") return `${where} needs privileges this process does not have: set PORT to 1024 or above`;
  if (code === "EADDRNOTAVAIL") return `HOST=${host} is not an address of this machine: set HOST to one of its addresses (127.0.0.1, 0.0.0.0)`;
  return `cannot listen on ${where}: ${error instanceof Error ? error.message : String(error)}`;
}
