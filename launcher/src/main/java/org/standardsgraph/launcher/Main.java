package org.standardsgraph.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Starts a Neo4j Community server in this JVM for standards-graph: Bolt and HTTP on loopback,
 * APOC Core from a plugins folder, Neo4j Browser from the classpath, data on disk.
 *
 * <p>One instance per data folder: an exclusive lock on {@code <home>/launcher.lock} is taken
 * before the store is touched, so a second start is reported (exit code 3) instead of racing the
 * first one for the store. {@code <home>/launcher.json} tells other processes where it listens.
 */
public final class Main {
  static final int EXIT_ALREADY_RUNNING = 3;
  static final int EXIT_BAD_ARGUMENTS = 2;
  // Held for the life of the process: an unreachable RandomAccessFile is closed by its cleaner,
  // which would silently drop the lock.
  private static FileLock instanceLock;

  public static void main(String[] args) throws Exception {
    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("standards-graph-neo4j: " + e.getMessage());
      System.err.println(LauncherOptions.USAGE);
      System.exit(EXIT_BAD_ARGUMENTS);
      return;
    }
    if (options.help()) {
      System.out.println(LauncherOptions.USAGE);
      return;
    }

    Path home = options.home();
    Files.createDirectories(home);
    FileChannel lockChannel = new RandomAccessFile(home.resolve("launcher.lock").toFile(), "rw").getChannel();
    instanceLock = lockChannel.tryLock();
    if (instanceLock == null) {
      String running = readQuietly(home.resolve("launcher.json"));
      System.err.println("standards-graph-neo4j: a Neo4j launcher is already running on " + home
          + (running.isEmpty() ? "" : " " + running.trim()));
      System.exit(EXIT_ALREADY_RUNNING);
      return;
    }

    // The bootstrapper sends System.out to Neo4j's own log once it starts; keep the console for
    // the lines the parent process reads.
    PrintStream console = System.out;
    NeoBootstrapper bootstrapper = new CommunityBootstrapper();
    Map<String, String> settings = settings(options);
    System.out.println("standards-graph-neo4j: starting Neo4j (data in " + home + ")");
    // Settings come as overrides; the (empty) file only keeps Neo4j from warning that it is missing.
    Path configFile = home.resolve("conf/neo4j.conf");
    if (!Files.exists(configFile)) {
      Files.createDirectories(configFile.getParent());
      Files.writeString(configFile, "# standards-graph passes its settings on the command line; see launcher/\n");
    }
    // Last argument false: stay a console process (our parent owns the logs), not a daemon that
    // sends System.out into neo4j.log.
    int status = bootstrapper.start(home, configFile, settings, false, false);
    if (status != NeoBootstrapper.OK) {
      console.println("standards-graph-neo4j: Neo4j failed to start (status " + status + "), see " + home.resolve("logs"));
      System.exit(status);
      return;
    }
    DatabaseManagementService dbms = bootstrapper.getDatabaseManagementService();
    if (options.password() != null) {
      InitialPassword.apply(dbms, options.password());
    }

    Path statusFile = home.resolve("launcher.json");
    Files.writeString(statusFile, String.format(
        "{\"pid\": %d, \"bolt\": \"bolt://127.0.0.1:%d\", \"http\": \"http://127.0.0.1:%d\"}%n",
        ProcessHandle.current().pid(), options.boltPort(), options.httpPort()), StandardCharsets.UTF_8);
    console.printf("standards-graph-neo4j: ready bolt://127.0.0.1:%d http://127.0.0.1:%d/browser/%n",
        options.boltPort(), options.httpPort());
    console.flush();

    // The bootstrapper's own shutdown hook stops Neo4j on SIGTERM/SIGINT. The status file may
    // outlive the process; readers trust it only while its pid is alive.
    Thread.currentThread().join();
  }

  static Map<String, String> settings(LauncherOptions options) {
    Map<String, String> s = new LinkedHashMap<>();
    String home = options.home().toString();
    s.put("server.directories.data", home + "/data");
    s.put("server.directories.logs", home + "/logs");
    s.put("server.directories.import", home + "/import");
    s.put("server.directories.run", home + "/run");
    s.put("server.directories.plugins", options.plugins().toString());
    s.put("server.default_listen_address", "127.0.0.1");
    s.put("server.bolt.enabled", "true");
    s.put("server.bolt.listen_address", "127.0.0.1:" + options.boltPort());
    s.put("server.bolt.advertised_address", "127.0.0.1:" + options.boltPort());
    s.put("server.http.enabled", "true");
    s.put("server.http.listen_address", "127.0.0.1:" + options.httpPort());
    s.put("server.http.advertised_address", "127.0.0.1:" + options.httpPort());
    s.put("server.https.enabled", "false");
    s.put("dbms.security.auth_enabled", Boolean.toString(options.password() != null));
    s.put("dbms.security.procedures.unrestricted", "apoc.*");
    s.put("server.memory.pagecache.size", options.pageCache());
    s.put("dbms.usage_report.enabled", "false");
    // Bolt's event loops otherwise wait for a 5 s quiet period twice on shutdown; nothing talks to
    // a stopping local database, so a stop takes a second instead of ten.
    s.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    s.put("internal.dbms.bolt.netty_server_shutdown_timeout", "2");
    return s;
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private Main() {}
}
