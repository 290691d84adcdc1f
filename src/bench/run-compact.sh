#!/usr/bin/env bash
# Speed of generated compact code (Lele's tridiagonal sixth-order first derivative with its default
# closures, 10^6 doubles) against a hand-written Thomas solve of the same system, in C: regenerates
# the header with the jar into target/bench-codegen and runs the benchmark. The Java side is the JMH
# CompactSolveBenchmark.
#   mvn -q -DskipTests package && src/bench/run-compact.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/stencilforge.jar
[ -f "$jar" ] || mvn -q -DskipTests package
out=target/bench-codegen
mkdir -p "$out"
java -jar "$jar" compact --derivative 1 --accuracy 6 --format c --name d1compact6 --output "$out/d1compact6.h"
gcc -std=c99 -Wall -Wextra -Werror -pedantic -O2 -I "$out" src/bench/c/compact_bench.c -o "$out/bench-compact" -lm
"$out/bench-compact"
