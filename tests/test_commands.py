"""The README's two commands: `make run` needs what running needs, `make
test` the rest."""

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def planned(target, tmp_path):
    """What make would run for the target on a clone that has installed
    nothing from npm yet (`make -n`: printed, not run)."""
    return subprocess.run(
        [
            shutil.which("make"),
            "-n",
            target,
            f"NODE_STAMP={tmp_path / 'node-not-installed'}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_make_run_installs_no_npm_package_and_make_test_does(tmp_path):
    assert "npm" not in planned("run", tmp_path)
    assert "npm ci" in planned("test", tmp_path)
