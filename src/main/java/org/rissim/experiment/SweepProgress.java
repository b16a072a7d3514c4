package org.rissim.experiment;

/** Told about a sweep's progress (the command shows a bar or periodic lines). */
public interface SweepProgress {
  /** Shows nothing. */
  SweepProgress NONE = new SweepProgress() {
    @Override
    public void started(long total, long alreadyDone) {}

    @Override
    public void finished(long done, long failed) {}
  };

  /** The sweep starts: {@code total} runs in this shard, {@code alreadyDone} from a resume. */
  void started(long total, long alreadyDone);

  /** One more run finished (completed or failed). */
  default void step() {}

  /** The sweep ended: runs completed and failed in this invocation. */
  void finished(long done, long failed);
}
