#!/usr/bin/env bash
# Prepares the production jar for a fast start (README: Production build, "A faster start"): extracts it
# into a folder and makes a Java AOT cache (JDK 25) for it with a training run, which starts the
# application against the configured database up to the end of its start-up and exits at once.
#
#   deploy/aot-cache.sh [jar] [folder]     defaults: target/extranet-*.jar and target/aot
#
# Run it with the database settings the nodes use (SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD and
# the other settings in the environment): the training run migrates the schema as any start does, but
# opens no port and runs no scheduled work, so it may run beside nodes that serve. It needs a PostgreSQL
# of its own (SPRING_DATASOURCE_URL): the run ends with a halt, which would leave an embedded one running.
# Then start a node with the command it prints. Run it again after every new jar or JDK: the JVM
# ignores a cache made for other ones (with a warning) and simply starts slower.
set -euo pipefail

JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25 or newer}/bin/java"
JAR="${1:-$(ls target/extranet-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}"
DIR="${2:-target/aot}"
if [[ -z "$JAR" || ! -f "$JAR" ]]; then
    echo "No production jar: build it with ./mvnw -B package -DskipTests, or name it: $0 path/to/extranet.jar" >&2
    exit 2
fi
if [[ -z "${SPRING_DATASOURCE_URL:-}" ]]; then
    echo "Set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to the PostgreSQL the nodes use: the training run needs it." >&2
    exit 2
fi

rm -rf "$DIR"
# The jar's classes and libraries as plain files: the JVM caches classes from a class path of plain jars only.
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" --application-filename extranet.jar
# The training run: Spring stops right after the context is refreshed, and the JVM writes the cache as it exits.
"$JAVA" -XX:AOTCacheOutput="$DIR/extranet.aot" -Dspring.context.exit=onRefresh \
    -jar "$DIR/extranet.jar" > "$DIR/training.log" 2>&1 || {
    echo "The training run failed; see $DIR/training.log" >&2
    tail -n 20 "$DIR/training.log" >&2
    exit 1
}
if [[ ! -s "$DIR/extranet.aot" ]]; then
    echo "The training run wrote no cache; see $DIR/training.log" >&2
    exit 1
fi
echo "Start a node with: \$JAVA_HOME/bin/java -XX:AOTCache=$DIR/extranet.aot -jar $DIR/extranet.jar"
