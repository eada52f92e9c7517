#!/usr/bin/env bash
# Start-up of short ./leverage commands against a plain JVM "hello world", side by side.
#
#   leverage-examples/src/bench/startup-time.sh [RUNS] [EXTRA COMMAND...]
#
# Runs every command RUNS times (default 11), round-robin so that a busy machine slows all of
# them alike, and prints for each the median wall-clock time, the median CPU time (user + system)
# and both as multiples of "hello world" (docs/performance.md, "Start-up"). The java on the PATH
# is measured; run ./leverage once before, so that the jar and its class archive exist.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
runs="${1:-11}"
shift || true
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

printf 'public class Hello { public static void main(String[] a) { System.out.println("hello world"); } }\n' \
  >"$scratch/Hello.java"
javac -d "$scratch" "$scratch/Hello.java"
"$root/leverage" --example week --print >"$scratch/week.yaml"

commands=(
  "java -cp $scratch Hello"
  "$root/leverage --help"
  "$root/leverage strategies"
  "$root/leverage"
  "$root/leverage score $scratch/week.yaml"
  "$root/leverage plan $scratch/week.yaml"
  "$@"
)
declare -A wall cpu
for ((i = 0; i < runs; i++)); do
  for c in "${!commands[@]}"; do
    start=$(date +%s%N)
    /usr/bin/time -o "$scratch/time" -f "%U %S" bash -c "${commands[$c]}" >/dev/null 2>&1 </dev/null || true
    end=$(date +%s%N)
    wall[$c]+="$(((end - start) / 1000000)) "
    # The last line: time writes "Command exited with non-zero status 2" first for a failure.
    cpu[$c]+="$(tail -1 "$scratch/time" | awk '{printf "%d", ($1 + $2) * 1000}') "
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
hello_wall=$(echo "${wall[0]}" | median)
hello_cpu=$(echo "${cpu[0]}" | median)
echo "$(java -version 2>&1 | head -1); $runs runs each; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %9s %6s %9s %6s\n' command "wall ms" "x" "cpu ms" "x"
for c in "${!commands[@]}"; do
  w=$(echo "${wall[$c]}" | median)
  u=$(echo "${cpu[$c]}" | median)
  printf '%-40s %9d %6.2f %9d %6.2f\n' "${commands[$c]/#$root\//./}" "$w" \
    "$(awk -v a="$w" -v b="$hello_wall" 'BEGIN {print a / b}')" "$u" \
    "$(awk -v a="$u" -v b="$hello_cpu" 'BEGIN {print (b > 0) ? a / b : 0}')"
done
