#!/usr/bin/env bash
# Speed of generated C and NumPy code against hand-written code for the same
# stencil (the 4th-order central second derivative, 10^7 doubles): regenerates
# the code with the jar into target/bench-codegen and runs both benchmarks.
#   mvn -q -DskipTests package && src/bench/run-codegen.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/stencilforge.jar
[ -f "$jar" ] || mvn -q -DskipTests package
out=target/bench-codegen
mkdir -p "$out"
java -jar "$jar" weights --derivative 2 --accuracy 4 --format c --name d2central4 --output "$out/d2central4.h"
java -jar "$jar" weights --derivative 2 --accuracy 4 --format python --name d2central4 --output "$out/d2central4.py"
gcc -std=c99 -Wall -Wextra -Werror -pedantic -O2 -I "$out" src/bench/c/bench.c -o "$out/bench-c"
"$out/bench-c"
python=python3
$python -c 'import numpy' 2>/dev/null || python=/usr/bin/python3
PYTHONPATH="$out" $python src/bench/python/bench.py
