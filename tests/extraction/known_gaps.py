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
# a strict xfail that passes fails as "[XPASS(strict)]"; the summary line names only the test, so a
# failing test that is listed as a gap is one that closed (a listed gap that still fails is an xfail)
result = subprocess.run([sys.executable, "-m", "pytest", str(HERE / "test_cases.py"), "-q", "-rf",
                         "-p", "no:cacheprovider", "--no-header"], capture_output=True, text=True)
failed = {line.split("[", 1)[1].rsplit("]", 1)[0] for line in result.stdout.splitlines()
          if line.startswith("FAILED ") and "[" in line}
listed = {line.split("#", 1)[0].strip() for line in lines if line.strip() and not line.startswith("#")}
closed = failed & listed
kept = [line for line in lines if line.split("#", 1)[0].strip() not in closed]
GAPS.write_text("\n".join(kept) + "\n", encoding="utf-8")
print(f"{len(lines) - len(kept)} closed gaps removed from {GAPS}")
