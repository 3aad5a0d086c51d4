import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../config/config.js";
import { closeQuietly, LOCAL_USER, startLocalNeo4j } from "./local-neo4j.js";
import { explainBoltFailure, waitForBolt } from "./wait-for-bolt.js";

export interface Neo4jConnection {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  /** The user and password the driver logs in with (for the local Neo4j: its generated password). */
  readonly username: string;
  readonly password: string | undefined;
  /** Neo4j Browser of the local database; undefined for an external one. */
  readonly browserUrl: string | undefined;
  /** The local Neo4j's password file, for people opening Neo4j Browser; undefined for an external one. */
  readonly passwordFile: string | undefined;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to the Neo4j named by NEO4J_URI, or, when none is set, to the project's own local
 * Neo4j, starting it when it is not already running.
 */
export async function connectNeo4j(config: Neo4jConfig, report: (line: string) => void = () => {}): Promise<Neo4jConnection> {
  if (config.uri === undefined) {
    const local = await startLocalNeo4j(config.local, report);
    const driver = createDriver(local.boltUrl, LOCAL_USER, local.password);
    return {
      driver,
      database: config.database,
      uri: local.boltUrl,
      username: LOCAL_USER,
      password: local.password,
      browserUrl: local.browserUrl,
      passwordFile: local.passwordFile,
      close: async () => {
        await driver.close();
        await local.stop();
      },
    };
  }
  const uri = config.uri;
  const driver = createDriver(uri, config.username, config.password);
  const failure = await waitForBolt(driver, {
    timeoutMs: config.local.startTimeoutMs,
    progress: (seconds, lastError) =>
      report(`  waiting for Neo4j at NEO4J_URI=${uri} to accept a Bolt connection: ${seconds} s so far (last error: ${lastError})`),
  });
  if (failure !== undefined) {
    await closeQuietly(driver);
    const hint = failure.kind === "timeout" ? "; NEO4J_START_TIMEOUT_MS sets how long to wait" : "";
    throw new Error(`Neo4j at NEO4J_URI=${explainBoltFailure(failure, uri, config.local.startTimeoutMs)}${hint}`);
  }
  return {
    driver,
    database: config.database,
    uri,
    username: config.username,
    password: config.password,
    browserUrl: undefined,
    passwordFile: undefined,
    close: () => driver.close(),
  };
}

export function createDriver(uri: string, username: string, password: string | undefined): Driver {
  const auth = password ? neo4j.auth.basic(username, password) : undefined;
  return neo4j.driver(uri, auth, {
    // Short acquisition and connection timeouts keep /ready and requests honest when Neo4j is down.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 10_000,
    disableLosslessIntegers: false,
    // Nothing reads the server's notifications, and @neo4j/graphql's Cypher draws many (unknown
    // property keys, labels the graph lacks yet): over 100 per generated read, tens of kilobytes
    // decoded per request. Off, they are never sent.
    notificationFilter: { minimumSeverityLevel: "OFF" },
    // One line per driver error: a database that went away is worth a line, not a stack per connection.
    logging: { level: "error", logger: (level, message) => console.warn(`neo4j-driver ${level}: ${message.split("\n")[0]?.slice(0, 300)}`) },
  });
}
