package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rissim.experiment.SweepProgress;

class InterruptNoticeTest {
  @Test
  void theContinuingCommandResumesAndNeverForces() {
    assertEquals("rissim sweep s.yaml --design lhs --resume",
        InterruptNotice.resumeCommand("rissim sweep s.yaml --force --design lhs"));
    assertEquals("rissim experiment e.yaml --resume --out x",
        InterruptNotice.resumeCommand("rissim experiment e.yaml --resume --out x"));
  }

  @Test
  void theNoticeCountsTheRunsFinishedSoFar() {
    try (InterruptNotice n = InterruptNotice.install("sweep", "rissim sweep s.yaml")) {
      SweepProgress p = n.watch(SweepProgress.NONE);
      p.started(10, 3);
      p.step();
      p.step();
      String text = n.text();
      assertTrue(text.startsWith("sweep: stopped after 5 of 10 runs"), text);
      assertTrue(text.endsWith("\n  rissim sweep s.yaml --resume"), text);
    }
  }
}
