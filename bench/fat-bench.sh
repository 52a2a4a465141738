#!/usr/bin/env bash
# FAT engine benchmark (issue 2): a 1 GiB FAT32 image holding one 400 MiB file and 3,000 small
# files; extraction and listing by FlashDeck against mtools and against copying the image file,
# as whole processes (JVM start included), plus opening a 64 GiB sparse image.
# Usage: bench/fat-bench.sh [WORKDIR]   (needs mtools, dosfstools; about 7 GiB of free disk)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
export MTOOLS_SKIP_CHECK=1 LC_ALL=C.UTF-8
fd="$repo/flashdeck"
img="$work/bench32.img"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# Every run writes into a folder of its own, and the outputs are removed only at the end: ext4
# without a journal skips inodes freed in the last minutes when it makes new ones, so deleting the
# previous output of thousands of files makes the next run crawl, whichever tool it is.
runs="$work/runs"
# seconds one run of a command takes, started with nothing left to write back; a command taking
# an output folder (extract_*, copy_image) gets a new one
timed() {
  local t0 t1 out=()
  case "$1" in extract_*|copy_image) mkdir -p "$runs"; out=("$(mktemp -d "$runs/run.XXXXXX")");; esac
  sync
  t0=$(now); "$@" "${out[@]}" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; t1=$(now)
  elapsed "$t0" "$t1"
}
# the smaller of two times; the first may be empty
faster() { if [ -z "$1" ] || awk -v a="$2" -v b="$1" 'BEGIN { exit !(a < b) }'; then echo "$2"; else echo "$1"; fi; }
# best of N runs of a command, in seconds
best_of() {
  local n="$1"; shift
  local best=""
  local t
  for _ in $(seq "$n"); do
    t=$(timed "$@") || exit 1
    best=$(faster "$best" "$t")
  done
  echo "$best"
}
# best of N runs of each command, the commands taken in turn so that all meet the same load: "A B ..."
best_of_each() {
  local n="$1"; shift
  local -a best=()
  local i t
  for _ in $(seq "$n"); do
    for i in $(seq 0 $(($# - 1))); do
      t=$(timed "${@:$((i + 1)):1}") || exit 1
      best[i]=$(faster "${best[i]:-}" "$t")
    done
  done
  echo "${best[*]}"
}

"$fd" --version >/dev/null   # builds on first use, outside the timings

if [ ! -f "$img" ]; then
  echo "making $img (1 GiB FAT32, 400 MiB file + 3000 small files)..."
  src="$work/src"; rm -rf "$src"; mkdir -p "$src/small"
  head -c $((400 * 1024 * 1024)) /dev/urandom > "$src/big.bin"
  for d in $(seq 0 29); do
    mkdir -p "$src/small/dir$d"
    for f in $(seq 0 99); do
      head -c $(( (d * 100 + f) * 37 % 20000 + 100 )) /dev/urandom > "$src/small/dir$d/file_$f.dat"
    done
  done
  mkfs.fat -C -F 32 "$img" $((1024 * 1024)) >/dev/null
  mcopy -s -i "$img" "$src/big.bin" "$src/small" ::/
  rm -rf "$src"
fi

extract_mtools() { mcopy -s -n -i "$img" ::/ "$1"; }
extract_mtools_times() { mcopy -s -m -n -i "$img" ::/ "$1"; }
extract_flashdeck() { "$fd" cp -r "$img:/" "$1"; }
copy_image() { cp "$img" "$1/copy.img"; }
rm -rf "$runs"

# The launcher records its class-data archive on the first run after a build: let that be a copy,
# the command measured, rather than the --version above.
rm -f "$repo/app/target/flashdeck-cli.jsa"
mkdir -p "$runs/first"; "$fd" cp -r "$img:/small/dir0" "$runs/first" >/dev/null

echo "== extraction (best of 5, whole processes, the tools in turn)"
t_cp=$(best_of 3 copy_image)
bests=$(best_of_each 5 extract_mtools extract_flashdeck extract_mtools_times)
read -r t_mt t_fd t_mtm <<< "$bests"
echo "cp image file        ${t_cp} s"
echo "mcopy -s             ${t_mt} s"
echo "flashdeck cp -r      ${t_fd} s"
echo "mcopy -s -m          ${t_mtm} s  (keeping modified times, as flashdeck does)"
echo "flashdeck / mcopy    $(ratio "$t_fd" "$t_mt")  (below 1 = faster than mtools)"
echo "flashdeck / cp       $(ratio "$t_fd" "$t_cp")  (1 = the speed of copying the image)"

echo "== listing everything (best of 5, whole processes)"
t_mdir=$(best_of 5 mdir -/ -a -i "$img" ::/)
t_ls=$(best_of 5 "$fd" ls -R "$img:/")
echo "mdir -/              ${t_mdir} s"
echo "flashdeck ls -R      ${t_ls} s"
echo "flashdeck / mdir     $(ratio "$t_ls" "$t_mdir")"
t_ver=$(best_of 5 "$fd" --version)
echo "flashdeck --version ${t_ver} s  (a start that declares every command, for comparison)"

echo "== in-process listing (JIT warm, FlashDeck engine only)"
"$fd" bench list "$img" --rounds 100

echo "== opening a 64 GiB sparse FAT32 image with a 32 MiB heap"
sparse="$work/sparse64g.img"
rm -f "$sparse"; truncate -s 64G "$sparse"; mkfs.fat -F 32 "$sparse" >/dev/null
t0=$(now); FLASHDECK_JAVA_OPTS="-Xmx32m" "$fd" df "$sparse"; t1=$(now)
echo "flashdeck df (64 GiB, -Xmx32m)  $(elapsed "$t0" "$t1") s whole process"
"$fd" bench open "$sparse" --rounds 10
rm -f "$sparse"; rm -rf "$runs"
