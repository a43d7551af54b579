#!/usr/bin/env bash
# Measures winnow's command on WARC.gz input, as README.md reports it:
#   1. one file: wall time and pages/s of -j 1 and -j 2, beside the time
#      zcat takes to inflate the same file;
#   2. two files: -j 2 over both, against two -j 1 processes, one per file,
#      started together (the bound: no shared reading at all).
# The WARC files are built under $TMPDIR (default /tmp) from the corpora in
# ../shared/eval, which the project does not ship. Configurations alternate
# within each round; medians of RUNS rounds are printed.
#
#   bash scripts/bench_warc.sh [RUNS]      # default 5
#   J2_GOMAXPROCS=4 bash scripts/bench_warc.sh
#
# On a machine loaded by other work, a process's CPU share follows its
# thread count: two -j 1 processes run four threads where -j 2 runs two
# (GOMAXPROCS = cores). J2_GOMAXPROCS gives the -j 2 runs that many, to
# compare like with like; an idle machine needs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
tmp=${TMPDIR:-/tmp}/winnow-bench-warc
mkdir -p "$tmp"
go build -o "$tmp/winnow" ./cmd/winnow
if [ ! -f "$tmp/a.warc.gz" ]; then
	go run ./scripts/mkwarc -o "$tmp/a.warc.gz" ../shared/eval/scrapinghub ../shared/eval/trafilatura \
		../shared/eval/mercury ../shared/eval/wcxb
fi
cp -f "$tmp/a.warc.gz" "$tmp/b.warc.gz"
a=$tmp/a.warc.gz
b=$tmp/b.warc.gz
w=$tmp/winnow
j2=${J2_GOMAXPROCS:+GOMAXPROCS=$J2_GOMAXPROCS }
pages=$("$w" -quiet -format jsonl "$a" | wc -l)

# seconds runs a shell command and prints its wall time in seconds.
seconds() {
	local t0 t1
	t0=$(date +%s.%N)
	bash -c "$1" >/dev/null
	t1=$(date +%s.%N)
	echo "$t1 - $t0" | bc
}

names=("zcat, one file" "-j 1, one file" "-j 2, one file" "-j 2, two files" "two -j 1 processes, one file each")
cmds=(
	"zcat '$a' >/dev/null"
	"'$w' -quiet -j 1 -format jsonl '$a' >/dev/null"
	"$j2'$w' -quiet -j 2 -format jsonl '$a' >/dev/null"
	"$j2'$w' -quiet -j 2 -format jsonl '$a' '$b' >/dev/null"
	"'$w' -quiet -j 1 -format jsonl '$a' >/dev/null & '$w' -quiet -j 1 -format jsonl '$b' >/dev/null & wait"
)
declare -A times
for ((r = 0; r < runs; r++)); do
	for i in "${!cmds[@]}"; do
		times[$i]+="$(seconds "${cmds[$i]}") "
	done
done
echo "$pages pages a file, $(du -m "$a" | cut -f1) MB gzipped; $runs rounds; ${j2:-default GOMAXPROCS }for -j 2; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-36s %10s %12s   %s\n" "what" "median s" "pages/s" "all runs"
for i in "${!cmds[@]}"; do
	med=$(echo "${times[$i]}" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
	n=$pages
	case $i in 3 | 4) n=$((2 * pages)) ;; esac
	rate=$(echo "scale=0; $n / $med" | bc)
	[ "$i" = 0 ] && rate="-"
	printf "%-36s %10.2f %12s   %s\n" "${names[$i]}" "$med" "$rate" "${times[$i]}"
done
