package org.standardsgraph.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * {@code <home>/launcher.json}: which process holds the data folder, in what state, and where it
 * listens. Other processes read it to reuse a running Neo4j, or to wait while one is stopping.
 * It may outlive the process (kill -9); readers trust it only while its pid is alive.
 */
final class StatusFile {
  static final String NAME = "launcher.json";

  enum State {
    /** The lock is held and Neo4j is being started. */
    STARTING,
    /** Bolt and HTTP answer and the password is set. */
    READY,
    /** Neo4j is shutting down; the lock is released when the process ends. */
    STOPPING
  }

  static void write(Path home, State state, int boltPort, int httpPort) throws IOException {
    String json = String.format(Locale.ROOT,
        "{\"pid\": %d, \"state\": \"%s\", \"bolt\": \"bolt://127.0.0.1:%d\", \"http\": \"http://127.0.0.1:%d\"}%n",
        ProcessHandle.current().pid(), state.name().toLowerCase(Locale.ROOT), boltPort, httpPort);
    // Written aside and moved in place: a reader never sees half a file.
    Path file = home.resolve(NAME);
    Path temporary = home.resolve(NAME + ".tmp");
    Files.writeString(temporary, json, StandardCharsets.UTF_8);
    try {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String read(Path home) {
    try {
      return Files.readString(home.resolve(NAME), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "";
    }
  }

  /** True when the status says the holder of the lock is on its way out. */
  static boolean saysStopping(String status) {
    return status.contains("\"state\": \"stopping\"");
  }

  private StatusFile() {}
}
