package org.standardsgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Ties the launcher's life to its parent's: the parent holds the write end of a pipe on our
 * standard input, and the kernel closes it whenever the parent ends, however it ends (exit, crash,
 * Ctrl-C before it installed handlers, kill -9). End of input then stops Neo4j the normal way
 * (System.exit runs the bootstrapper's shutdown hook, which closes the store cleanly).
 */
final class ParentLifeline {
  static void watch(InputStream stdin, PrintStream console) {
    Thread watcher = new Thread(() -> {
      byte[] buffer = new byte[256];
      try {
        while (stdin.read(buffer) >= 0) {
          // Nothing is expected on the pipe; anything written is ignored.
        }
      } catch (IOException e) {
        // A broken pipe means the same as its end.
      }
      console.println("standards-graph-neo4j: standard input closed (the parent process ended): stopping Neo4j");
      console.flush();
      System.exit(0);
    }, "standards-graph-parent-lifeline");
    watcher.setDaemon(true);
    watcher.start();
  }

  private ParentLifeline() {}
}
