"""Shared fixtures: the repository, the CLI to compare against, articles.

Everything here comes from the repository itself (www/samples, the core's
test fixtures); nothing needs ../shared.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "www" / "samples").glob("*.txt"))
FIXTURES = ROOT / "crates" / "khabar-core" / "tests"


def cli_path() -> Path:
    return Path(os.environ.get("KHABAR_CLI", ROOT / "target" / "release" / "khabar"))


@pytest.fixture(scope="session")
def cli():
    """Runs `khabar analyze ARGS --format json -q` and returns the parsed output."""
    exe = cli_path()
    if not exe.exists():
        pytest.fail(f"{exe} is missing: build it with cargo build --release -p khabar-cli")

    def run(*args: str) -> Dict[str, Any]:
        out = subprocess.run(
            [str(exe), "analyze", *args, "--format", "json", "-q"],
            check=True,
            stdout=subprocess.PIPE,
        )
        return json.loads(out.stdout)

    return run


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _tsv_texts(path: Path) -> List[str]:
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            texts.append(line.split("\t", 1)[0].replace("\\n", "\n"))
    return texts


def paragraph_pool() -> Tuple[List[str], List[str]]:
    """English and Hindi paragraphs: the samples' and the entity fixtures'."""
    en: List[str] = []
    hi: List[str] = []
    for sample in SAMPLES:
        paras = [p for p in sample.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        (hi if sample.name.startswith("hi-") else en).extend(paras)
    cases = FIXTURES / "entities-cases"
    for name in ("stories-en.tsv", "false-positives-en.tsv"):
        en.extend(_tsv_texts(cases / name))
    for name in ("stories-hi.tsv", "false-positives-hi.tsv"):
        hi.extend(_tsv_texts(cases / name))
    return en, hi


def articles(n: int, seed: int = 26) -> List[Tuple[str, Optional[str]]]:
    """`n` varied articles with their reference dates: each a handful of
    paragraphs drawn from the pool, English, Hindi or both, a date for most."""
    en, hi = paragraph_pool()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        kind = i % 3
        pool = en if kind == 0 else hi if kind == 1 else en + hi
        paras = rng.sample(pool, k=min(len(pool), rng.randint(2, 8)))
        date = None if i % 7 == 0 else f"20{rng.randint(20, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(("\n\n".join(paras), date))
    return out
