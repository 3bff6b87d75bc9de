#!/usr/bin/env bash
# Measures how many of Camunda 7's engine-test models `workflows validate` accepts.
# Usage: tests/Workflows.Engine.Tests/Camunda/measure-camunda-corpus.sh GIT_DIR_OF_camunda-bpm-platform [--strict] [--details FILE]
# The models are exported from the git directory (no work tree needed) into a temporary directory;
# prints "accepted N of M (P%)" and, with --details, writes each refused file's problems to FILE.
set -euo pipefail
git_dir=${1:?git directory of camunda/camunda-bpm-platform}
shift
strict=()
details=/dev/null
while [ $# -gt 0 ]; do
  case $1 in
    --strict) strict=(--strict) ;;
    --details) details=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git --git-dir="$git_dir" archive HEAD engine/src/test/resources | tar -x -C "$work"
find "$work" -type f \( -name '*.bpmn' -o -name '*.bpmn20.xml' \) | sort > "$work/files"
total=$(wc -l < "$work/files")
dotnet build "$root/src/Workflows.Cli" -v q -nologo -p:UseSharedCompilation=true > /dev/null
cli=$(find "$root/src/Workflows.Cli/bin" -name Workflows.Cli.dll | head -1)
xargs -d '\n' dotnet "$cli" validate "${strict[@]}" < "$work/files" > "$work/out" 2> "$work/err" || true
accepted=$(grep -cE ': ok( \(.*\))?$' "$work/out" || true)
sed "s|$work/||" "$work/err" > "$details"
awk -v a="$accepted" -v t="$total" 'BEGIN { printf "accepted %d of %d (%.1f%%)\n", a, t, 100 * a / t }'
