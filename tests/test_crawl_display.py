"""What a person watching a crawl sees: progress bars with pages, events and errors on a
terminal, one line per finished source in a log, and the summary table at the end."""
from __future__ import annotations

import os
import pty
import re
import subprocess

from . import minimirror

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_a_crawl_on_a_terminal_shows_progress_bars_and_no_url_lines(tmp_path):
    workdir = minimirror.build(tmp_path)
    command = [c for c in minimirror.crawl_command(workdir, "1") if c != "--quiet"]
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "140", "TERM": "xterm"}
    process = subprocess.Popen(command, cwd=workdir, stdout=subprocess.PIPE, stderr=slave, env=env, text=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    stdout, _ = process.communicate(timeout=120)
    os.close(master)
    screen = ANSI.sub("", b"".join(chunks).decode("utf-8", errors="replace"))
    assert process.returncode == 0, screen[-2000:]
    final = {line.split()[0]: line for line in screen.splitlines() if line.strip().startswith("netzwerk_")}
    assert re.search(r"netzwerk_a\s.*━.*\s5 Seiten\s+4 Termine\s+0 Fehler\s+fertig", final["netzwerk_a"])
    assert re.search(r"\s3 Seiten\s+2 Termine\s+0 Fehler\s+fertig", final["netzwerk_b"])
    assert "https://" not in screen  # no line per URL
    # the summary table on stdout
    rows = {line.split()[0]: line.split() for line in stdout.splitlines() if line.strip()}
    assert rows["netzwerk_a"][1:4] == ["in", "Ordnung", "5"] and rows["GESAMT"][1] == "8"


def test_a_crawl_in_a_log_writes_one_line_per_source(tmp_path):
    workdir = minimirror.build(tmp_path)
    command = [c for c in minimirror.crawl_command(workdir, "1") if c != "--quiet"]
    result = subprocess.run(command, cwd=workdir, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("netzwerk_")]
    assert sorted(lines) == ["netzwerk_a: fertig – 5 Seiten, 4 Termine, 0 Fehler",
                             "netzwerk_b: fertig – 3 Seiten, 2 Termine, 0 Fehler"]
    assert "\x1b[" not in result.stderr and "https://" not in result.stderr
