import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import assist
import assist.llm
import assist.server

ROOT = Path(__file__).resolve().parents[1]


def test_all_matches_the_public_names():
    for package in (assist, assist.llm, assist.server):
        assert sorted(package.__all__) == package.__all__ == dir(package)
        for name in package.__all__:  # every exported name resolves, from the module it is declared in
            assert getattr(package, name).__name__ == name
        with pytest.raises(AttributeError):
            package.NoSuchName  # noqa: B018


def test_an_installed_wheel_finds_knowledge_prompts_and_the_escalation_classifier(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)], check=True, timeout=300)
    wheel = next(tmp_path.glob("assist-*.whl"))
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    script = (
        "from assist.resources import knowledge_dir, prompts_dir; from assist.knowledge import load_path; "
        "from assist.prompts import PromptLibrary; k = knowledge_dir(); "
        "from assist.suggest.escalation_model import SHIPPED, EscalationClassifier; EscalationClassifier.load(SHIPPED); "
        "assert 'site' in str(k) and 'site' in str(SHIPPED), k; print(len(load_path(k)), PromptLibrary.from_dir(prompts_dir()).get('reply-suggestion').id)"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env={"PYTHONPATH": str(unpacked)}, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    count, prompt = proc.stdout.split()
    assert int(count) >= 100 and prompt == "reply-suggestion"
