"""Field accuracy over all labelled cases (what `dkbm eval` prints) stays above the floor a
user relies on: the dates and deadlines in their calendar."""
from pathlib import Path

import pytest

from dkbm_aggregate.evaluation import evaluate

FLOORS = {"start": 0.9, "registration_deadline": 0.9, "count": 0.9, "title": 0.85, "status": 0.8}


@pytest.fixture(scope="module")
def report():
    return evaluate(Path(__file__).parent / "cases")


@pytest.mark.parametrize("field,floor", FLOORS.items())
def test_field_accuracy_floor(report, field, floor):
    ok, total = report["scores"][field]
    assert ok / total >= floor, f"{field}: {ok}/{total}"


def test_overall_accuracy_floor(report):
    ok = sum(v[0] for v in report["scores"].values())
    total = sum(v[1] for v in report["scores"].values())
    assert ok / total >= 0.9, f"{ok}/{total}"
