"""What ships for unattended crawls: systemd units, a cron line and a "git scraping" workflow."""
from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess

import pytest
import yaml

from dkbm_aggregate.cli import build_parser

from . import minimirror

ROOT = minimirror.ROOT
DEPLOY = ROOT / "deploy"
INSTALLED = "/opt/dkbm-aggregate"


def _dkbm_commands(command_line: str) -> list[list[str]]:
    """The argument lists of every `dkbm` call in a shell command line."""
    calls, words = [], shlex.split(command_line.replace("&&", " && ").replace(">>", " >> "))
    for i, word in enumerate(words):
        if word.endswith("/dkbm") or word == "dkbm":
            args = []
            for arg in words[i + 1:]:
                if arg in ("&&", ">>", "||", ";", "2>&1", ">"):
                    break
                args.append(arg)
            if args:
                calls.append(args)
    return calls


def _unit_commands() -> list[str]:
    service = (DEPLOY / "systemd" / "dkbm-crawl.service").read_text(encoding="utf-8")
    return [line.split("=", 1)[1] for line in service.splitlines() if line.startswith(("ExecStart=", "ExecStartPost="))]


def test_systemd_units_pass_systemd_analyze_verify(tmp_path):
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed on this machine; the unit files are checked "
                    "by test_every_shipped_dkbm_call_is_a_valid_command_line only")
    for name in ("dkbm-crawl.service", "dkbm-crawl.timer"):
        text = (DEPLOY / "systemd" / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace(INSTALLED, str(ROOT)), encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(tmp_path / "dkbm-crawl.service"),
                             str(tmp_path / "dkbm-crawl.timer")], capture_output=True, text=True, timeout=60)
    ours = [line for line in (result.stdout + result.stderr).splitlines() if "dkbm" in line]
    assert result.returncode == 0 and ours == [], result.stdout + result.stderr


def test_every_shipped_dkbm_call_is_a_valid_command_line():
    cron = [line for line in (DEPLOY / "cron" / "dkbm-crawl").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#") and "=" not in line.split()[0]]
    assert len(cron) == 1
    fields = cron[0].split(None, 6)
    assert fields[:5] == ["17", "5", "*", "*", "*"] and fields[5] == "dkbm"
    calls = [call for line in [fields[6], *_unit_commands()] for call in _dkbm_commands(line)]
    assert [call[0] for call in calls] == ["crawl", "ics", "crawl", "ics"]
    parser = build_parser()
    for call in calls:
        parser.parse_args(call)  # exits (fails the test) on an unknown option


def _workflow_crawl_step() -> dict:
    workflow = yaml.safe_load((DEPLOY / "github" / "crawl.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["crawl"]["steps"]
    names = [step.get("name") for step in steps]
    assert names.index("Crawl") < names.index("Publish")
    assert workflow["concurrency"]["cancel-in-progress"] is False
    return steps[names.index("Crawl")]


def _git(repo, *args) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@localhost", *args], cwd=repo,
                          capture_output=True, text=True, check=True).stdout


def test_the_workflows_crawl_step_commits_only_when_events_changed(tmp_path):
    step = _workflow_crawl_step()
    mirror = minimirror.build(tmp_path / "site")
    repo = tmp_path / "repo"
    (repo / "deploy").mkdir(parents=True)
    shutil.copy2(DEPLOY / "git-scrape.sh", repo / "deploy" / "git-scrape.sh")
    (repo / ".gitignore").write_text("data/dkbm.db*\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "start")
    env = {**os.environ, **{k: str(v) for k, v in step["env"].items()},
           "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}",
           # offline: the mirror on loopback instead of the live sites
           "DKBM_CRAWL_ARGS": f"--offline --mirror {mirror / 'mirror'} --registry {mirror / 'sources.toml'} "
                              f"--crawl-date 2026-11-23"}

    def run_step():
        result = subprocess.run(["bash", "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True,
                                timeout=180)
        assert result.returncode == 0, result.stdout + result.stderr[-2000:]
        return result

    run_step()
    assert len(_git(repo, "log", "--oneline").splitlines()) == 2
    committed = set(_git(repo, "show", "--name-only", "--format=", "HEAD").split())
    assert committed == {step["env"]["DKBM_DB"], step["env"]["DKBM_FEED"], step["env"]["DKBM_SUMMARY"]}
    snapshot = tmp_path / "committed.db"
    snapshot.write_bytes(subprocess.run(["git", "show", f"HEAD:{step['env']['DKBM_DB']}"], cwd=repo,
                                        capture_output=True, check=True).stdout)
    assert sqlite3.connect(snapshot).execute("select count(*) from events").fetchone() == (6,)
    assert b"Fachtag Ganztag" in subprocess.run(["git", "show", f"HEAD:{step['env']['DKBM_FEED']}"], cwd=repo,
                                                capture_output=True, check=True).stdout

    second = run_step()  # nothing changed on the sites: no commit, a clean tree
    assert "nichts übernommen" in second.stdout
    assert len(_git(repo, "log", "--oneline").splitlines()) == 2
    assert _git(repo, "status", "--porcelain") == ""

    page = mirror / "mirror" / minimirror.HOST_A / "termine" / "fachtag-ganztag.html"
    page.write_text(page.read_text(encoding="utf-8").replace("10:00–13:00", "11:00–14:00"), encoding="utf-8")
    run_step()  # one event changed: one more commit
    assert len(_git(repo, "log", "--oneline").splitlines()) == 3
