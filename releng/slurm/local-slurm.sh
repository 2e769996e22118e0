#!/usr/bin/env bash
# A one-node Slurm cluster on localhost for tests (../shared/cluster.md): munge and Slurm as plain background
# daemons, everything under one temporary folder. Never points at another host.
#   source releng/slurm/local-slurm.sh start   # exports SLURM_CONF and SLURM_LOCAL_DIR, waits until the node is idle
#   releng/slurm/local-slurm.sh stop           # cancels jobs, stops the daemons (needs SLURM_LOCAL_DIR)
set -euo pipefail

start() {
  local dir
  dir="$(mktemp -d /tmp/plateau-slurm.XXXXXX)"
  chmod 755 "$dir"
  mkdir -p "$dir/munge" "$dir/spool/localhost" "$dir/state" "$dir/log"
  chmod 755 "$dir/munge"
  head -c 1024 /dev/urandom > "$dir/munge/munge.key"
  chmod 400 "$dir/munge/munge.key"
  munged --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" --pid-file="$dir/munge/munged.pid" \
    --seed-file="$dir/munge/munge.seed" --log-file="$dir/log/munged.log" --force
  cat > "$dir/slurm.conf" <<CONF
ClusterName=plateau-test
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool/%n
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerParameters=batch_sched_delay=0
SlurmdParameters=config_overrides
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$dir/log/jobcomp.txt
MailProg=/bin/true
MinJobAge=600
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=16 RealMemory=20000 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$dir/slurm.conf" SLURM_LOCAL_DIR="$dir"
  slurmctld -f "$SLURM_CONF" -c
  slurmd -f "$SLURM_CONF" -N localhost
  for _ in $(seq 1 150); do
    state="$(sinfo -h -n localhost -o %T 2>/dev/null || true)"
    [ "$state" = idle ] && { echo "local-slurm: ready ($dir)" >&2; return 0; }
    sleep 0.2
  done
  echo "local-slurm: the node did not come up; logs in $dir/log" >&2
  return 1
}

stop() {
  local dir="${SLURM_LOCAL_DIR:?}"
  scancel --user=root 2>/dev/null || true
  # let the cancelled tasks end before their daemons go, so that no step is left behind
  for _ in $(seq 1 100); do
    [ -z "$(squeue -h -t pending,running,completing 2>/dev/null)" ] && break
    sleep 0.2
  done
  for pid in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munge/munged.pid"; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: source local-slurm.sh start | local-slurm.sh stop" >&2; return 2 2>/dev/null || exit 2 ;;
esac
