package org.standardsgraph.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The launcher's settings. A command-line argument wins over the environment variable of the same
 * setting, which wins over the default, so a caller can always override what the shell exports.
 *
 * <p>The password is the exception: it never comes from the command line, which every user of the
 * machine can read (ps, /proc/PID/cmdline). It comes from NEO4J_LOCAL_PASSWORD or from the
 * password file in the data folder, which the launcher writes on first start.
 */
record LauncherOptions(
    Path home,
    Path plugins,
    int boltPort,
    int httpPort,
    String password,
    String pageCache,
    boolean stopWhenStdinCloses,
    boolean help) {

  static final String USAGE = String.join("\n",
      "usage: standards-graph-neo4j [options]",
      "  --home DIR                data, logs and status files     (NEO4J_LOCAL_DATA_DIR, default .neo4j)",
      "  --plugins DIR             plugins folder holding APOC Core (NEO4J_LOCAL_PLUGINS_DIR, default launcher/target/plugins)",
      "  --bolt-port N             Bolt port on 127.0.0.1          (NEO4J_LOCAL_BOLT_PORT, default 7687)",
      "  --http-port N             HTTP port on 127.0.0.1          (NEO4J_LOCAL_HTTP_PORT, default 7474)",
      "  --page-cache SIZE         page cache size                 (NEO4J_LOCAL_PAGE_CACHE, default 256m)",
      "  --stop-when-stdin-closes  stop Neo4j when standard input reaches its end: a parent process that",
      "                            holds the other end of a pipe takes Neo4j with it however it exits",
      "  --help                    this text",
      "Auth is always on for user neo4j. The password is NEO4J_LOCAL_PASSWORD when set, otherwise the one",
      "in <home>/password, generated on first start (readable by its owner only). It is never an argument.",
      "The heap is the JVM's: pass -Xmx to java (npm run neo4j uses NEO4J_LOCAL_HEAP).");

  static LauncherOptions parse(String[] args, Map<String, String> env) {
    String home = env.getOrDefault("NEO4J_LOCAL_DATA_DIR", ".neo4j");
    String plugins = env.getOrDefault("NEO4J_LOCAL_PLUGINS_DIR", "launcher/target/plugins");
    String bolt = env.getOrDefault("NEO4J_LOCAL_BOLT_PORT", "7687");
    String http = env.getOrDefault("NEO4J_LOCAL_HTTP_PORT", "7474");
    String password = emptyToNull(env.get("NEO4J_LOCAL_PASSWORD"));
    String pageCache = env.getOrDefault("NEO4J_LOCAL_PAGE_CACHE", "256m");
    boolean stopWhenStdinCloses = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> help = true;
        case "--home" -> home = value(args, ++i, arg);
        case "--plugins" -> plugins = value(args, ++i, arg);
        case "--bolt-port" -> bolt = value(args, ++i, arg);
        case "--http-port" -> http = value(args, ++i, arg);
        case "--page-cache" -> pageCache = value(args, ++i, arg);
        case "--stop-when-stdin-closes" -> stopWhenStdinCloses = true;
        case "--password" -> throw new IllegalArgumentException(
            "--password is not accepted: a command line is visible to every user of the machine;"
                + " set NEO4J_LOCAL_PASSWORD or write the password to <home>/password");
        default -> throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    if (password != null && password.length() < PasswordFile.MINIMUM_LENGTH) {
      throw new IllegalArgumentException(
          "NEO4J_LOCAL_PASSWORD must have at least " + PasswordFile.MINIMUM_LENGTH + " characters (Neo4j's minimum)");
    }
    int boltPort = port(bolt, "bolt port");
    int httpPort = port(http, "HTTP port");
    if (boltPort == httpPort) {
      throw new IllegalArgumentException("the Bolt and HTTP ports must differ, both are " + boltPort);
    }
    return new LauncherOptions(Path.of(home).toAbsolutePath().normalize(), Path.of(plugins).toAbsolutePath().normalize(),
        boltPort, httpPort, password, pageCache, stopWhenStdinCloses, help);
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[i];
  }

  private static int port(String text, String what) {
    try {
      int port = Integer.parseInt(text.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a number from 1 to 65535, got '" + text + "'");
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** The password must not show up where options are printed or logged. */
  @Override
  public String toString() {
    return "LauncherOptions[home=" + home + ", boltPort=" + boltPort + ", httpPort=" + httpPort + "]";
  }
}
