"""Prune known_gaps.txt: drop the gaps the extractor now closes. It never adds a line.

    python tests/extraction/known_gaps.py

A case field that fails is a regression to fix, not a line to add: test_cases.py fails on it.
A new gap is only ever written by hand, with its reason after '#', and test_known_gaps_stay_honest
refuses a list longer than MAX_KNOWN_GAPS.
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
GAPS = HERE / "known_gaps.txt"
lines = GAPS.read_text(encoding="utf-8").splitlines()
# strict xfails that pass show up as failures with "XPASS(strict)"
result = subprocess.run([sys.executable, "-m", "pytest", str(HERE / "test_cases.py"), "-q", "-rf",
                         "-p", "no:cacheprovider", "--no-header"], capture_output=True, text=True)
closed = {line.split("[", 1)[1].rsplit("]", 1)[0] for line in result.stdout.splitlines()
          if line.startswith("FAILED ") and "XPASS" in line}
kept = [line for line in lines if line.split("#", 1)[0].strip() not in closed]
GAPS.write_text("\n".join(kept) + "\n", encoding="utf-8")
print(f"{len(lines) - len(kept)} closed gaps removed from {GAPS}")
