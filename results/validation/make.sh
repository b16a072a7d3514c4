#!/usr/bin/env bash
# Regenerates the generated tables of docs/VALIDATION.md (between the `<!-- generated:NAME begin -->`
# and `<!-- generated:NAME end -->` markers) and the small result files of this folder from the
# current model.
#
# Usage (from the project's root):
#   bash results/validation/make.sh              # shares, discrimination (8 x 200 runs, minutes)
#   bash results/validation/make.sh --calibrate   # also the ABC-SMC calibration (20,000 runs, about
#                                                 # 45 min on 2 busy cores) and its predictive check
#   CALIBRATION=DIR bash results/validation/make.sh   # use an existing calibration folder
# REPS (default 200), BUDGET (default 20000) and THREADS (default: all cores) can be set.
set -euo pipefail
cd "$(dirname "$0")/../.."
reps="${REPS:-200}"
budget="${BUDGET:-20000}"
threads=()
if [[ -n "${THREADS:-}" ]]; then threads=(--threads "$THREADS"); fi
ex=results/validation
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Replaces the lines between the markers of block $1 in docs/VALIDATION.md by the file $2.
splice() {
  local name="$1" file="$2" doc=docs/VALIDATION.md
  grep -q "^<!-- generated:$name begin -->\$" "$doc" || { echo "no block $name in $doc" >&2; exit 1; }
  awk -v name="$name" -v file="$file" '
    BEGIN { while ((getline line < file) > 0) body = body line "\n" }
    $0 == "<!-- generated:" name " begin -->" { print; printf "%s", body; skip = 1; next }
    $0 == "<!-- generated:" name " end -->" { skip = 0 }
    !skip { print }' "$doc" > "$work/doc.md"
  mv "$work/doc.md" "$doc"
}

./rissim patterns scenarios/psris-baseline.yaml --reps "$reps" --seed 1 --null --markdown \
    "${threads[@]}" --out "$work/null" > "$work/null.txt"
cp "$work/null/patterns.csv" "$ex/patterns-null.csv"
splice shares "$work/null/shares.md"
splice discrimination "$work/null/discrimination.md"

calibration="${CALIBRATION:-}"
if [[ "${1:-}" == "--calibrate" ]]; then
  calibration="$work/calibration"
  ./rissim calibrate scenarios/psris-baseline.yaml \
      --param 'parameters.belief.eta=uniform(0,0.5)' \
      --param 'parameters.counterContestation=uniform(0,2)' \
      --param 'founding.threshold=uniform(10,60)' \
      --param 'parameters.bodies.objection=uniform(0.5,5)' \
      --param 'parameters.choice.tolerance=uniform(0.05,0.6)' \
      --particles 300 --budget "$budget" --seed 1 "${threads[@]}" --out "$calibration" \
      > "$work/calibration.txt"
fi
if [[ -n "$calibration" ]]; then
  cp "$calibration/generations.csv" "$ex/calibration-generations.csv"
  cp "$calibration/summary.csv" "$ex/calibration-summary.csv"
  cp "$calibration/posterior.csv" "$ex/calibration-posterior.csv"
  splice posterior "$calibration/posterior.md"
  ./rissim patterns scenarios/psris-baseline.yaml --reps "$reps" --seed 2 --posterior "$calibration" \
      --markdown "${threads[@]}" --out "$work/predictive" > "$work/predictive.txt"
  cp "$work/predictive/patterns.csv" "$ex/patterns-predictive.csv"
  splice predictive "$work/predictive/discrimination.md"
  ./rissim plot posterior "$calibration" --format png --out "$work/charts" > /dev/null
  cp "$work/charts/"posterior*.png "$ex/"
fi
chmod 644 "$ex"/*.csv "$ex"/*.png 2>/dev/null || true
ls -la "$ex"
