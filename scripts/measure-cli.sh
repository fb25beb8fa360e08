#!/usr/bin/env bash
# Times the real binary from outside, as a user's shell sees it (issue 12): an archive import of a generated book
# into a new book, and a morning's `suggest --json` minus the process start (`--version`). Medians of a few runs.
#   scripts/measure-cli.sh BINARY [PEOPLE] [RUNS]
# Build the binary with `cargo build --release -p advocates` (a debug build measures unoptimised code).
# Plain books (ADVOCATES_KEYCHAIN=off, no passphrase); ADVOCATES_MEASURE_PASSPHRASE=… measures encrypted ones too.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(realpath "${1:?usage: scripts/measure-cli.sh BINARY [PEOPLE] [RUNS]}")"
PEOPLE="${2:-10000}"
RUNS="${3:-3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ARCHIVE="$WORK/book.json"
cargo run -q --profile bench -p advocates-core --example write_archive -- "$ARCHIVE" "$PEOPLE"
echo "archive: $PEOPLE people, $(du -h "$ARCHIVE" | cut -f1)"

now() { date +%s%N; }
# Milliseconds of one run of the command, its output discarded; a failed run stops the measurement with its error
# (an import past the 64 MiB cap would otherwise time an empty book).
ms() {
  local t0 t1 err
  err="$(mktemp)"
  t0=$(now)
  if ! "$@" >/dev/null 2>"$err"; then
    echo "failed: $* — $(tail -1 "$err")" >&2
    rm -f "$err"
    return 1
  fi
  t1=$(now)
  rm -f "$err"
  echo $(((t1 - t0) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {
  local label="$1"
  local imports=() suggests=() versions=()
  for run in $(seq "$RUNS"); do
    local dir="$WORK/data-$label-$run"
    mkdir -p "$dir"
    imports+=("$(ms env ADVOCATES_DATA_DIR="$dir" "$BIN" import "$ARCHIVE")")
    env ADVOCATES_DATA_DIR="$dir" "$BIN" suggest --json >/dev/null 2>&1 # the first open after an import
    for _ in 1 2 3; do
      suggests+=("$(ms env ADVOCATES_DATA_DIR="$dir" "$BIN" suggest --json)")
      versions+=("$(ms env ADVOCATES_DATA_DIR="$dir" "$BIN" --version)") # the same exec chain as suggest
    done
    local wal="$dir/advocates.db-wal"
    [ -f "$wal" ] && echo "$label: WAL after the import: $(du -h "$wal" | cut -f1)"
  done
  local im sg vs
  im=$(printf '%s\n' "${imports[@]}" | median)
  sg=$(printf '%s\n' "${suggests[@]}" | median)
  vs=$(printf '%s\n' "${versions[@]}" | median)
  echo "$label: import ${im} ms (runs: ${imports[*]}); suggest --json ${sg} ms, --version ${vs} ms: suggest $((sg - vs)) ms"
}

export ADVOCATES_KEYCHAIN=off ADVOCATES_NOW=2025-03-10T08:00 TZ=UTC
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$HOME"
measure plain
if [ -n "${ADVOCATES_MEASURE_PASSPHRASE:-}" ]; then
  (export ADVOCATES_PASSPHRASE="$ADVOCATES_MEASURE_PASSPHRASE"; measure encrypted)
fi
