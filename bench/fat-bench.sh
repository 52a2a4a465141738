#!/usr/bin/env bash
# FAT engine benchmark (issue 2): a 1 GiB FAT32 image holding one 400 MiB file and 3,000 small
# files; extraction and listing by FlashDeck against mtools and against copying the image file,
# as whole processes (JVM start included), plus opening a 64 GiB sparse image.
# Usage: bench/fat-bench.sh [WORKDIR]   (needs mtools, dosfstools; about 3 GiB of free disk)
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
# best of N runs of a command, in seconds; each run starts with nothing left to write back
best_of() {
  local n="$1"; shift
  local best=""
  for _ in $(seq "$n"); do
    local t0 t1 t
    prepare; sync
    t0=$(now); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; t1=$(now); t=$(elapsed "$t0" "$t1")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$t"; fi
  done
  echo "$best"
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

out="$work/out"
# Removing the previous output is not part of any timing.
prepare() { rm -rf "$out" "$work/copy.img" && mkdir -p "$out"; }
extract_mtools() { mcopy -s -n -i "$img" ::/ "$out"; }
extract_flashdeck() { "$fd" cp -r "$img:/" "$out"; }
copy_image() { cp "$img" "$work/copy.img"; }

echo "== extraction (best of 3, whole processes)"
t_cp=$(best_of 3 copy_image)
t_mt=$(best_of 3 extract_mtools)
t_fd=$(best_of 3 extract_flashdeck)
prepare
echo "cp image file        ${t_cp} s"
echo "mcopy -s             ${t_mt} s"
echo "flashdeck cp -r      ${t_fd} s"
echo "flashdeck / mcopy    $(ratio "$t_fd" "$t_mt")  (below 1 = faster than mtools)"
echo "flashdeck / cp       $(ratio "$t_fd" "$t_cp")  (1 = the speed of copying the image)"

echo "== listing everything (best of 5, whole processes)"
t_mdir=$(best_of 5 mdir -/ -a -i "$img" ::/)
t_ls=$(best_of 5 "$fd" ls -R "$img:/")
echo "mdir -/              ${t_mdir} s"
echo "flashdeck ls -R      ${t_ls} s"
echo "flashdeck / mdir     $(ratio "$t_ls" "$t_mdir")"
t_ver=$(best_of 5 "$fd" --version)
echo "JVM floor (flashdeck --version) ${t_ver} s"

echo "== in-process listing (JIT warm, FlashDeck engine only)"
"$fd" bench list "$img" --rounds 100

echo "== opening a 64 GiB sparse FAT32 image with a 32 MiB heap"
sparse="$work/sparse64g.img"
rm -f "$sparse"; truncate -s 64G "$sparse"; mkfs.fat -F 32 "$sparse" >/dev/null
t0=$(now); FLASHDECK_JAVA_OPTS="-Xmx32m" "$fd" df "$sparse"; t1=$(now)
echo "flashdeck df (64 GiB, -Xmx32m)  $(elapsed "$t0" "$t1") s whole process"
"$fd" bench open "$sparse" --rounds 10
rm -f "$sparse" "$work/copy.img"; rm -rf "$out"
