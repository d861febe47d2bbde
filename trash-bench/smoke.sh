#!/usr/bin/env bash
# The benchmarks' smoke run: every benchmark of every scenario once, on tiny data, on H2, PostgreSQL and MariaDB.
# Builds trash-bench (Maven profile "bench", nothing installed) and fails if any benchmark fails, including
# the checks each one makes of its result. Under a minute on 2 cores. Usage: trash-bench/smoke.sh [--db h2]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B --no-transfer-progress -q -Pbench -pl trash-bench -am -DskipTests package
out=trash-bench/target/smoke.json
java -Djmh.ignoreLock=true -Dtrash.bench.command="trash-bench/smoke.sh" -jar trash-bench/target/trash-bench.jar --smoke --out "$out" "$@"
python3 trash-bench/report.py "$out" > trash-bench/target/smoke.md
n=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$out")
echo "trash-bench smoke run, every benchmark checked its result:"
echo "bench: $n passed, 0 failed"
