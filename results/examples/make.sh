#!/usr/bin/env bash
# Regenerates the example charts of this folder from the current model (about a minute).
# Usage: bash results/examples/make.sh   (from the project's root)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
ex=results/examples
./rissim run scenarios/psris-baseline.yaml --seed 1 --out "$out/run" > /dev/null
./rissim plot drift "$out/run" --format both --out "$out/run-charts" > /dev/null
cp "$out/run-charts/drift.png" "$ex/drift-run.png"; cp "$out/run-charts/drift.svg" "$ex/drift-run.svg"
./rissim plot institutions "$out/run" --format png --out "$out/run-charts" > /dev/null
cp "$out/run-charts/institutions.png" "$ex/institutions.png"
./rissim run scenarios/psris-baseline.yaml --seed 1 --reps 20 --out "$out/reps" > /dev/null
./rissim plot drift "$out/reps" --format png --out "$out/reps-charts" > /dev/null
cp "$out/reps-charts/drift.png" "$ex/drift-replicated.png"
./rissim compare scenarios/psris-baseline.yaml scenarios/cf-no-new-institution.yaml \
    scenarios/cf-strong-counter-contestation.yaml --reps 20 --out "$out/cmp" > /dev/null
./rissim plot compare "$out/cmp" --format png --out "$out/cmp-charts" > /dev/null
cp "$out/cmp-charts/"*.png "$ex/compare.png"
./rissim sweep scenarios/psris-baseline.yaml --design sobol --samples 64 --quiet \
    --param parameters.counterContestation=0:2 --param parameters.belief.eta=0.05:0.25 \
    --param parameters.bodies.socialisation=0:0.05 --out "$out/sweep" > /dev/null
./rissim analyze "$out/sweep" > /dev/null
./rissim plot heatmap "$out/sweep" --x parameters.counterContestation --y parameters.belief.eta \
    --metric final.drift.consent --format png --out "$out/sweep-charts" > /dev/null
./rissim plot sensitivity "$out/sweep" --format png --out "$out/sweep-charts" > /dev/null
cp "$out/sweep-charts/heatmap.png" "$ex/heatmap.png"; cp "$out/sweep-charts/sensitivity.png" "$ex/sensitivity.png"
ls -la "$ex"
