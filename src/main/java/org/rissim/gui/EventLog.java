package org.rissim.gui;

import java.awt.Dimension;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import javax.swing.DefaultListModel;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.rissim.observe.Event;

/** A window listing the run's events as they happen, one line each, newest at the bottom. */
public final class EventLog {
  /** Lines kept; older ones are dropped so a long session stays responsive. */
  static final int MAX_LINES = 20_000;

  private final DefaultListModel<String> lines = new DefaultListModel<>();
  private final JList<String> list = new JList<>(lines);
  private final JScrollPane scroll = new JScrollPane(list);
  private boolean scrollPending;

  /** The frame showing the log, ready to register with the Console. */
  public JFrame frame() {
    JFrame f = new JFrame("Events");
    list.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
    scroll.setPreferredSize(new Dimension(640, 300));
    f.getContentPane().add(scroll);
    f.pack();
    return f;
  }

  /** The lines shown (event thread only). */
  public DefaultListModel<String> lines() {
    return lines;
  }

  /** Empties the log and writes a first line (any thread). */
  public void restart(String header) {
    SwingUtilities.invokeLater(() -> {
      lines.clear();
      lines.addElement(header);
    });
  }

  /** Adds a line (any thread). */
  public void note(String line) {
    SwingUtilities.invokeLater(() -> add(line));
  }

  /** Adds an event (any thread; the model calls it from its own). */
  public void append(Event e) {
    note(describe(e));
  }

  private void add(String line) {
    lines.addElement(line);
    if (lines.size() > MAX_LINES) {
      lines.removeRange(0, lines.size() - MAX_LINES - 1);
    }
    // One scroll to the end per burst of lines, after the list has been laid out again.
    if (!scrollPending) {
      scrollPending = true;
      SwingUtilities.invokeLater(() -> {
        scrollPending = false;
        scroll.validate();
        list.ensureIndexIsVisible(lines.size() - 1);
      });
    }
  }

  /** One line for an event: month, type, then its fields except practice profiles. */
  public static String describe(Event e) {
    StringJoiner j = new StringJoiner(" ");
    j.add(e.month().toString()).add(String.format(Locale.ROOT, "%-16s", e.type()));
    for (Map.Entry<String, Object> f : e.fields().entrySet()) {
      String key = f.getKey();
      Object v = f.getValue();
      // Profiles are long and in the inspectors and events.jsonl; the log stays one line.
      if (v == null || key.startsWith("profile.") || key.startsWith("charter.")) {
        continue;
      }
      j.add(key + "=" + text(v));
    }
    return j.toString().stripTrailing();
  }

  private static String text(Object v) {
    if (v instanceof Double || v instanceof Float) {
      return String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue());
    }
    if (v instanceof List<?> l) {
      StringJoiner j = new StringJoiner(",", "[", "]");
      l.forEach(x -> j.add(String.valueOf(x)));
      return j.toString();
    }
    return String.valueOf(v);
  }
}
