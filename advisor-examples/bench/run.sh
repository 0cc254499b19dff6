#!/usr/bin/env bash
# The figures of docs/performance.md from one run (about 21 minutes on 2 cores):
#   advisor-examples/bench/run.sh [profile.json]
# Builds with the bench profile, runs the JMH benchmarks (knowledge base ready in fresh JVMs,
# advise throughput on 1 and 2 threads against the engine floor, latency percentiles, allocation
# per advice, the rules' conditions alone, two threads against one in one JVM; the program list
# over a fictional 10,000-program catalogue), then times the command
# line from cold JVMs (one advice, the program list, 100,000 profiles through --batch) and prints
# one Markdown table; then times the launcher (target/advisor) against java -jar on each Java found.
# Env: COLD_RUNS (default 15) cold runs of advisor.jar per command; BENCH_OUT (default
# advisor-examples/target/bench); BENCH_PARTS (default "advice,programs,launcher"): "advice" for the
# advice benchmarks and cold advice only (about 14 minutes), "programs" for the program list only
# (about 6), "launcher" for the launcher against java -jar only (about 8 per Java, COLD_RUNS pairs
# for the short commands, 3 for --batch), "web" for the HTTP service under load (8 clients x 2,000
# advice requests, about 1 minute; not in the default); BENCH_JAVAS (default: the Java on PATH, and
# /usr/lib/jvm/temurin-25-jdk-amd64 when it exists): the Java homes the launcher part runs on.
set -euo pipefail
cd "$(dirname "$0")/../.."

out="${BENCH_OUT:-advisor-examples/target/bench}"
runs="${COLD_RUNS:-15}"
parts="${BENCH_PARTS:-advice,programs,launcher}"
profile="${1:-advisor-examples/profiles/step1-dedicated-below-margin.json}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

for part in ${parts//,/ }; do
  case "$part" in advice|programs|launcher|web) ;; *) echo "BENCH_PARTS: advice, programs, launcher, web or a list of them, not '$parts'" >&2; exit 2 ;; esac
done

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "building (mvn -Pbench package)..."
mvn -B -q -Pbench -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
cp="advisor-examples/target/test-classes:advisor-examples/target/classes:$(cat "$out/classpath.txt")"

jmh() {
  local name="$1"; shift
  echo "JMH $name: $*"
  java -cp "$cp" org.openjdk.jmh.Main "$@" -rf json -rff "$out/$name.json" > "$out/$name.log" 2>&1 \
    || { tail -40 "$out/$name.log"; exit 1; }
  sed -n '/^Benchmark /,$p' "$out/$name.log"
}

# Results of parts not run this time are not reported from an earlier run.
if [[ ",$parts," == *,advice,* ]]; then
  jmh ready 'ReadyBenchmark'
  jmh advise-1 'AdviseBenchmark' -t 1 -prof gc
  jmh advise-2 'AdviseBenchmark.(advise|engineFloor)$' -t 2
  jmh latency 'AdviseBenchmark.advise$' -t 1 -bm sample -tu us -f 1
  echo "two threads against one, rounds in turns in one JVM..."
  java -cp "$cp" io.github.stepadvisor.bench.Scaling "$out/scaling.properties" > "$out/scaling.log" 2>&1 \
    || { tail -40 "$out/scaling.log"; exit 1; }
else
  rm -f "$out"/{ready,advise-1,advise-2,latency}.json "$out/scaling.properties"
fi
if [[ ",$parts," == *,programs,* ]]; then
  # The fictional Match-sized catalogue and a profile that lists all of it, for the command line.
  java -cp "$cp" io.github.stepadvisor.bench.FictionalCatalogue "$out/fictional-10k.csv"
  java -cp "$cp" io.github.stepadvisor.bench.ProgramProfiles "$out/all-specialties.json"
  jmh programs 'ProgramsBenchmark'
else
  rm -f "$out/programs.json"
fi

if [[ ",$parts," == *,web,* ]]; then
  echo "HTTP service: 8 clients x 2,000 POST /api/advice against one advisor.jar serve..."
  java -cp "$cp" io.github.stepadvisor.bench.WebLoad advisor-examples/target/advisor.jar advisor-examples/profiles \
    "$out/web.properties"
fi
if [[ ",$parts," == *,advice,* || ",$parts," == *,programs,* ]]; then
  echo "cold command line ($runs runs each) and retained heap..."
  java -cp "$cp" io.github.stepadvisor.bench.Summary "$out" advisor-examples/target/advisor.jar "$profile" "$runs" "$parts"
fi
if [[ ",$parts," == *,launcher,* ]]; then
  if [ -n "${BENCH_JAVAS:-}" ]; then
    read -r -a javas <<< "$BENCH_JAVAS"
  else
    javas=("$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p')")
    if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then javas+=(/usr/lib/jvm/temurin-25-jdk-amd64); fi
  fi
  echo "launcher against java -jar, $runs pairs per command (3 for --batch), on ${javas[*]}..."
  java -cp "$cp" io.github.stepadvisor.bench.LauncherTimes "$out" advisor-examples/target "$profile" "$runs" 3 "${javas[@]}"
fi
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
