#!/usr/bin/env bash
# End-to-end test of sharded sweeps on a real single-node Slurm cluster: starts slurmctld and
# slurmd from a temporary slurm.conf, submits a small sweep as a job array plus a merge job
# (rissim sweep --slurm N --submit), waits for both, and checks that the merged runs.csv is
# byte-identical to the same sweep run locally. Installs nothing: it needs slurmctld, slurmd
# and slurm-client (Debian 12: Slurm 22.05) and a built jar. Stops every daemon it started.
#
# usage: src/test/slurm/slurm-e2e.sh target/rissim.jar [scenario.yaml]
set -euo pipefail

JAR=$(readlink -f "${1:?usage: slurm-e2e.sh RISSIM_JAR [SCENARIO]}")
SCENARIO=$(readlink -f "${2:-scenarios/psris-baseline.yaml}")
for tool in slurmctld slurmd sbatch squeue sinfo scancel java; do
  command -v "$tool" >/dev/null || { echo "slurm-e2e: $tool not found" >&2; exit 2; }
done

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  local status=$?
  # Cancel our jobs first: stopping slurmd does not kill running job steps.
  if [ -n "${SLURM_CONF:-}" ]; then
    local jobs
    jobs=$(squeue -h -o %i 2>/dev/null || true)
    [ -n "$jobs" ] && scancel $jobs 2>/dev/null || true
  fi
  for pid in "${PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    echo "slurm-e2e: FAILED; logs:" >&2
    tail -n 20 "$WORK"/log/*.log "$WORK"/cluster/slurm/*.out 2>/dev/null >&2 || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

mkdir -p "$WORK"/state/ctld "$WORK"/state/d "$WORK"/run "$WORK"/log
NODE_LINE=$(slurmd -C | head -n 1 | sed 's/^NodeName=[^ ]* *//')
cat > "$WORK/slurm.conf" <<CONF
ClusterName=test
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/none
CredType=cred/none
StateSaveLocation=$WORK/state/ctld
SlurmdSpoolDir=$WORK/state/d
SlurmctldPidFile=$WORK/run/slurmctld.pid
SlurmdPidFile=$WORK/run/slurmd.pid
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SchedulerParameters=batch_sched_delay=0
MailProg=/bin/true
NodeName=$(hostname -s) NodeAddr=127.0.0.1 $NODE_LINE
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$WORK/slurm.conf"

slurmctld -D -f "$SLURM_CONF" >"$WORK/log/slurmctld.stdout" 2>&1 &
PIDS+=($!)
slurmd -D -f "$SLURM_CONF" >"$WORK/log/slurmd.stdout" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 150); do
  [ "$(sinfo -h -N -o %T 2>/dev/null | head -n 1)" = idle ] && break
  sleep 0.2
done
[ "$(sinfo -h -N -o %T | head -n 1)" = idle ] || { echo "slurm-e2e: node not idle" >&2; exit 1; }

SWEEP=(sweep "$SCENARIO" --param parameters.belief.eta=0.05:0.2 --design lhs --samples 4
  --reps 2 --seed 7 --quiet)
java -jar "$JAR" "${SWEEP[@]}" --out "$WORK/local"
java -jar "$JAR" "${SWEEP[@]}" --out "$WORK/cluster" --slurm 3 --submit

# Poll squeue (faster than sbatch --wait) until the array and the merge job have left it.
for _ in $(seq 1 3000); do
  [ -z "$(squeue -h -o %i)" ] && break
  sleep 0.2
done
[ -z "$(squeue -h -o %i)" ] || { echo "slurm-e2e: jobs still queued" >&2; exit 1; }

java -jar "$JAR" status "$WORK/cluster"
cmp "$WORK/local/runs.csv" "$WORK/cluster/runs.csv"
echo "slurm-e2e: PASS ($(($(wc -l <"$WORK/local/runs.csv") - 1)) runs, merged = local)"
