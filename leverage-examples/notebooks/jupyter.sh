#!/usr/bin/env bash
# Jupyter for the notebooks, with the rapaio Java kernel (io.github.padreati:rapaio-jupyter-kernel).
#
#   ./jupyter.sh install   build the calculator jar the notebooks load, fetch the kernel jar with
#                          Maven and register the kernel "rapaio-jupyter-kernel" for this user
#   ./jupyter.sh check [NAME.ipynb...]
#                          execute every notebook (or those named) headless in Jupyter and
#                          compare each code cell's printed output with the stored one (the
#                          build does the same in process; this is the check in the real kernel).
#                          06 needs only a Python 3 kernel, not the Java one
#
# Needs Jupyter (Debian: apt-get install jupyter-notebook jupyter-nbconvert python3-nbclient
# python3-ipykernel) and a JDK 17 or newer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version=3.0.1
jar="$root/leverage-examples/target/jupyter/rapaio-jupyter-kernel-$version.jar"
kernels="${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}/kernels/rapaio-jupyter-kernel"

# Says what install is doing: a numbered step, then how long it took.
started=$SECONDS
step() {
  local number=$1 seconds=$2
  shift 2
  echo "jupyter.sh install [$number/3, ${seconds}s so far]: $*" >&2
}

# Maven, with only what tells a user where it is: each module and plugin step, each download,
# errors and the result (the whole log would be hundreds of lines; -q would be silence).
maven() {
  (cd "$root" && ./mvnw -B "$@") 2>&1 | awk '
    /^\[INFO\] Building / { sub(/^\[INFO\] /, ""); print "  " $0; fflush(); next }
    /^\[INFO\] --- / { sub(/^\[INFO\] --- /, ""); sub(/ ---$/, ""); print "    " $0; fflush(); next }
    /Download(ing|ed) from/ { sub(/^\[INFO\] /, ""); print "    " $0; fflush(); next }
    /^\[ERROR\]/ || /BUILD (SUCCESS|FAILURE)/ { print "  " $0; fflush() }
  ' >&2
  return "${PIPESTATUS[0]}"
}

install() {
  step 1 $((SECONDS - started)) "building the calculator jar the notebooks load" \
    "(leverage-examples/target/leverage.jar; the first build also downloads Maven and the" \
    "project's dependencies, about a minute)"
  maven -DskipTests -Dspotless.check.skip=true package -pl leverage-examples -am
  step 2 $((SECONDS - started)) "fetching the Java kernel io.github.padreati:rapaio-jupyter-kernel:$version" \
    "from Maven Central into leverage-examples/target/jupyter/"
  maven org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$version" \
    -DoutputDirectory="$root/leverage-examples/target/jupyter"
  step 3 $((SECONDS - started)) "registering the kernel \"Java (rapaio)\" in $kernels"
  mkdir -p "$kernels"
  cat > "$kernels/kernel.json" <<JSON
{
 "argv": ["java", "-jar", "$jar", "{connection_file}"],
 "display_name": "Java (rapaio)",
 "language": "java",
 "interrupt_mode": "message"
}
JSON
  echo "kernel installed in $kernels in $((SECONDS - started))s; open the notebooks with:" \
    "cd $here && jupyter notebook"
}

check() {
  out="$root/leverage-examples/target/notebooks-executed"
  mkdir -p "$out"
  cd "$here"
  local notebooks=("$@")
  ((${#notebooks[@]})) || notebooks=(*.ipynb)
  for notebook in "${notebooks[@]}"; do
    # The kernel sometimes misses Jupyter's first request at start-up; a second try succeeds.
    jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 \
      --ExecutePreprocessor.startup_timeout=120 --output-dir "$out" "$notebook" \
      || jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 \
        --ExecutePreprocessor.startup_timeout=120 --output-dir "$out" "$notebook"
  done
  python3 - "$here" "$out" "${notebooks[@]}" <<'PY'
import json, pathlib, sys
def outputs(path):
    cells = []
    for cell in json.loads(pathlib.Path(path).read_text())["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        magics = [line for line in source.splitlines() if line.lstrip().startswith("%")]
        if magics and magics != ["%%bash"]:
            cells.append(None)  # kernel magics print what the kernel likes (%%bash: the commands)
            continue
        # Stream by stream: how Jupyter interleaves stdout and stderr is its own.
        text = "\n[stderr]\n".join(
            "".join("".join(o.get("text", "")) if o["output_type"] == "stream"
                    else json.dumps(o) for o in cell["outputs"]
                    if o.get("name", "stdout") == name) for name in ("stdout", "stderr"))
        cells.append("\n".join(line.rstrip() for line in text.split("\n")).rstrip())
    return cells
failed = 0
for stored in (pathlib.Path(sys.argv[1]) / name for name in sys.argv[3:]):
    ran = pathlib.Path(sys.argv[2]) / stored.name
    for i, (a, b) in enumerate(zip(outputs(stored), outputs(ran)), 1):
        if a != b:
            failed += 1
            print(f"{stored.name}, code cell {i}:\n--- stored\n{a}\n--- in Jupyter\n{b}")
print("notebooks: outputs in Jupyter match the stored ones" if not failed else f"{failed} cells differ")
sys.exit(1 if failed else 0)
PY
}

case "${1:-}" in
  install) install ;;
  check) shift; check "$@" ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
