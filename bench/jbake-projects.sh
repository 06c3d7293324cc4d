#!/usr/bin/env bash
# JBake projects: real JBake 2.7.0 against ours, and our start-up with and without AsciiDoc.
#
# Usage:  bash bench/jbake-projects.sh compare  [SITE...]   real JBake vs ours on JBake projects
#         bash bench/jbake-projects.sh startup  OLD_JAR     an older showcase.jar vs target/showcase.jar
# Env:    RUNS=5   paired runs per measurement (the two tools alternate, the order flips each run)
#
# compare: default SITEs are the test fixtures jbake-asciidoc (AsciiDoc content) and jbake-groovy
#   (Groovy templates). Real JBake runs as `jbake -b` would (RealJBake's main: an Oven, as the launcher
#   builds it; the launcher itself needs Jetty) on the project's test classpath (jbake-core 2.7.0 with AsciidoctorJ 2.5.7 and its optional template
#   engines), ours as `java -jar target/showcase.jar build`. Each run is a fresh JVM, output removed first.
# startup: builds the Markdown-only JBake fixture jbake-blog and the default site (AVIF off) with
#   both jars: shows whether shipping AsciidoctorJ/JRuby in the jar costs a Markdown build anything.
#
# Every timed command holds /tmp/heavy.lock, so it never overlaps another helper's timing; the
# machine is still shared (other builds run between our runs), hence paired, alternating runs and
# medians. Needs: mvn (offline is fine once the test classpath is downloaded), GNU time.
set -euo pipefail

MODE="${1:-}"; shift || true
RUNS="${RUNS:-5}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
JAR="$REPO/target/showcase.jar"
WORK="$REPO/bench/work/jbake"
mkdir -p "$WORK"
[ -f "$JAR" ] || { echo "build target/showcase.jar first: mvn -q -B package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is required: apt-get install time" >&2; exit 2; }
mkdir -p /tmp/novips && printf '#!/bin/sh\nexit 1\n' > /tmp/novips/vips && chmod +x /tmp/novips/vips

# timed LABEL CMD... : one run under the lock; appends "LABEL wall cpu" to $WORK/times
timed() {
  local label="$1"; shift
  flock /tmp/heavy.lock /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$@" >"$WORK/last.log" 2>&1 \
    || { echo "failed: $*" >&2; tail -20 "$WORK/last.log" >&2; exit 1; }
  read -r wall user sys <"$WORK/t"
  echo "$label $wall $(echo "$user + $sys" | bc)" >>"$WORK/times"
}

median() {  # median LABEL COLUMN (2 = wall, 3 = cpu)
  awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$WORK/times" | sort -n \
    | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

report() {  # report LABEL...
  for l in "$@"; do
    printf '  %-28s wall %6ss  cpu %6ss  (median of %d)\n' "$l" "$(median "$l" 2)" "$(median "$l" 3)" "$RUNS"
  done
}

: >"$WORK/times"
case "$MODE" in
  compare)
    [ $# -gt 0 ] || set -- "$REPO/src/test/resources/sites/jbake-asciidoc" "$REPO/src/test/resources/sites/jbake-groovy"
    (cd "$REPO" && mvn -q -o -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
    (cd "$REPO" && mvn -q -o -B test-compile >/dev/null)
    CP="$REPO/target/test-classes:$(cat "$WORK/cp.txt")"
    for site in "$@"; do
      name="$(basename "$site")"
      for i in $(seq 1 "$RUNS"); do
        rm -rf "$WORK/jbake-out" "$WORK/ours-out"
        if [ $((i % 2)) -eq 1 ]; then
          timed "$name/jbake" java -cp "$CP" vn.haiphong.showcase.jbake.RealJBake "$site" "$WORK/jbake-out"
          timed "$name/ours" java -jar "$JAR" build --site "$site" --output "$WORK/ours-out"
        else
          timed "$name/ours" java -jar "$JAR" build --site "$site" --output "$WORK/ours-out"
          timed "$name/jbake" java -cp "$CP" vn.haiphong.showcase.jbake.RealJBake "$site" "$WORK/jbake-out"
        fi
      done
      echo "$name:"; report "$name/jbake" "$name/ours"
    done
    ;;
  startup)
    OLD="${1:?give the older jar: bash bench/jbake-projects.sh startup /path/to/old/showcase.jar}"
    # one untimed build first, so both jars find the default site's .cache/ warm
    PATH="/tmp/novips:$PATH" java -jar "$JAR" build --site "$REPO" >/dev/null 2>&1 || true
    for i in $(seq 1 "$RUNS"); do
      for jar in old new; do
        j="$JAR"; [ "$jar" = old ] && j="$OLD"
        rm -rf "$WORK/blog-out"
        timed "jbake-blog/$jar" java -jar "$j" build --site "$REPO/src/test/resources/sites/jbake-blog" --output "$WORK/blog-out"
        timed "default-site/$jar" env PATH="/tmp/novips:$PATH" java -jar "$j" build --site "$REPO"
        timed "version/$jar" java -jar "$j" --version
      done
    done
    echo "old = $OLD ($(stat -c %s "$OLD") bytes), new = $JAR ($(stat -c %s "$JAR") bytes)"
    report jbake-blog/old jbake-blog/new default-site/old default-site/new version/old version/new
    ;;
  *)
    sed -n '2,18p' "$0" >&2; exit 2 ;;
esac
