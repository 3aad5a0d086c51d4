package org.standardsgraph.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/** Gives the built-in user neo4j the launcher's password, so clients log in without a forced change. */
final class InitialPassword {
  private static final String USER = "neo4j";

  /**
   * For a store that has never run: the password goes in before Neo4j opens its ports, the way
   * {@code neo4j-admin dbms set-initial-password} does it, so there is no moment in which the
   * well-known default password is accepted. Returns the file Neo4j reads it from (to be deleted
   * once Neo4j has started), or null when the store already exists.
   */
  static Path beforeFirstStart(Path home, Path dataDirectory, String password) throws Exception {
    Config config = Config.newBuilder()
        .set(GraphDatabaseSettings.neo4j_home, home)
        .set(GraphDatabaseSettings.data_directory, dataDirectory)
        .build();
    Path systemStore = config.get(GraphDatabaseInternalSettings.databases_root_path).resolve("system");
    if (Files.exists(systemStore)) {
      return null;
    }
    Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
      users.start();
      SystemGraphCredential credential =
          SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
      users.create(new User(USER, null, credential, false, false));
      users.shutdown();
    }
    return file;
  }

  /**
   * For an existing store: sets the password (it may have been created with another one, or with
   * auth off by an earlier version). Embedded transactions run with full rights, which is what lets
   * this work before any login.
   */
  static void apply(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Setting the password it already has is refused; that is the usual case and fine.
      if (!messages(e).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static String messages(Throwable e) {
    Throwable t = e;
    StringBuilder messages = new StringBuilder();
    while (t != null) {
      messages.append(t.getMessage()).append('\n');
      t = t.getCause();
    }
    return messages.toString();
  }

  private InitialPassword() {}
}
