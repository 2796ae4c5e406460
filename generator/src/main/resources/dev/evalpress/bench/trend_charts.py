"""Draws the trend charts of evalpress's chart benchmark with matplotlib, for comparison.

Usage: python3 trend_charts.py DATA_DIR OUT_DIR

Reads every DATA_DIR/*.csv written by dev.evalpress.bench.ChartCorpus (one per eval: model_id,
model_name, family, predecessor, condition, k, n; versions in release order) and writes
OUT_DIR/<name>.svg: the chart an evalpress eval page shows, i.e. the rate pooled over conditions
(sum k / sum n) per model version in release order, one line per family (each version joined to its
predecessor), with 95% Wilson score intervals as whiskers, on a 720 x 380 canvas. Prints the number
of charts written. Kept in the evalpress repository; needs only matplotlib.
"""

import csv
import math
import os
import sys

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import PercentFormatter  # noqa: E402

Z = 1.959963984540054  # two-sided 95%
# the Okabe-Ito hues evalpress's charts use, in the same order
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#B8588F", "#B37A00", "#000000", "#3D8FBF", "#8F8500"]


def wilson(k, n):
    """The Wilson score interval of k successes in n trials."""
    p = k / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def read(path):
    """The versions in release order: (id, name, family, predecessor, k, n) pooled over conditions."""
    versions = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            v = versions.setdefault(
                row["model_id"],
                [row["model_id"], row["model_name"], row["family"], row["predecessor"], 0, 0],
            )
            v[4] += int(row["k"])
            v[5] += int(row["n"])
    return list(versions.values())


def draw(versions, title, out):
    fig, ax = plt.subplots(figsize=(7.2, 3.8), dpi=100)
    position = {v[0]: i for i, v in enumerate(versions)}
    families = []
    for v in versions:
        if v[2] not in families:
            families.append(v[2])
    for number, family in enumerate(families):
        colour = PALETTE[number % len(PALETTE)]
        members = [v for v in versions if v[2] == family]
        xs, ys, below, above = [], [], [], []
        for v in members:
            rate = v[4] / v[5]
            low, high = wilson(v[4], v[5])
            xs.append(position[v[0]])
            ys.append(rate)
            below.append(max(0.0, rate - low))  # a rounding error must not make it negative
            above.append(max(0.0, high - rate))
        ax.errorbar(xs, ys, yerr=[below, above], color=colour, marker="o", markersize=4,
                    linewidth=2, capsize=3, label=family)
        # each version is joined to its predecessor; in this corpus that is the family's previous
        # version, so the errorbar line above already joins them
    ax.set_xticks(range(len(versions)))
    ax.set_xticklabels([v[1] for v in versions], rotation=45, ha="right", fontsize=9)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_ylabel(title + " (95% CI)")
    ax.grid(axis="y", color="#E3E3E3")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if len(families) > 1:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.35), ncol=len(families), frameon=False)
    fig.tight_layout()
    fig.savefig(out, format="svg", metadata={"Date": None})
    plt.close(fig)


def main(data, out):
    os.makedirs(out, exist_ok=True)
    names = sorted(f for f in os.listdir(data) if f.endswith(".csv"))
    for name in names:
        draw(read(os.path.join(data, name)), name[:-4] + " rate", os.path.join(out, name[:-4] + ".svg"))
    print(len(names))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python3 trend_charts.py DATA_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
