#!/usr/bin/env bash
# Times a cold broadsheet build and a cold Hugo build of the same generated
# articles, side by side: wall time and peak memory (maximum resident set).
#
#   bash testdata/hugo/compare.sh [N]      # from the repository root; N defaults to 10000
#
# Needs Debian's hugo and GNU time (apt-get install hugo time).
set -euo pipefail
n=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/broadsheet" ./cmd/broadsheet
go run ./testdata/hugo/mksite -n "$n" "$work/sites"
hugo version
for run in 1 2 3; do
	rm -rf "$work/sites/broadsheet/public" "$work/sites/hugo/public" "$work/sites/hugo/resources"
	(cd "$work/sites/broadsheet" && /usr/bin/time -f "broadsheet run $run: %e s wall, %M KB peak RSS" "$work/broadsheet" build 2>&1 | grep -v ': warning: ')
	(cd "$work/sites/hugo" && /usr/bin/time -f "hugo       run $run: %e s wall, %M KB peak RSS" hugo --quiet 2>&1)
done
