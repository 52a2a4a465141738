#!/usr/bin/env bash
# Desktop app benchmark (issue 4), through the real ./flashdeck launch path on a virtual X display:
# cold start to the window's first frame; listing a 10,000-entry directory of an image and
# scrolling through it (the longest gap between the FX thread's frames); the heap in use after
# browsing every directory of a 32 GiB sparse image.
# Usage: bench/gui-bench.sh [WORKDIR]   (needs xvfb-run: apt-get install xvfb xauth libgtk-3-0)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
fd="$repo/flashdeck"
command -v xvfb-run >/dev/null || { echo "gui-bench: xvfb-run is missing (apt-get install xvfb xauth libgtk-3-0)" >&2; exit 1; }

"$fd" --version >/dev/null   # builds on first use, outside the timings

listing="$work/listing.img"
if [ ! -f "$listing" ]; then
  echo "making $listing (256 MiB FAT16, /photos with 10,000 files)..."
  rm -rf "$work/src" && mkdir -p "$work/src/photos"
  (cd "$work/src/photos" && seq -f 'IMG_%05g.JPG' 1 10000 | xargs touch)
  "$fd" format --create "$listing" --size 256M --layout mkfs >/dev/null
  "$fd" cp -r "$work/src/photos" "$listing:/" >/dev/null
fi

large="$work/large.img"
if [ ! -f "$large" ]; then
  echo "making $large (32 GiB sparse FAT32, 40 folders of 50 files)..."
  rm -rf "$work/tree" && mkdir -p "$work/tree"
  for d in $(seq -w 1 40); do
    mkdir -p "$work/tree/DCIM/day$d/raw"
    for f in $(seq -w 1 50); do head -c $(( 10#$d * 97 + 10#$f * 13 )) /dev/zero > "$work/tree/DCIM/day$d/IMG_$f.JPG"; done
  done
  "$fd" format --create "$large" --size 32G >/dev/null
  "$fd" cp -r "$work/tree/DCIM" "$large:/" >/dev/null
fi

# Settings, logs and recent images of the runs stay in the work directory.
bench_opts="-Dflashdeck.config=$work/config -Dflashdeck.data=$work/data"
run_gui() {
  FLASHDECK_JAVA_OPTS="$bench_opts $*" xvfb-run -a -s "-screen 0 1600x1000x24" "$fd" 2>/dev/null \
    | grep '^flashdeck bench' | sed 's/^flashdeck bench //'
}

echo "== cold start (JVM start to the window drawn and ready for input), three runs; the first after a build records the class-data archive"
for run in 1 2 3; do run_gui -Dflashdeck.bench=startup | sed "s/^/run $run: /"; done

echo "== listing, scrolling and memory (one run)"
run_gui -Dflashdeck.bench=browse -Dflashdeck.bench.image="$listing" -Dflashdeck.bench.dir=/photos \
  -Dflashdeck.bench.large="$large"
