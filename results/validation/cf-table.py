#!/usr/bin/env python3
"""Turns a compare.csv of the baseline and its counterfactuals into the markdown table of
docs/VALIDATION.md ("Counterfactuals"): the baseline's means, then each counterfactual's mean
paired difference, in bold when its 95% interval excludes 0. Usage: cf-table.py COMPARE_CSV"""
import csv, sys

COLUMNS = [("final.drift.consent", "drift consent"), ("final.drift.impartiality", "drift impart."),
           ("final.drift.limitedForce", "drift force"), ("final.drift.disinterested", "drift disint."),
           ("final.gap.region", "gap region"), ("final.gap.group.founders", "gap founders"),
           ("final.gap.group.others", "gap others"), ("founded", "founded"),
           ("founded.month", "founding month"), ("recognition.max", "recognition max"),
           ("cohesion.final.CIS", "cohesion CIS"), ("cohesion.final.CSTO", "cohesion CSTO"),
           ("share.changeIn", "share change-in"), ("final.principle", "principle")]

rows = {}
order = []
with open(sys.argv[1], newline="") as f:
    for r in csv.DictReader(f):
        if r["scenario"] not in rows:
            rows[r["scenario"]] = {}
            order.append(r["scenario"])
        rows[r["scenario"]][r["measure"]] = r

def cell(r, base):
    if r is None:
        return "–"
    if base:
        return "–" if r["mean"] == "" else "%.3f" % float(r["mean"])
    if r["diff"] == "":
        return "–"
    d, lo, hi = float(r["diff"]), float(r["diffCiLow"]), float(r["diffCiHigh"])
    text = "%+.3f" % d
    return "**%s**" % text if lo > 0 or hi < 0 else text

print("| scenario | " + " | ".join(c[1] for c in COLUMNS) + " |")
print("|---" * (len(COLUMNS) + 1) + "|")
for i, s in enumerate(order):
    name = s + (" (mean)" if i == 0 else "")
    print("| " + name + " | " + " | ".join(cell(rows[s].get(m), i == 0) for m, _ in COLUMNS) + " |")
