#!/usr/bin/env bash
# Camera-transfer benchmark (issue 3): upload and download of one 1 MiB file and of 200 small
# files to the virtual camera and to real MicroPython (the WebAssembly build under Node, behind
# a pseudo-terminal made by socat), by FlashDeck's agent and by the mpremote-style baseline,
# directly and over a link paced at USB full speed. Options go to the benchmark (--help lists them).
# Usage: bench/camera-bench.sh [--peers virtual,micropython] [--rounds 3] [--pace 1000000] ...
#        (needs Node.js 20 and socat; installs the MicroPython npm package on first use)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
node_dir="$repo/serial-protocol/src/test/node"
cd "$repo"

[ -d "$node_dir/node_modules" ] || (cd "$node_dir" && npm ci --silent)
# The benchmark lives in serial-protocol's test sources, beside the harness that starts the peers.
./mvnw -q -B -ntp -pl serial-protocol -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
module="$repo/serial-protocol"
exec java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")" \
  -Dflashdeck.mpbridge="$node_dir/mpbridge.mjs" io.flashdeck.serial.bench.TransferBench "$@"
