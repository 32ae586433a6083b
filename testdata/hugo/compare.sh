#!/usr/bin/env bash
# Times cold broadsheet builds and cold Hugo builds of the same generated
# articles, side by side and alternating, so that a noisy machine weighs on
# both alike: wall time and peak memory (maximum resident set) of each run,
# then the ratios of the medians.
#
#   bash testdata/hugo/compare.sh [-full] [N [RUNS]]   # from the repository root
#
# N articles (default 10000), RUNS builds of each (default 3). Without
# -full the Hugo site is testdata/hugo/site, with the pages of the build
# benchmark: article, daily list, home page and feed. With -full the
# articles get tags and sections and the Hugo site is testdata/hugo/full,
# with the taxonomies, feeds and pages a default broadsheet site also writes.
#
# The sites are written under TMPDIR; give it a tmpfs (TMPDIR=/dev/shm) so
# the disk does not time the builds. A Hugo build that runs past HUGO_TIMEOUT
# (default 20m) is stopped and counted as failed.
#
# Needs Debian's hugo and GNU time (apt-get install hugo time).
set -euo pipefail
full=
if [[ ${1:-} == -full ]]; then
	full=-full
	shift
fi
n=${1:-10000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$work/results" "$work/counts"
go build -o "$work/broadsheet" ./cmd/broadsheet
go run ./testdata/hugo/mksite $full -n "$n" "$work/sites"
bs=$work/sites/broadsheet
hu=$work/sites/hugo
echo "$n articles${full:+, full sites}, $runs runs each; $(hugo version | cut -d' ' -f1-2)"

# timed TOOL RUN COMMAND... runs COMMAND under GNU time, prints the run's
# line and appends "TOOL WALL KB" to $work/results when it succeeded.
timed() {
	local tool=$1 run=$2 status=0 wall kb
	shift 2
	/usr/bin/time -o "$work/time" -f '%e %M' "$@" >"$work/out" 2>&1 || status=$?
	read -r wall kb < <(tail -n 1 "$work/time")
	if ((status != 0)); then
		printf '%-10s run %d: failed (exit %d) after %s s, %d MB peak RSS\n' "$tool" "$run" "$status" "$wall" $((kb / 1024))
		grep -v ': warning: ' "$work/out" | tail -n 3 || true
		return 0
	fi
	printf '%-10s run %d: %7.2f s wall, %6d MB peak RSS\n' "$tool" "$run" "$wall" $((kb / 1024))
	echo "$tool $wall $kb" >>"$work/results"
}

# count TOOL DIR: what the tool's last run wrote, before the clean-up for
# the other tool removes it (two outputs at 100,000 articles crowd a tmpfs).
count() {
	((run == runs)) && [[ -d $2/public ]] || return 0
	printf '%-10s wrote %d files: %d .html, %d .xml, %d .json\n' "$1" \
		"$(find "$2/public" -type f | wc -l)" "$(find "$2/public" -name '*.html' | wc -l)" \
		"$(find "$2/public" -name '*.xml' | wc -l)" "$(find "$2/public" -name '*.json' | wc -l)" >>"$work/counts"
}

for run in $(seq "$runs"); do
	# Cold: no output, no cache of an earlier build, for either tool.
	rm -rf "$bs/public" "$bs/.broadsheet" "$hu/public" "$hu/resources"
	(cd "$bs" && timed broadsheet "$run" "$work/broadsheet" build)
	count broadsheet "$bs"
	rm -rf "$bs/public" "$bs/.broadsheet" "$hu/public" "$hu/resources"
	(cd "$hu" && timed hugo "$run" timeout "${HUGO_TIMEOUT:-20m}" hugo --quiet)
	count hugo "$hu"
done
cat "$work/counts"

# median TOOL COLUMN: the median of the tool's successful runs.
median() {
	awk -v t="$1" -v c="$2" '$1 == t { print $c }' "$work/results" | sort -g |
		awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
bw=$(median broadsheet 2) bm=$(median broadsheet 3) hw=$(median hugo 2) hm=$(median hugo 3)
if [[ -z $bw || -z $hw ]]; then
	echo "no ratio: a tool has no successful run"
	exit 1
fi
awk -v bw="$bw" -v bm="$bm" -v hw="$hw" -v hm="$hm" 'BEGIN {
	printf "medians: broadsheet %.2f s, %d MB; hugo %.2f s, %d MB\n", bw, bm / 1024, hw, hm / 1024
	printf "broadsheet / hugo: %.3fx wall time, %.3fx peak RSS\n", bw / hw, bm / hm
}'
