#!/usr/bin/env bash
# Builds examples/spark, runs the job in Spark's local mode (2 cores) on the bundled sample plus generated
# reports, runs `ogi batch` on the same files, and compares the two runs' tables (CompareWithBatch): the same
# rows, the same findings, the same cross-year rows. Called by .ci/run once the main build has installed the
# ogi-report artifacts into the local Maven repository; can be run by hand the same way. Exit status 0 only
# when the job ran and the tables are equal.
set -euo pipefail
cd "$(dirname "$0")"
here=$PWD
root=$(cd ../.. && pwd)
work=$here/target/ci
count=${OGI_SPARK_CI_COUNT:-300}

mvn -B -ntp -q package
# Spark's jars (the provided scope) then the job's shaded jar: the classpath order spark-submit gives a job
mvn -B -ntp -q dependency:build-classpath -DincludeScope=provided -Dmdep.outputFile=target/spark.classpath
rm -rf "$work"
mkdir -p "$work"
java -jar "$root/target/ogi.jar" generate --count="$count" --seed=13 --out="$work/gen" > /dev/null
# and three files that cannot give a report, for the error rows: empty, not text, over the size limit
mkdir -p "$work/gen/broken"
: > "$work/gen/broken/empty.txt"
head -c 4096 /dev/zero | tr '\0' '\377' > "$work/gen/broken/not-text.html"
head -c 300000 < <(yes '本年度政府信息公开工作年度报告') > "$work/gen/broken/too-large.txt"
sample="$root/testdata/samples/2024-gaochang-jdb.txt"
# ogi batch gets the files as a list sorted as Spark sorts their file: URIs, so both number them alike
{ echo "$sample"; find "$work/gen" -type f \( -name '*.txt' -o -name '*.html' \); } | LC_ALL=C sort > "$work/inputs.txt"
echo "spark-ci: $(wc -l < "$work/inputs.txt") input files ($count generated, the bundled sample, 3 broken)"

start=$(date +%s%N)
# the same limits for both: a size limit of 200 KB, so that too-large.txt gets its too_large row
java -jar "$root/target/ogi.jar" batch --jobs=2 --max-size=200KB --out="$work/batch" "@$work/inputs.txt" | tail -1
batch_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# local mode on 2 cores, on the loopback address only, without the web UI; the JVM options Spark's launcher
# would add on Java 17 (jvm-options); Spark's own log to a file
start=$(date +%s%N)
if ! java @jvm-options -Xmx2g -Dspark.master='local[2]' -Dspark.ui.enabled=false \
    -Dspark.driver.bindAddress=127.0.0.1 -Dspark.driver.host=127.0.0.1 \
    -cp "$(cat target/spark.classpath):target/ogi-spark.jar" example.spark.OgiSpark \
    --max-size=200KB --split-size=256KB --out="$work/spark" "$sample" "$work/gen/*/*.txt" "$work/gen/*/*.html" \
    2> "$work/spark.log"; then
  tail -40 "$work/spark.log"
  echo "spark-ci: the Spark job failed (log: $work/spark.log)"
  exit 1
fi
spark_ms=$(( ($(date +%s%N) - start) / 1000000 ))

java -cp "$(cat target/spark.classpath):target/ogi-spark.jar" example.spark.CompareWithBatch "$work/batch" "$work/spark"
echo "spark-ci: wall time, JVM start included: ogi batch --jobs=2 ${batch_ms} ms, Spark local[2] ${spark_ms} ms"
