package org.rissim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.rissim.model.RegionModel;
import org.rissim.observe.Recorder;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioTemplate;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * MASON's GUI state for one scenario: each Console start binds the scenario template with the
 * parameters edited in the model inspector and builds a fresh {@link RegionModel} with the
 * Console's seed; the region view, the charts and the event log follow it month by month.
 */
public final class RegionExplorer extends GUIState {
  private final ScenarioTemplate template;
  private final ExplorerParameters parameters;
  private final NormCharts charts = new NormCharts();
  private final EventLog log = new EventLog();
  private final ContinuousPortrayal2D nodes = new ContinuousPortrayal2D();
  private final NetworkPortrayal2D memberEdges = new NetworkPortrayal2D();
  private final NetworkPortrayal2D operationEdges = new NetworkPortrayal2D();
  private final List<JFrame> frames = new ArrayList<>();
  private LoadedScenario loaded;
  private RegionField field;
  private Display2D display;
  private Legend legend;
  private Throwable initFailure;
  private final WindowLayout layout;

  /** An explorer of the template, first bound as {@code initial}, seeded with {@code seed}. */
  public RegionExplorer(ScenarioTemplate template, LoadedScenario initial, long seed) {
    super(new RegionModel(initial.scenario(), seed));
    state.schedule = new DatedSchedule(initial.scenario().start());
    this.template = template;
    this.loaded = initial;
    this.parameters = new ExplorerParameters(initial.scenario());
    this.layout = screenLayout();
  }

  /** The window layout for the screen's usable area (1600 x 1000 when it cannot be read). */
  private static WindowLayout screenLayout() {
    try {
      java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
          .getMaximumWindowBounds();
      return WindowLayout.of(screen.width, screen.height);
    } catch (java.awt.HeadlessException e) {
      return WindowLayout.of(WindowLayout.WIDTH, WindowLayout.HEIGHT);
    }
  }

  /** Where the windows go. */
  public WindowLayout layout() {
    return layout;
  }

  /** The Console's window title. */
  public static String getName() {
    return "rissim: region explorer";
  }

  /** The Console's "About" tab. */
  public static Object getInfo() {
    return "<html><h2>rissim region explorer</h2><p>States act through or create secondary"
        + " institutions; the charts track how the reproducing practices of the scenario's"
        + " primary institution drift. One step is one month. See docs/GUI.md.</p></html>";
  }

  @Override
  public void init(Controller c) {
    super.init(c);
    try {
      buildWindows(c);
    } catch (RuntimeException | Error e) {
      // The Console swallows exceptions thrown here; keep it for the caller to report.
      initFailure = e;
      throw e;
    }
  }

  private void buildWindows(Controller c) {
    display = new Display2D(layout.regionSide(), layout.regionSide(), this);
    display.setBackdrop(Color.WHITE);
    display.attach(memberEdges, "Memberships");
    display.attach(operationEdges, "Operations");
    display.attach(nodes, "States and bodies");
    JFrame regionFrame = display.createFrame();
    regionFrame.setTitle("Region");
    legend = new Legend(parameters.practiceLabel());
    regionFrame.getContentPane().add(legend, BorderLayout.SOUTH);
    regionFrame.pack();
    frames.add(regionFrame);
    frames.addAll(charts.frames());
    frames.add(log.frame());
    // region, drift, bodies, events: side by side within the screen, none over another.
    List<java.awt.Rectangle> places = List.of(layout.region(), layout.drift(), layout.bodies(),
        layout.events());
    for (int i = 0; i < frames.size(); i++) {
      JFrame f = frames.get(i);
      f.setBounds(places.get(i));
      c.registerFrame(f);
      f.setVisible(true);
    }
    parameters.onPracticeChange(() -> {
      legend.setPractice(parameters.practiceLabel());
      display.repaint();
    });
    if (c instanceof Console console && console.getJMenuBar() != null) {
      JMenu menu = new JMenu("Scenario");
      JMenuItem save = new JMenuItem("Save effective scenario...");
      save.addActionListener(e -> saveDialog(console));
      menu.add(save);
      console.getJMenuBar().add(menu);
      console.getJMenuBar().revalidate();
    }
  }

  /** The exception {@link #init} failed with, or null. */
  public Throwable initFailure() {
    return initFailure;
  }

  /** The windows registered with the Console (region, norm drift, bodies, events). */
  public List<JFrame> frames() {
    return List.copyOf(frames);
  }

  /** The parameters shown in the Console's model inspector. */
  public ExplorerParameters parameters() {
    return parameters;
  }

  /** The scenario of the current (or last) run. */
  public LoadedScenario scenario() {
    return loaded;
  }

  /** The fields of the current run, or null before the first start. */
  public RegionField field() {
    return field;
  }

  @Override
  public Object getSimulationInspectedObject() {
    return parameters;
  }

  /**
   * MASON's model inspector, which shows an edit at once in the pending overrides: MASON
   * refreshes a non-volatile inspector only when asked, so every edit asks.
   */
  @Override
  public Inspector getInspector() {
    Inspector inspector = super.getInspector();
    parameters.onChange(() -> SwingUtilities.invokeLater(inspector::updateInspector));
    return inspector;
  }

  @Override
  public void start() {
    long seed = state.seed();
    bindNextRun();
    RegionModel model = new RegionModel(loaded.scenario(), seed);
    // The Console's time display shows the month (YYYY-MM), not the step number.
    model.schedule = new DatedSchedule(loaded.scenario().start());
    state = model;
    super.start();
    Recorder recorder = Recorder.attachTo(model);
    field = new RegionField(model, parameters);
    charts.start(model);
    log.restart(loaded.scenario().name() + ", seed " + seed + ", overrides "
        + parameters.getPendingOverrides());
    recorder.follow(log::append);
    int months = loaded.scenario().months();
    RegionField f = field;
    Steppable monthEnd = s -> {
      f.sync();
      charts.record(model);
      // The scenario's last month ends the run: the Console then stops.
      if (model.tick() >= months - 1) {
        model.kill();
      }
    };
    model.schedule.scheduleRepeating(Schedule.EPOCH, RegionModel.ORDER_OBSERVERS + 1, monthEnd,
        1.0);
    setupPortrayals();
  }

  /** Binds the template with the edited parameters; on bad values keeps the last scenario. */
  private void bindNextRun() {
    try {
      loaded = template.with(parameters.overrides());
    } catch (ScenarioException e) {
      String message = e.errors().stream().map(Object::toString)
          .collect(Collectors.joining("\n"));
      System.err.println("rissim gui: parameters rejected, running the previous scenario:\n"
          + message);
      if (display != null) {
        JOptionPane.showMessageDialog(null, "Parameters rejected; this run uses the previous"
            + " values.\n" + message, "rissim", JOptionPane.ERROR_MESSAGE);
      }
    }
  }

  private void setupPortrayals() {
    nodes.setField(field.positions());
    nodes.setPortrayalForClass(StateView.class, RegionPortrayals.state(field));
    nodes.setPortrayalForClass(BodyView.class, RegionPortrayals.body());
    memberEdges.setField(new SpatialNetwork2D(field.positions(), field.memberships()));
    memberEdges.setPortrayalForAll(RegionPortrayals.membership());
    operationEdges.setField(new SpatialNetwork2D(field.positions(), field.operations()));
    operationEdges.setPortrayalForAll(RegionPortrayals.operation());
    if (display != null) {
      display.reset();
      display.repaint();
    }
  }

  @Override
  public void load(SimState state) {
    throw new UnsupportedOperationException("checkpoints are not supported by the explorer");
  }

  @Override
  public void quit() {
    super.quit();
    for (JFrame f : frames) {
      f.dispose();
    }
    frames.clear();
    display = null;
  }

  /** Writes the effective scenario of the current (or last) run as YAML. */
  public void saveEffectiveScenario(Path file) throws IOException {
    org.rissim.io.OutputDirectory.writeAtomically(file, w -> w.write(loaded.effectiveYaml()));
  }

  private void saveDialog(Console console) {
    JFileChooser chooser = new JFileChooser();
    chooser.setSelectedFile(new java.io.File(loaded.scenario().name() + "-effective.yaml"));
    if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    try {
      saveEffectiveScenario(file);
      log.note("saved effective scenario to " + file);
    } catch (IOException e) {
      JOptionPane.showMessageDialog(console, "Could not write " + file + ": " + e.getMessage(),
          "rissim", JOptionPane.ERROR_MESSAGE);
    }
  }
}
