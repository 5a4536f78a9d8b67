"""Run ``quoteattr extract`` in a child process and measure its peak memory, for the
memory benchmarks of ``test_bench_pipeline.py`` and ``test_bench_batch.py``."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
from typing import Any

import quoteattr

_IMPORT_ROOT = str(pathlib.Path(quoteattr.__file__).resolve().parents[1])

# Runs the command in argv[1:] and prints its exit status, peak resident memory (KiB
# on Linux) and time. A child's ru_maxrss counts the memory of the process that started
# it, as it was when the child was started (Linux carries the old peak over exec): run
# straight from pytest, the figure would be pytest's own size whenever that is larger.
# Started from this small launcher instead, the figure is the command's own peak (or
# the launcher's, about 14 MB, if that were larger). The command's worker processes
# are its children, and reaped: with workers, the figure is the peak of the largest
# process of the tree.
_LAUNCHER = """\
import json, resource, subprocess, sys, time
start = time.perf_counter()
status = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, check=False).returncode
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"status": status, "ru_maxrss": peak, "seconds": seconds}))
"""


def run_extract(source: pathlib.Path, output: pathlib.Path, *options: str) -> dict[str, Any]:
    """Run ``python -m quoteattr extract SOURCE -o OUTPUT [OPTIONS]`` (this checkout's
    package); return its exit ``status``, its peak resident memory in bytes (``rss``)
    and the ``seconds`` it took."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [_IMPORT_ROOT, env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "quoteattr", "extract", str(source), "-o", str(output)]
    launched = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *command, *options],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=True,
    )
    if launched.stderr:
        sys.stderr.write(launched.stderr)
    result = json.loads(launched.stdout)
    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is in bytes on macOS
    return {"status": result["status"], "rss": result["ru_maxrss"] * unit, **result}
