"""Precision and recall of the relevance decision (crawler/relevance.py) on labelled real
announcements: tests/relevance/labels.jsonl holds url, query, title and the label; the pages'
texts are other people's writing and stay outside the repository, one <id>.txt per label.

    python bench/relevance.py TEXTS_DIR [-v]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.relevance import decide  # noqa: E402

LABELS = ROOT / "tests" / "relevance" / "labels.jsonl"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    texts, verbose = Path(argv[0]), "-v" in argv
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = tn = missing = 0
    for label in labels:
        path = texts / f"{label['id']}.txt"
        if not path.is_file():
            missing += 1
            continue
        text = path.read_text(encoding="utf-8")
        decision = decide(label["title"], text)
        if decision.relevant and label["relevant"]:
            tp += 1
        elif decision.relevant:
            fp += 1
        elif label["relevant"]:
            fn += 1
        else:
            tn += 1
        if verbose and decision.relevant != label["relevant"]:
            print(f"FALSCH {label['id']} {label['title']!r}: {decision.text()}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"{tp + fn} relevante, {fp + tn} andere Ankündigungen ({missing} ohne Text)")
    print(f"Präzision {precision:.2f}  Trefferquote (Recall) {recall:.2f}  "
          f"(richtig relevant {tp}, fälschlich relevant {fp}, übersehen {fn}, richtig ausgelassen {tn})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
