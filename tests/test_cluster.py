"""Scale-out on Dask: a LocalCluster of 2 workers gives the same bytes as one process."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from ftextract.cli import app
from tests.conftest import SHARED

DEV = SHARED / "eval" / "dev" / "raw"

pytest.importorskip("dask.distributed")


def _records(out):
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))}


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is not beside this checkout")
def test_local_cluster_gives_the_same_records_as_one_process(tmp_path):
    runner = CliRunner()
    one = runner.invoke(app, ["ingest", str(DEV), "-o", str(tmp_path / "one")])
    cluster = runner.invoke(app, ["ingest", str(DEV), "-o", str(tmp_path / "cluster"), "--cluster", "local:2"])
    assert one.exit_code == 0 and cluster.exit_code == 0, cluster.stderr
    assert len(_records(tmp_path / "one")) == len(list(DEV.glob("*.txt")))
    assert _records(tmp_path / "cluster") == _records(tmp_path / "one")
    again = runner.invoke(app, ["ingest", str(DEV), "-o", str(tmp_path / "cluster"), "--cluster", "local:2"])
    assert "0 written" in again.stderr  # incremental skip works the same on a cluster


def test_jobs_and_cluster_together_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--jobs", "2", "--cluster", "local:2"])
    assert result.exit_code == 2 and "not both" in result.stderr
