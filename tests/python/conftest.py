# Fixtures of the Python module's tests: the built lindex and lsearch (from
# ctest's environment) and a real index that lindex builds from corpus/.
import os
import pathlib
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("SOURCE_DIR", pathlib.Path(__file__).parents[2]))


@pytest.fixture(scope="session")
def lindex():
    return os.environ["LINDEX"]


@pytest.fixture(scope="session")
def lsearch_cli():
    """Runs the lsearch binary; returns its stdout."""

    def run(*args, check=True):
        env = dict(os.environ, NO_COLOR="1")
        done = subprocess.run([os.environ["LSEARCH"], *args], capture_output=True, text=True, env=env)
        if check:
            assert done.returncode in (0, 1), done.stderr
        return done.stdout

    return run


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, lindex):
    db = tmp_path_factory.mktemp("seed") / "db"
    subprocess.run([lindex, "--quiet", "--db", str(db), str(SOURCE_DIR / "corpus")], check=True)
    return db
