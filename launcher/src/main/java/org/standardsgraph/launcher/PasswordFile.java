package org.standardsgraph.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * {@code <home>/password}: the password of user neo4j on the local Neo4j, readable by its owner
 * only. Written on first start (generated, or NEO4J_LOCAL_PASSWORD when that is set), so the API,
 * the CLI, the tests and whoever opens Neo4j Browser all find the password in one place.
 */
final class PasswordFile {
  static final String NAME = "password";
  /** Neo4j's default dbms.security.auth_minimum_password_length. */
  static final int MINIMUM_LENGTH = 8;
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /** The password to use: the configured one, else the file's, else a new one; the file then holds it. */
  static String resolve(Path home, String configured) throws IOException {
    Path file = home.resolve(NAME);
    if (configured != null) {
      if (!configured.equals(readIfPresent(file))) {
        write(file, configured);
      }
      return configured;
    }
    String existing = readIfPresent(file);
    if (existing != null && existing.length() >= MINIMUM_LENGTH) {
      return existing;
    }
    String generated = generate();
    write(file, generated);
    return generated;
  }

  /** 144 random bits as 24 URL-safe characters: nothing to quote in a shell or a .env file. */
  static String generate() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String readIfPresent(Path file) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    restrict(file);
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }

  /** Created 0600 from the start (never readable by others, not even for an instant), then moved in place. */
  private static void write(Path file, String password) throws IOException {
    Path temporary = file.resolveSibling(NAME + ".tmp");
    Files.deleteIfExists(temporary);
    if (posix()) {
      Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(temporary);
    }
    Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A file someone copied in or loosened is tightened back to owner-only. */
  private static void restrict(Path file) throws IOException {
    if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private PasswordFile() {}
}
