#!/usr/bin/env bash
# conveval.sh FILE [REPO_DIR] : advice and check figures on a labelled conversation file
# (ConversationCorpusTest#figuresOnAGivenSet); REPO_DIR defaults to this checkout.
set -euo pipefail
dir="${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
cd "$dir" && mvn -B -o -q test -pl core -Dtest='ConversationCorpusTest#figuresOnAGivenSet' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dmaven.javadoc.skip -Dreplyguard.conv.eval="$(realpath "$1")"
