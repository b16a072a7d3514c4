package org.rissim.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One writer per folder: an operating-system lock ({@link FileChannel#tryLock}) on the hidden
 * file {@code .<name>.lock} next to the folder, held for a whole command. The lock file names its
 * holder ({@code pid}, {@code since}); the operating system releases the lock when its process
 * dies, so a lock file left by a killed process is simply taken over. The file is deleted on
 * release; a process that locked a file which was deleted meanwhile notices it (the file at the
 * path does not hold its own token) and tries again, so two holders are impossible.
 */
public final class FolderLock implements AutoCloseable {
  private static final AtomicLong NONCE = new AtomicLong();
  private static final int ATTEMPTS = 20;
  /** Lock files held by this JVM, with their holder ("process N since T"). */
  private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

  private final Path dir;
  private final Path lockFile;
  private final FileChannel channel;
  private final FileLock lock;
  private final Optional<String> staleHolder;

  private FolderLock(Path dir, Path lockFile, FileChannel channel, FileLock lock,
      Optional<String> staleHolder) {
    this.dir = dir;
    this.lockFile = lockFile;
    this.channel = channel;
    this.lock = lock;
    this.staleHolder = staleHolder;
  }

  /** The lock file that guards {@code dir}: {@code .<name>.lock} in its parent folder. */
  public static Path lockFileOf(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    if (abs.getParent() == null || abs.getFileName() == null) {
      throw new IllegalArgumentException("cannot write results into the root folder " + abs);
    }
    return abs.getParent().resolve("." + abs.getFileName() + ".lock");
  }

  /**
   * Locks {@code dir} for this process (creating its parent folders, not the folder itself).
   *
   * @throws FolderInUseException when another process (or command) holds the folder
   * @throws IOException when the lock file cannot be created
   */
  public static FolderLock acquire(Path dir) throws IOException {
    Path lockFile = lockFileOf(dir);
    Files.createDirectories(lockFile.getParent());
    // Within this JVM the table below decides: opening and closing the lock file a second time
    // would drop the operating-system lock of the holder (POSIX record locks are per process).
    String mine = HELD.get(lockFile);
    if (mine != null) {
      throw new FolderInUseException(dir + " is in use by " + mine
          + "; wait for it to finish or write elsewhere");
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Object before = fileKey(lockFile);
      if (before == null) {
        try {
          Files.createFile(lockFile);
        } catch (FileAlreadyExistsException e) {
          // another process created it meanwhile: lock that one
        }
        continue;
      }
      FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      } catch (IOException e) {
        ch.close();
        throw e;
      }
      if (l == null) {
        ch.close();
        throw new FolderInUseException(dir + " is in use by " + holder(lockFile)
            .orElse("another process") + "; wait for it to finish or write elsewhere");
      }
      // Read and write only through the locked channel: any other open and close of the file
      // by this process would release the lock.
      Optional<String> previous = holder(read(ch))
          .filter(h -> !h.startsWith("process " + ProcessHandle.current().pid() + " "));
      String who = "process " + ProcessHandle.current().pid() + " since "
          + Instant.now().truncatedTo(ChronoUnit.SECONDS);
      // A token of a length of its own: the file at the path is ours if it has that length.
      StringBuilder token = new StringBuilder("pid " + ProcessHandle.current().pid() + "\nsince "
          + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\nnonce ");
      long nonce = (System.nanoTime() ^ NONCE.incrementAndGet() * 0x9E3779B97F4A7C15L) & 0x3ff;
      token.append("x".repeat((int) nonce)).append('\n');
      byte[] bytes = token.toString().getBytes(StandardCharsets.UTF_8);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(bytes), 0);
      ch.force(false);
      Object after = fileKey(lockFile);
      if (after != null && after.equals(before) && Files.size(lockFile) == bytes.length) {
        HELD.put(lockFile, who);
        return new FolderLock(dir, lockFile, ch, l, previous);
      }
      // We locked a lock file that its holder deleted on release: try the current one.
      l.release();
      ch.close();
    }
    throw new FolderInUseException(dir + " is in use (its lock file " + lockFile
        + " keeps changing)");
  }

  private static Object fileKey(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  private static String read(FileChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), 8192));
    ch.read(buf, 0);
    return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
  }

  /** "process N since T" from the lock file of another process, when it names one. */
  static Optional<String> holder(Path lockFile) {
    try {
      return holder(Files.readString(lockFile, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** "process N since T" from the text of a lock file, when it names a holder. */
  static Optional<String> holder(String text) {
    {
      String pid = null;
      String since = null;
      for (String line : text.split("\n")) {
        if (line.startsWith("pid ")) {
          pid = line.substring(4).trim();
        } else if (line.startsWith("since ")) {
          since = line.substring(6).trim();
        }
      }
      if (pid == null) {
        return Optional.empty();
      }
      return Optional.of("process " + pid + (since == null ? "" : " since " + since));
    }
  }

  /**
   * The holder named by a lock file this lock took over (left by a process that died without
   * releasing it), if there was one.
   */
  public Optional<String> staleHolder() {
    return staleHolder;
  }

  /** The folder this lock guards. */
  public Path folder() {
    return dir;
  }

  /** Deletes the lock file and releases the lock. */
  @Override
  public void close() throws IOException {
    HELD.remove(lockFile);
    try {
      Files.deleteIfExists(lockFile);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
