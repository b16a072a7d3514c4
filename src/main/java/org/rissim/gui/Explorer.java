package org.rissim.gui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioTemplate;
import sim.display.Console;

/**
 * One GUI session: MASON's Console on a {@link RegionExplorer}, opened for a person or driven
 * for a fixed number of months to take a screenshot. Turns a missing display or a failed set-up
 * into a {@link StartupException} with a clear message.
 */
public final class Explorer {
  private final RegionExplorer gui;
  private final CountDownLatch closed = new CountDownLatch(1);
  private Console console;

  /** A session on the template, first bound as {@code initial}, with the Console seeded. */
  public Explorer(ScenarioTemplate template, LoadedScenario initial, long seed) {
    gui = new RegionExplorer(template, initial, seed);
  }

  /** Why the GUI could not start (no display, windows failed to build). */
  public static final class StartupException extends Exception {
    private static final long serialVersionUID = 1L;

    StartupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Builds the Console and the windows and shows them. */
  public void open() throws StartupException {
    createConsole();
    onEventThread(() -> console.setVisible(true));
  }

  /** Blocks until the Console window is closed. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /**
   * Runs {@code months} months from a fresh start with the Console's seed, paints every window
   * into one PNG and returns the windows' titles and bounds, the Console's first.
   */
  public List<String> screenshot(int months, Path png) throws StartupException {
    createConsole();
    // As the Console does: start on the event thread, step on another under the schedule's
    // lock, which Display2D's painting also takes.
    onEventThread(gui::start);
    for (int i = 0; i < months; i++) {
      synchronized (gui.state.schedule) {
        if (!gui.step()) {
          break;
        }
      }
    }
    IOException[] failure = new IOException[1];
    // Twice: the queued chart and log updates, then the scrolling they queue in turn.
    onEventThread(() -> { });
    onEventThread(() -> { });
    onEventThread(() -> {
      try {
        Snapshot.write(gui.frames(), png);
      } catch (IOException e) {
        failure[0] = e;
      }
    });
    if (failure[0] != null) {
      throw new StartupException("could not write " + png + ": " + failure[0].getMessage(),
          failure[0]);
    }
    // Each window with where it is, the Console first: "Region 440,0 620x690".
    List<JFrame> windows = new java.util.ArrayList<>(List.of(console));
    windows.addAll(gui.frames());
    return windows.stream().map(f -> f.getTitle() + " " + f.getX() + "," + f.getY() + " "
        + f.getWidth() + "x" + f.getHeight()).toList();
  }

  private void createConsole() throws StartupException {
    try {
      if (GraphicsEnvironment.isHeadless()) {
        throw new HeadlessException("java.awt.headless is true in this process");
      }
      onEventThread(() -> {
        console = new Console(gui);
        console.setBounds(gui.layout().console());
        console.addWindowListener(new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            closed.countDown();
          }
        });
      });
    } catch (HeadlessException | AWTError e) {
      throw new StartupException("no display available (" + e.getMessage()
          + "); run it on a desktop, or under xvfb-run", e);
    }
    if (gui.initFailure() != null) {
      throw new StartupException("the windows could not be built: " + gui.initFailure(),
          gui.initFailure());
    }
  }

  private static void onEventThread(Runnable action) throws StartupException {
    try {
      SwingUtilities.invokeAndWait(action);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      // No display: let the caller turn it into its message.
      if (cause instanceof HeadlessException h) {
        throw h;
      }
      if (cause instanceof AWTError a) {
        throw a;
      }
      throw new StartupException("GUI set-up failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupException("interrupted while setting up the GUI", e);
    }
  }
}
