#!/usr/bin/env bash
# explain.sh FILE ID,ID : the lexicon entries that matched each chosen record (ExplainIntentsTool)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -o -q test -pl core -Dtest=ExplainIntentsTool -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmaven.javadoc.skip -Dreplyguard.explain="$(realpath "$1")" -Dreplyguard.explain.ids="$2"
