package org.rissim.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The output folder of one command, locked for the whole command ({@link FolderLock}).
 *
 * <p>A <em>staged</em> folder (run, compare) is written under a hidden sibling name and renamed
 * into place by {@link #commit}; an earlier folder is replaced as a whole (moved aside
 * atomically, then deleted), so nothing stale survives, and a command that fails leaves the
 * earlier folder untouched and no partial output. An <em>in-place</em> folder (sweep, merge,
 * patterns, plot, report) is written where it is, file by file, each file atomically; a folder
 * the command created is deleted again when the command fails before {@link #commit}.
 */
public final class OutputFolder implements AutoCloseable {
  /** Files that mark a folder as rissim's results (so that --force may replace it). */
  static final List<String> MARKERS = List.of("run.json", "summary.csv", "compare.csv",
      "compare.json", "sweep.json", "runs.csv", "patterns.csv", "rep-0001");
  private static final AtomicLong SERIAL = new AtomicLong();

  private final Path target;
  private final Path work;
  private final FolderLock lock;
  private final boolean staged;
  private final boolean created;
  private boolean committed;

  private OutputFolder(Path target, Path work, FolderLock lock, boolean staged, boolean created) {
    this.target = target;
    this.work = work;
    this.lock = lock;
    this.staged = staged;
    this.created = created;
  }

  /**
   * Locks {@code dir} and opens a staging folder for its new content. A folder that holds
   * anything is refused unless {@code force}; with {@code force} it must be a rissim result folder.
   */
  public static OutputFolder staged(Path dir, boolean force) throws IOException {
    FolderLock lock = FolderLock.acquire(dir);
    try {
      checkReplaceable(dir, force);
      Path work = sibling(dir, "staging");
      Files.createDirectory(work);
      return new OutputFolder(dir, work, lock, true, false);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Locks {@code dir} and creates it if needed; files are then written into it in place. */
  public static OutputFolder inPlace(Path dir) throws IOException {
    FolderLock lock = FolderLock.acquire(dir);
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new FileAlreadyExistsException(dir + " exists and is not a folder");
      }
      boolean created = !Files.exists(dir);
      Files.createDirectories(dir);
      return new OutputFolder(dir, dir, lock, false, created);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Locks {@code dir} for in-place writing and, when it holds anything, replaces it with an empty
   * folder as a whole (the old one moved aside atomically, then deleted); refused unless
   * {@code force}, and then only for a rissim result folder.
   */
  public static OutputFolder fresh(Path dir, boolean force) throws IOException {
    OutputFolder f = inPlace(dir);
    try {
      if (!f.created && !isEmpty(dir)) {
        checkReplaceable(dir, force);
        Path aside = sibling(dir, "replaced");
        move(dir, aside);
        Files.createDirectory(dir);
        deleteTree(aside);
      }
      return f;
    } catch (IOException | RuntimeException e) {
      f.close();
      throw e;
    }
  }

  /** Where the command writes: the staging folder, or the folder itself when in place. */
  public Path path() {
    return work;
  }

  /** The folder the results end up in. */
  public Path target() {
    return target;
  }

  /** The lock held on the folder. */
  public FolderLock lock() {
    return lock;
  }

  /** Puts the content in place: renames a staged folder over the target (replacing it whole). */
  public void commit() throws IOException {
    if (staged) {
      Path aside = null;
      if (Files.exists(target)) {
        aside = sibling(target, "replaced");
        move(target, aside);
      }
      try {
        move(work, target);
      } catch (IOException e) {
        if (aside != null) {
          move(aside, target);
        }
        throw e;
      }
      if (aside != null) {
        deleteTree(aside);
      }
    }
    committed = true;
  }

  /** Deletes what an uncommitted command wrote (staging, or a folder it created); unlocks. */
  @Override
  public void close() throws IOException {
    try {
      if (!committed && (staged || created)) {
        deleteTree(work);
      }
    } finally {
      lock.close();
    }
  }

  private static void checkReplaceable(Path dir, boolean force) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new FileAlreadyExistsException(dir + " exists and is not a folder");
    }
    if (!Files.isDirectory(dir) || isEmpty(dir)) {
      return;
    }
    if (!force) {
      throw new FileAlreadyExistsException(dir + " already holds results; choose another --out "
          + "folder or pass --force to replace them");
    }
    for (String m : MARKERS) {
      if (Files.exists(dir.resolve(m))) {
        return;
      }
    }
    throw new FileAlreadyExistsException(dir + " holds files rissim did not write (none of "
        + String.join(", ", MARKERS) + "); --force replaces only a rissim result folder");
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static Path sibling(Path dir, String role) {
    Path abs = dir.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + "." + role + "-"
        + ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet());
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and everything in it (nothing when it does not exist). */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
