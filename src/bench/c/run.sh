#!/bin/sh
# Generated C against a hand-written loop: 2-D 5-point Laplacian with closures on 1000 x 1000.
# Usage (from the repository root, after mvn -q -o -DskipTests package): src/bench/c/run.sh [CFLAGS...]
set -e
dir=$(mktemp -d)
java -jar target/stencilforge.jar nd --operator laplacian --dimension 2 --accuracy 2 --points 1000,1000 \
    --format c --name lap > "$dir/lap.h"
cc -std=c99 -O2 ${@:-} -I"$dir" src/bench/c/lap2d.c -o "$dir/lap2d" -lm
"$dir/lap2d"
rm -rf "$dir"
