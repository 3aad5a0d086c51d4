package org.standardsgraph.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.server.NeoBootstrapper;

/**
 * Starts a Neo4j Community server in this JVM for standards-graph: Bolt and HTTP on loopback,
 * auth on, APOC Core from a plugins folder (only the pure functions the project uses), Neo4j
 * Browser from the classpath, data on disk.
 *
 * <p>One instance per data folder: an exclusive lock on {@code <home>/launcher.lock} is taken
 * before the store is touched, so a second start is reported (exit code 3) instead of racing the
 * first one for the store; one that finds the holder stopping waits for it instead.
 * {@code <home>/launcher.json} ({@link StatusFile}) tells other processes where it listens.
 */
public final class Main {
  static final int EXIT_BAD_ARGUMENTS = 2;
  static final int EXIT_ALREADY_RUNNING = 3;
  static final int EXIT_PORT_IN_USE = 4;
  /** How long a new launcher waits for one that is stopping to let go of the data folder. */
  private static final long WAIT_FOR_STOPPING_MS = 90_000;
  /**
   * APOC procedures and functions that may be loaded: the pure functions @neo4j/graphql and the
   * project's own Cypher use. Everything else in APOC (loading URLs and files, running Cypher
   * from strings, periodic jobs, triggers, exports) is not loaded at all. docker-compose.yml sets
   * the same list; a test compares the two.
   */
  static final String PROCEDURES_ALLOWLIST = String.join(",",
      "apoc.coll.*", "apoc.convert.*", "apoc.date.*", "apoc.map.*", "apoc.text.*",
      "apoc.util.validate", "apoc.util.validatePredicate", "apoc.version");
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
    // The bootstrapper sends System.out to Neo4j's own log once it starts; keep the console for
    // the lines the parent process reads.
    PrintStream console = System.out;
    if (options.stopWhenStdinCloses()) {
      // Before anything else: a parent that dies while we wait for a lock or start takes us along.
      ParentLifeline.watch(System.in, console);
    }

    Path home = options.home();
    createPrivateDirectory(home);
    if (!lock(home)) {
      return;
    }
    StatusFile.write(home, StatusFile.State.STARTING, options.boltPort(), options.httpPort());
    for (String problem : new String[] {
        Ports.inUse(options.boltPort(), "Bolt", "--bolt-port", "NEO4J_LOCAL_BOLT_PORT"),
        Ports.inUse(options.httpPort(), "HTTP and Neo4j Browser", "--http-port", "NEO4J_LOCAL_HTTP_PORT")}) {
      if (problem != null) {
        System.err.println("standards-graph-neo4j: " + problem);
        Files.deleteIfExists(home.resolve(StatusFile.NAME));
        System.exit(EXIT_PORT_IN_USE);
        return;
      }
    }

    String password = PasswordFile.resolve(home, options.password());
    Map<String, String> settings = settings(options);
    Path initialUsers = InitialPassword.beforeFirstStart(home, Path.of(settings.get("server.directories.data")), password);
    console.println("standards-graph-neo4j: starting Neo4j (data in " + home + ")");
    // Settings come as overrides; the (empty) file only keeps Neo4j from warning that it is missing.
    Path configFile = home.resolve("conf/neo4j.conf");
    if (!Files.exists(configFile)) {
      Files.createDirectories(configFile.getParent());
      Files.writeString(configFile, "# standards-graph passes its settings on the command line; see launcher/\n");
    }
    // Registered before Neo4j's own hook: whoever looks while Neo4j closes its store sees "stopping".
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        StatusFile.write(home, StatusFile.State.STOPPING, options.boltPort(), options.httpPort());
      } catch (IOException e) {
        // The status is advice; the lock is what protects the store.
      }
    }, "standards-graph-status"));
    NeoBootstrapper bootstrapper = new LocalBootstrapper(options.httpPort());
    // Last argument false: stay a console process (our parent owns the logs), not a daemon that
    // sends System.out into neo4j.log.
    int status = bootstrapper.start(home, configFile, settings, false, false);
    if (status != NeoBootstrapper.OK) {
      System.err.println("standards-graph-neo4j: Neo4j failed to start (status " + status + "), see " + home.resolve("logs"));
      System.exit(status);
      return;
    }
    InitialPassword.apply(bootstrapper.getDatabaseManagementService(), password);
    if (initialUsers != null) {
      // Read once when the store was created; the password file is the one place that keeps it.
      Files.deleteIfExists(initialUsers);
    }

    StatusFile.write(home, StatusFile.State.READY, options.boltPort(), options.httpPort());
    console.printf("standards-graph-neo4j: ready bolt://127.0.0.1:%d http://127.0.0.1:%d/browser/ (user neo4j, password in %s)%n",
        options.boltPort(), options.httpPort(), home.resolve(PasswordFile.NAME));
    console.flush();

    // The bootstrapper's own shutdown hook stops Neo4j on SIGTERM/SIGINT and on System.exit.
    Thread.currentThread().join();
  }

  /**
   * Takes the data folder's lock. When another launcher holds it and is stopping, waits for it to
   * finish; when it is starting or running, reports that and exits with {@link #EXIT_ALREADY_RUNNING}.
   */
  private static boolean lock(Path home) throws IOException, InterruptedException {
    FileChannel lockChannel = new RandomAccessFile(home.resolve("launcher.lock").toFile(), "rw").getChannel();
    long deadline = System.currentTimeMillis() + WAIT_FOR_STOPPING_MS;
    boolean waiting = false;
    for (;;) {
      instanceLock = lockChannel.tryLock();
      if (instanceLock != null) {
        return true;
      }
      String running = StatusFile.read(home);
      if (!StatusFile.saysStopping(running) || System.currentTimeMillis() > deadline) {
        System.err.println("standards-graph-neo4j: a Neo4j launcher is already running on " + home
            + (running.isEmpty() ? "" : " " + running));
        System.exit(EXIT_ALREADY_RUNNING);
        return false;
      }
      if (!waiting) {
        System.out.println("standards-graph-neo4j: waiting for the Neo4j that is stopping on " + home + " to finish");
        waiting = true;
      }
      Thread.sleep(200);
    }
  }

  /**
   * The data folder holds the store and the password file: only its owner may enter it (also when
   * an earlier version, or a parent process, created it open to everyone).
   */
  private static void createPrivateDirectory(Path home) throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(home);
      return;
    }
    var ownerOnly = PosixFilePermissions.fromString("rwx------");
    if (!Files.isDirectory(home)) {
      Files.createDirectories(home, PosixFilePermissions.asFileAttribute(ownerOnly));
    } else if (!Files.getPosixFilePermissions(home).equals(ownerOnly)) {
      Files.setPosixFilePermissions(home, ownerOnly);
    }
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
    s.put("dbms.security.auth_enabled", "true");
    // CORS answers name the Browser's own origin, never "*"; LocalOriginFilter refuses the rest.
    s.put("dbms.security.http_access_control_allow_origin", LocalOriginFilter.ownOrigin(options.httpPort()));
    s.put("dbms.security.procedures.allowlist", PROCEDURES_ALLOWLIST);
    s.put("server.memory.pagecache.size", options.pageCache());
    s.put("dbms.usage_report.enabled", "false");
    // Bolt's event loops otherwise wait for a 5 s quiet period twice on shutdown; nothing talks to
    // a stopping local database, so a stop takes a second instead of ten.
    s.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    s.put("internal.dbms.bolt.netty_server_shutdown_timeout", "2");
    return s;
  }

  private Main() {}
}
