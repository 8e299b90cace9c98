"""Field accuracy (what `dkbm eval` prints) stays above the floor a user relies on — on the cases
the extractor was developed with, and on the held-out sets written by people who never saw it."""
from pathlib import Path

import pytest

from dkbm_aggregate.evaluation import evaluate

HERE = Path(__file__).parent
FLOORS = {"start": 0.9, "registration_deadline": 0.9, "count": 0.9, "title": 0.85, "status": 0.8}
# Overall floors per set. holdout/ and holdout2/ were used for development after their first
# measurement (71 % and 65 % on first contact); holdout3/ scored 91 % on first contact.
OVERALL = {"cases": 0.95, "holdout": 0.9, "holdout2": 0.85, "holdout3": 0.85}


@pytest.fixture(scope="module")
def report():
    return evaluate(HERE / "cases")


@pytest.mark.parametrize("field,floor", FLOORS.items())
def test_field_accuracy_floor(report, field, floor):
    ok, total = report["scores"][field]
    assert ok / total >= floor, f"{field}: {ok}/{total}"


@pytest.mark.parametrize("directory,floor", [(d, f) for d, f in OVERALL.items() if (HERE / d).is_dir()])
def test_overall_accuracy_floor(directory, floor):
    scores = evaluate(HERE / directory)["scores"]
    ok = sum(v[0] for v in scores.values())
    total = sum(v[1] for v in scores.values())
    assert ok / total >= floor, f"{directory}: {ok}/{total}"
