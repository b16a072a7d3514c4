package org.rissim.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Writes small synthetic result folders that follow docs/OUTPUTS.md exactly, so charts can be
 * tested without running the model.
 */
public final class SyntheticResults {
  /** Practice ids in institution order. */
  public static final List<String> PRACTICES =
      List.of("consent", "impartiality", "force", "disinterest");
  private static final YearMonth START = YearMonth.of(1992, 1);
  private static final String[] BODIES = {"un", "cis", "csto"};

  private SyntheticResults() {}

  /** Number of months of every synthetic run. */
  public static int months() {
    return 32 * 12;
  }

  /** Writes one run folder (timeseries.csv, events.jsonl, run.json, scenario.effective.yaml). */
  public static Path run(Path dir, long seed) throws IOException {
    Files.createDirectories(dir);
    Map<String, double[]> cols = series(seed, 0.0);
    writeTimeseries(dir.resolve("timeseries.csv"), cols);
    Files.writeString(dir.resolve("events.jsonl"), events(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("run.json"), "{\"scenario\":\"psris-synthetic\",\"hash\":\"abc123\","
        + "\"seed\":" + seed + ",\"version\":\"0.1.0\",\"months\":" + months()
        + ",\"wallSeconds\":0.5}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("scenario.effective.yaml"), scenarioYaml(), StandardCharsets.UTF_8);
    return dir;
  }

  /** Writes a replicated run folder: rep-0001..rep-000n and summary.csv in long form. */
  public static Path replicated(Path dir, int reps, long seed, double shift) throws IOException {
    Files.createDirectories(dir);
    List<Map<String, double[]>> all = new ArrayList<>();
    for (int k = 1; k <= reps; k++) {
      Path rep = run(dir.resolve(String.format(Locale.ROOT, "rep-%04d", k)), seed + k);
      Map<String, double[]> cols = series(seed + k, shift);
      writeTimeseries(rep.resolve("timeseries.csv"), cols);
      all.add(cols);
    }
    StringBuilder csv = new StringBuilder("month,column,n,mean,sd,p025,p975,ciLow,ciHigh\n");
    for (int t = 0; t < months(); t++) {
      for (String c : all.get(0).keySet()) {
        DescriptiveStatistics s = new DescriptiveStatistics();
        for (Map<String, double[]> r : all) {
          if (Double.isFinite(r.get(c)[t])) {
            s.addValue(r.get(c)[t]);
          }
        }
        if (s.getN() == 0) {
          csv.append(START.plusMonths(t)).append(',').append(c).append(",0,,,,,,\n");
          continue;
        }
        double half = 2.0 * s.getStandardDeviation() / Math.sqrt(s.getN());
        csv.append(String.format(Locale.ROOT, "%s,%s,%d,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f%n",
            START.plusMonths(t), c, s.getN(), s.getMean(), s.getStandardDeviation(),
            s.getPercentile(2.5), s.getPercentile(97.5), s.getMean() - half, s.getMean() + half));
      }
    }
    Files.writeString(dir.resolve("summary.csv"), csv.toString(), StandardCharsets.UTF_8);
    return dir;
  }

  /** Writes a comparison folder: compare.json, compare.csv and one replicated folder each. */
  public static Path compare(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> names = List.of("psris-baseline", "cf-no-new-institution", "cf-strong-west");
    for (int i = 0; i < names.size(); i++) {
      replicated(dir.resolve(names.get(i)), 4, 100L * i, 0.08 * i);
    }
    Files.writeString(dir.resolve("compare.json"),
        "{\"scenarios\":[\"psris-baseline\",\"cf-no-new-institution\",\"cf-strong-west\"]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("compare.csv"),
        "scenario,measure,n,mean,ciLow,ciHigh,diff,diffCiLow,diffCiHigh,effectSize\n"
            + "psris-baseline,final.drift.consent,4,0.30,0.25,0.35,,,,\n"
            + "cf-no-new-institution,final.drift.consent,4,0.22,0.18,0.26,-0.08,-0.12,-0.04,-1.2\n"
            + "cf-strong-west,final.drift.consent,4,0.14,0.10,0.18,-0.16,-0.2,-0.12,-2.4\n",
        StandardCharsets.UTF_8);
    return dir;
  }

  /** Writes a sweep folder (design.csv, runs.csv, sweep.json) and its analysis/sobol.csv. */
  public static Path sweep(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("analysis"));
    MersenneTwister rng = new MersenneTwister(42);
    StringBuilder design = new StringBuilder("point,hegemon.mix.recognition,counterContestation\n");
    StringBuilder runs = new StringBuilder("run,point,rep,seed,hegemon.mix.recognition,"
        + "counterContestation,final.drift.consent,founded,share.changeIn\n");
    int run = 0;
    for (int point = 0; point < 60; point++) {
      double a = rng.nextDouble();
      double b = rng.nextDouble();
      design.append(String.format(Locale.ROOT, "%d,%.4f,%.4f%n", point, a, b));
      for (int rep = 0; rep < 3; rep++) {
        double drift = 0.5 * a - 0.3 * b + 0.05 * rng.nextGaussian();
        runs.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%.4f,%.4f,%.4f,%d,%.4f%n", run++, point,
            rep, 1000 + run, a, b, drift, a > 0.4 ? 1 : 0, 0.3 + 0.4 * a * (1 - b)));
      }
    }
    Files.writeString(dir.resolve("design.csv"), design.toString(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("runs.csv"), runs.toString(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("sweep.json"), "{\"scenario\":\"psris-synthetic\",\"design\":\"lhs\","
        + "\"samples\":60,\"reps\":3,\"seed\":42,\"params\":[{\"path\":\"hegemon.mix.recognition\","
        + "\"spec\":\"0:1\",\"kind\":\"continuous\"},{\"path\":\"counterContestation\",\"spec\":\"0:1\","
        + "\"kind\":\"continuous\"}]}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("analysis").resolve("sobol.csv"),
        "outcome,parameter,S1,S1Low,S1High,ST,STLow,STHigh\n"
            + "final.drift.consent,hegemon.mix.recognition,0.62,0.50,0.71,0.70,0.61,0.80\n"
            + "final.drift.consent,counterContestation,0.21,0.12,0.30,0.27,0.18,0.36\n"
            + "share.changeIn,hegemon.mix.recognition,0.40,0.31,0.49,0.55,0.44,0.66\n"
            + "share.changeIn,counterContestation,0.30,0.20,0.41,0.45,0.33,0.57\n",
        StandardCharsets.UTF_8);
    return dir;
  }

  private static Map<String, double[]> series(long seed, double shift) {
    MersenneTwister rng = new MersenneTwister(seed);
    int n = months();
    Map<String, double[]> cols = new LinkedHashMap<>();
    double[] principle = new double[n];
    double[] code = new double[n];
    for (int i = 0; i < PRACTICES.size(); i++) {
      double[] r = new double[n];
      double[] g = new double[n];
      double[] d = new double[n];
      double depth = 0.25 + 0.1 * i - shift;
      for (int t = 0; t < n; t++) {
        g[t] = 0.95 - 0.0001 * t;
        r[t] = Math.max(0, Math.min(1, g[t] - depth * (1 - Math.exp(-t / 60.0))
            + 0.05 * Math.sin(t / 30.0 + i) + 0.01 * rng.nextGaussian()));
        d[t] = g[t] - r[t];
      }
      cols.put("r." + PRACTICES.get(i), r);
      cols.put("g." + PRACTICES.get(i), g);
      cols.put("drift." + PRACTICES.get(i), d);
    }
    for (int t = 0; t < n; t++) {
      principle[t] = 0.98 - 0.1 * t / n + 0.005 * rng.nextGaussian();
      code[t] = t < 24 ? 0 : t > 300 && t < 330 ? 2 : 1;
    }
    cols.put("principle.acceptance", principle);
    cols.put("classification.code", code);
    for (String b : BODIES) {
      double[] members = new double[n];
      double[] lg = new double[n];
      double[] lr = new double[n];
      double[] rec = new double[n];
      double[] coh = new double[n];
      double[] hyp = new double[n];
      for (int t = 0; t < n; t++) {
        boolean exists = !b.equals("csto") || t >= 129;
        members[t] = exists ? (b.equals("un") ? 15 : b.equals("cis") ? 12 : 6) : Double.NaN;
        lg[t] = exists ? 0.5 + 0.2 * Math.sin(t / 50.0) + 0.01 * rng.nextGaussian() : Double.NaN;
        lr[t] = exists ? 0.6 - 0.1 * t / n : Double.NaN;
        rec[t] = exists ? (b.equals("un") ? 0 : t > 150 + (b.equals("cis") ? -120 : 30) ? 2 : 1) : Double.NaN;
        coh[t] = exists ? 0.9 - 0.4 * t / n : Double.NaN;
        hyp[t] = exists ? 0.2 : Double.NaN;
      }
      cols.put("body." + b + ".members", members);
      cols.put("body." + b + ".legitimacy.global", lg);
      cols.put("body." + b + ".legitimacy.regional", lr);
      cols.put("body." + b + ".recognition", rec);
      cols.put("body." + b + ".cohesion", coh);
      cols.put("body." + b + ".hypocrisy", hyp);
    }
    double[] ops = new double[n];
    for (int t = 0; t < n; t++) {
      ops[t] = rng.nextInt(3);
    }
    cols.put("ops.active", ops);
    return cols;
  }

  private static void writeTimeseries(Path file, Map<String, double[]> cols) throws IOException {
    StringBuilder csv = new StringBuilder("month,classification," + String.join(",", cols.keySet()) + "\n");
    double[] code = cols.get("classification.code");
    for (int t = 0; t < months(); t++) {
      csv.append(START.plusMonths(t)).append(',')
          .append(code[t] == 0 ? "stable" : code[t] == 1 ? "change-in" : "change-of");
      for (double[] v : cols.values()) {
        csv.append(',');
        if (Double.isFinite(v[t])) {
          csv.append(String.format(Locale.ROOT, "%.5f", v[t]));
        }
      }
      csv.append('\n');
    }
    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
  }

  private static String events() {
    String[][] crises = {
      {"1992-03", "transnistria", "Transnistria war", "true"},
      {"1992-06", "south-ossetia", "South Ossetia conflict", "true"},
      {"1992-08", "abkhazia", "War in Abkhazia", "true"},
      {"1992-09", "tajikistan", "Tajik civil war", "true"},
      {"1997-04", "random-1", "Unrest in X", "false"},
      {"2008-08", "georgia", "Russo-Georgian war", "true"},
      {"2014-02", "ukraine", "Crimea and Donbas", "true"},
      {"2022-01", "kazakhstan", "Kazakhstan unrest", "true"},
    };
    StringBuilder out = new StringBuilder();
    for (String[] c : crises) {
      out.append(event(c[0], "crisis", "\"crisis\":\"" + c[1] + "\",\"label\":\"" + c[2]
          + "\",\"host\":\"geo\",\"opponent\":null,\"crisisType\":\"separatist\",\"scripted\":"
          + c[3] + ",\"intensity\":0.7"));
    }
    out.append(event("2002-10", "founding", "\"body\":\"csto\",\"founder\":\"rus\",\"members\":"
        + "[\"rus\",\"arm\",\"blr\",\"kaz\",\"kgz\",\"tjk\"],\"memberCount\":6,\"frustration\":1.2,"
        + "\"charter.consent\":1.0"));
    out.append(event("1994-03", "recognition-vote", vote("cis", "observer", true)));
    out.append(event("2004-12", "recognition-vote", vote("csto", "observer", true)));
    out.append(event("2009-12", "recognition-vote", vote("csto", "cooperation", false)));
    out.append(event("2010-03", "recognition-vote", vote("csto", "cooperation", true)));
    return out.toString();
  }

  private static String vote(String body, String rung, boolean passed) {
    return "\"body\":\"" + body + "\",\"rung\":\"" + rung + "\",\"proposer\":\"rus\",\"yes\":9,"
        + "\"no\":6,\"share\":0.6,\"vetoedBy\":[],\"passed\":" + passed + ",\"operation\":null";
  }

  private static String event(String month, String type, String fields) {
    int tick = (int) START.until(YearMonth.parse(month), java.time.temporal.ChronoUnit.MONTHS);
    return "{\"month\":\"" + month + "\",\"tick\":" + tick + ",\"type\":\"" + type + "\"," + fields + "}\n";
  }

  private static String scenarioYaml() {
    return """
        name: psris-synthetic
        description: "Synthetic <test> scenario & friends"
        start: 1992-01
        end: 2023-12
        institution:
          id: peacekeeping
          principle: third-party interposition aimed at preserving the peace
          principleAcceptance: 1.0
          vocabulary:
            opportunity: crisis
            opportunities: crises
            act: operation
            acts: operations
            names: {opportunity: crisis, opportunities: crises, act: operation, acts: ops}
          practices:
            - {id: consent, label: Consent, global: 0.95}
            - {id: impartiality, label: Impartiality, global: 0.95}
            - {id: force, label: Limited force, global: 0.95}
            - {id: disinterest, label: Disinterested participation, global: 0.95}
        bodies:
          - {id: un, name: UN, level: global}
          - {id: cis, name: CIS, level: regional}
        founding:
          ids: [csto]
        """;
  }
}
