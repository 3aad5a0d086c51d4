#!/usr/bin/env bash
# Extraction measured on real liaison statements: runs the shared scorer on the development
# corpus beside this checkout (../shared/corpus/dev), when there is one. A clone without it
# skips with a message and exit 0, so this never fails for a user who has no corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="../shared/corpus/dev"
scorer="../shared/eval/score-extraction.py"
if [ ! -f "$corpus/key.json" ] || [ ! -f "$scorer" ]; then
  echo "eval: skipped, no development corpus at $corpus (it lives beside the checkout, outside the project)"
  exit 0
fi
exec python3 "$scorer" "$corpus/key.json" "$corpus"/*.txt "$@"
