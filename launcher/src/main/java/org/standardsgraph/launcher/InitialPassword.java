package org.standardsgraph.launcher;

import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;

/** Gives the built-in user neo4j the configured password, so clients log in without a forced change. */
final class InitialPassword {
  static void apply(DatabaseManagementService dbms, String password) {
    // Embedded transactions run with full rights, which is what lets this work before any login.
    dbms.database("system").executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
  }

  private InitialPassword() {}
}
