#!/usr/bin/env bash
# Two Extranet nodes on this machine (ports 8081 and 8082) behind a local nginx on port 8080, against
# the system PostgreSQL. Debian/Ubuntu, run as root (it starts the PostgreSQL cluster and creates its
# role and database). Needs a JDK 25+ in JAVA_HOME (the nodes start with an AOT cache) and nginx
# (apt-get install nginx-light).
#
#   deploy/two-nodes.sh start    build the jar if there is none, start PostgreSQL, both nodes and nginx
#   deploy/two-nodes.sh stop     stop nginx and both nodes (PostgreSQL keeps running)
#   deploy/two-nodes.sh restart-node 1|2   restart one node (sessions on the other one go on)
#
# The database gets no demo data. Name the first staff account for the first start (README: The first
# staff account): EXTRANET_FIRST_STAFF_EMAIL=... EXTRANET_FIRST_STAFF_FIRST_NAME=... \
#   EXTRANET_FIRST_STAFF_LAST_NAME=... deploy/two-nodes.sh start
#
# Everything it keeps (keys, logs, pid files) is in data/two-nodes/, readable by its owner only.
set -euo pipefail
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25 or newer}"

cd "$(dirname "$0")/.."
RUN="$PWD/data/two-nodes"
JAR_GLOB="target/extranet-*.jar"
AOT="$RUN/aot"
DB_NAME=extranet
DB_USER=extranet
PG_VERSION="${PG_VERSION:-15}"

jar() {
    local found
    found=$(ls $JAR_GLOB 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
    if [[ -z "$found" ]]; then
        echo "Building the production jar (./mvnw package -DskipTests)..." >&2
        ./mvnw -B -q package -DskipTests >&2
        found=$(ls $JAR_GLOB | grep -v '\.original$' | head -n 1)
    fi
    echo "$found"
}

secret() {
    head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | head -c 40
}

prepare() {
    mkdir -p "$RUN/logs"
    chmod 700 "$RUN"
    if [[ ! -f "$RUN/settings.env" ]]; then
        umask 077
        cat > "$RUN/settings.env" <<SETTINGS
DB_PASSWORD=$(secret)
EXTRANET_SECOND_FACTOR_ENCRYPTION_KEY=$(secret)
EXTRANET_OPENID_ENCRYPTION_KEY=$(secret)
SETTINGS
    fi
    # shellcheck disable=SC1091
    source "$RUN/settings.env"
    settings
}

start_postgres() {
    pg_ctlcluster "$PG_VERSION" main start >/dev/null 2>&1 || true  # already running is fine
    su postgres -c "psql -qtA" <<SQL >/dev/null
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_USER PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;
SQL
    if [[ -z "$(su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'\"")" ]]; then
        su postgres -c "createdb -O $DB_USER $DB_NAME"
    fi
}

# The settings every node shares (for env(1), which execs the command: $! stays the node's pid).
settings() {
    SETTINGS=(
        SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME"
        SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD"
        EXTRANET_SECOND_FACTOR_ENCRYPTION_KEY="$EXTRANET_SECOND_FACTOR_ENCRYPTION_KEY"
        EXTRANET_OPENID_ENCRYPTION_KEY="$EXTRANET_OPENID_ENCRYPTION_KEY"
        EXTRANET_PUBLIC_URL="http://localhost:8080"
        SERVER_FORWARD_HEADERS_STRATEGY=native
    )
    # The first staff account (README: The first staff account), when the operator names one: an
    # external database starts without accounts. Only a node that finds no staff account makes it.
    local name
    for name in EXTRANET_FIRST_STAFF_EMAIL EXTRANET_FIRST_STAFF_FIRST_NAME EXTRANET_FIRST_STAFF_LAST_NAME \
                EXTRANET_FIRST_STAFF_LANGUAGE; do
        if [[ -n "${!name:-}" ]]; then
            SETTINGS+=("$name=${!name}")
        fi
    done
}

# The nodes start from the extracted jar with its AOT cache (README: A faster start), made again for a newer jar.
aot_cache() {
    if [[ ! -s "$AOT/extranet.aot" || "$JAR" -nt "$AOT/extranet.aot" ]]; then
        echo "Making the AOT cache for a faster start (deploy/aot-cache.sh)..."
        env "${SETTINGS[@]}" deploy/aot-cache.sh "$JAR" "$AOT" >/dev/null
    fi
}

start_node() {
    local node=$1 port=$((8080 + $1))
    if [[ -f "$RUN/node$node.pid" ]] && kill -0 "$(cat "$RUN/node$node.pid")" 2>/dev/null; then
        echo "node $node already runs (pid $(cat "$RUN/node$node.pid"))"
        return
    fi
    env "${SETTINGS[@]}" EXTRANET_SCHEDULER_NODE_NAME="node$node" PORT="$port" \
        nohup "$JAVA_HOME/bin/java" -XX:AOTCache="$AOT/extranet.aot" -jar "$AOT/extranet.jar" \
        > "$RUN/logs/node$node.log" 2>&1 &
    echo $! > "$RUN/node$node.pid"
    echo -n "node $node (pid $!) starting on port $port"
    for _ in $(seq 1 180); do
        if curl -fs -o /dev/null "http://127.0.0.1:$port/login"; then
            echo " ... up"
            return
        fi
        if ! kill -0 "$(cat "$RUN/node$node.pid")" 2>/dev/null; then
            echo " ... stopped; see $RUN/logs/node$node.log" >&2
            tail -n 20 "$RUN/logs/node$node.log" >&2
            exit 1
        fi
        sleep 1
        echo -n "."
    done
    echo " ... not up after 3 minutes; see $RUN/logs/node$node.log" >&2
    exit 1
}

stop_node() {
    local pidfile="$RUN/node$1.pid"
    if [[ -f "$pidfile" ]]; then
        local pid
        pid=$(cat "$pidfile")
        # SIGTERM: the node finishes what it is doing (the outbox hands its claim back) and stops.
        kill "$pid" 2>/dev/null && while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
        rm -f "$pidfile"
        echo "node $1 stopped"
    fi
}

start_nginx() {
    cat > "$RUN/nginx.conf" <<CONF
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/logs/nginx-error.log;
events { worker_connections 512; }
http {
    access_log $RUN/logs/nginx-access.log;
    client_body_temp_path $RUN/nginx-body;
    proxy_temp_path $RUN/nginx-proxy;
    include $PWD/deploy/nginx/extranet.conf;
}
CONF
    if [[ -f "$RUN/nginx.pid" ]] && kill -0 "$(cat "$RUN/nginx.pid")" 2>/dev/null; then
        nginx -p "$RUN" -c "$RUN/nginx.conf" -s reload
    else
        nginx -p "$RUN" -c "$RUN/nginx.conf"
    fi
    echo "nginx on http://localhost:8080/ (log in $RUN/logs)"
}

case "${1:-start}" in
    start)
        prepare
        JAR=$(jar)
        start_postgres
        aot_cache      # its training run migrates the schema; the nodes find it done
        start_node 1
        start_node 2
        start_nginx
        echo "Open http://localhost:8080/ - the response header X-Extranet-Node names the node that answered."
        echo "This database gets no demo data: it starts without accounts (see README.md, Several nodes)."
        ;;
    stop)
        if [[ -f "$RUN/nginx.pid" ]]; then nginx -p "$RUN" -c "$RUN/nginx.conf" -s quit || true; fi
        stop_node 1
        stop_node 2
        ;;
    restart-node)
        prepare
        JAR=$(jar)
        aot_cache
        stop_node "${2:?which node: 1 or 2}"
        start_node "$2"
        ;;
    *)
        echo "usage: $0 start | stop | restart-node 1|2" >&2
        exit 2
        ;;
esac
