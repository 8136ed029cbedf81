#!/usr/bin/env bash
# Runs the Sitrep Spark job on this machine: scripts/spark-local.sh INPUT OUTPUT
# Spark in local mode (SPARK_MASTER, default local[*]; e.g. local[2]) with the Spark jars from Maven: the
# sitrep-spark module's test classpath (Spark is `provided` there), written by `mvn dependency:build-classpath`.
# SITREP_JAVA_OPTS (default -Xmx4g) sets the driver's heap; the driver is the executor in local mode.
# Add --stream to run SitrepStreamJob instead: scripts/spark-local.sh --stream LANDING_DIR OUTPUT CHECKPOINT
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
main=org.sitrep.spark.SitrepJob
if [ "${1:-}" = "--stream" ]; then main=org.sitrep.spark.SitrepStreamJob; shift; fi
if [ "$main" = org.sitrep.spark.SitrepJob ] && [ $# -ne 2 ]; then
  echo "usage: scripts/spark-local.sh INPUT OUTPUT   (or --stream LANDING_DIR OUTPUT CHECKPOINT)" >&2; exit 1
fi
cp_file="$root/sitrep-spark/target/spark-classpath.txt"
if [ ! -s "$cp_file" ] || [ ! -f "$root/sitrep-spark/target/classes/org/sitrep/spark/SitrepJob.class" ] \
   || [ -n "${SITREP_SPARK_REBUILD:-}" ]; then
  echo "spark-local: building sitrep-spark and its classpath (once)" >&2
  (cd "$root" && mvn -q -B -pl sitrep-spark -am package dependency:build-classpath -DskipTests \
      -Dmdep.includeScope=test -Dmdep.outputFile=target/spark-classpath.txt >&2)
fi
opens="-XX:+IgnoreUnrecognizedVMOptions"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java ${SITREP_JAVA_OPTS:--Xmx4g} $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true -Dspark.master="${SPARK_MASTER:-local[*]}" -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile="$root/sitrep-spark/src/main/resources/sitrep-spark-log4j2.properties" \
  -cp "$root/sitrep-spark/target/classes:$(cat "$cp_file")" "$main" "$@"
