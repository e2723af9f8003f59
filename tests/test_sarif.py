"""The SARIF formatter: valid SARIF 2.1.0, stable fingerprints, other plugins' codes kept."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, List

import jsonschema
import pytest

from flake8_llm_observability.tools.baseline import main as baseline_main
from flake8_llm_observability.flake8_adapter.sarif import FINGERPRINT_KEY

from .helpers import REPO, TESTS, flake8, run_flake8

SCHEMA = json.loads((TESTS / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))

APP = (
    "from crewai import Task\n"
    "import litellm\n"
    "\n"
    "\n"
    "def run(task: Task, crew):\n"
    "    task.execute_sync()\n"
    "    crew.kickoff()\n"
    '    return litellm.completion(model="gpt-4o")  # a line long enough'
    " for pycodestyle's E501 to see it\n"
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "service.py").write_text(APP)
    (tmp_path / "app" / "broken.py").write_text("def broken(:\n")
    return tmp_path


def sarif(project: Path, *args: str) -> Dict[str, Any]:
    out = project / "report.sarif"
    status, _ = run_flake8(
        ["--isolated", "--jobs=1", *args, "app"], out, report_format="llo-sarif"
    )
    assert status == 1
    return json.loads(out.read_text("utf-8"))


def results(log: Dict[str, Any]) -> List[Dict[str, Any]]:
    return log["runs"][0]["results"]


def test_output_validates_against_the_sarif_schema(project: Path) -> None:
    log = sarif(project)
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(log)
    assert log["version"] == "2.1.0"
    codes = [r["ruleId"] for r in results(log)]
    assert sorted(codes) == ["E501", "E999", "LLO001", "LLO002", "LLO003", "LLO004"]


def test_the_schema_check_can_fail(project: Path) -> None:
    log = sarif(project)
    del results(log)[0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(log)


def test_llo_rules_carry_metadata_and_other_codes_pass_through(project: Path) -> None:
    rules = {rule["id"]: rule for rule in sarif(project)["runs"][0]["tool"]["driver"]["rules"]}
    llo002 = rules["LLO002"]
    assert llo002["name"] == "BareKickoff"
    assert llo002["shortDescription"]["text"] == "bare kickoff"
    assert llo002["fullDescription"]["text"].startswith("A crew kicked off without callbacks")
    assert llo002["helpUri"].endswith("/blob/main/docs/rules.md#llo002--bare-kickoff")
    assert rules["E501"] == {
        "id": "E501", "shortDescription": {"text": "line too long (100 > 79 characters)"},
    }
    levels = {r["ruleId"]: r["level"] for r in results(sarif(project))}
    assert levels == {"E501": "warning", "E999": "error", "LLO001": "error", "LLO002": "error",
                      "LLO003": "error", "LLO004": "error"}


def test_locations_are_relative_and_one_based(project: Path) -> None:
    located = {
        r["ruleId"]: r["locations"][0]["physicalLocation"] for r in results(sarif(project))
    }
    assert located["LLO002"]["artifactLocation"] == {
        "uri": "app/service.py", "uriBaseId": "%SRCROOT%",
    }
    assert located["LLO002"]["region"] == {"startLine": 7, "startColumn": 5}


def test_fingerprints_survive_lines_inserted_above(project: Path) -> None:
    def prints() -> Dict[str, str]:
        log = sarif(project)
        return {r["ruleId"]: r["partialFingerprints"][FINGERPRINT_KEY] for r in results(log)}

    before = prints()
    service = project / "app" / "service.py"
    service.write_text('"""Docs."""\n\n' + APP.replace("litellm\n", "litellm\n\nLIMIT = 3\n", 1))
    assert prints() == before
    assert len(set(before.values())) == 6


def test_llo_fingerprints_are_the_baselines(project: Path) -> None:
    (project / "setup.cfg").write_text("[flake8]\nselect = LLO\n")
    baseline_main(["write", "app/service.py"])
    written = json.loads((project / ".llo-baseline.json").read_text())["findings"]
    in_sarif = {
        r["ruleId"]: r["partialFingerprints"][FINGERPRINT_KEY]
        for r in results(sarif(project, "--select=LLO"))
    }
    assert in_sarif == {entry["code"]: entry["fingerprint"] for entry in written}


def test_stdin_and_stdout(project: Path) -> None:
    result = flake8(
        "--isolated", "--format=llo-sarif", "--select=LLO",
        "--stdin-display-name=app/service.py", "-",
        input=APP, cwd=project,
    )
    log = json.loads(result.stdout)
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(log)
    from_file = sarif(project, "--select=LLO")
    assert [r["partialFingerprints"] for r in results(log)] == [
        r["partialFingerprints"] for r in results(from_file)
    ]


def test_statistics_stay_out_of_the_log(project: Path) -> None:
    log = sarif(project, "--statistics", "--benchmark", "--select=LLO")
    assert len(results(log)) == 4


def test_to_stdout_and_a_file_flake8_cannot_read(project: Path, capsys) -> None:
    from flake8.main.application import Application

    app = Application()
    app.run(["--isolated", "--jobs=1", "--format=llo-sarif", "--select=LLO,E9", "gone.py"])
    log = json.loads(capsys.readouterr().out)
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(log)
    (result,) = results(log)
    assert result["ruleId"] == "E902" and result["level"] == "error"
    assert len(result["partialFingerprints"][FINGERPRINT_KEY]) == 32


def test_every_rules_help_link_is_a_heading_of_the_rules_doc() -> None:
    from flake8_llm_observability.core.rules import RULES
    from flake8_llm_observability.flake8_adapter.sarif import rule_metadata

    rules_doc = (REPO / "docs" / "rules.md").read_text("utf-8")
    headings = {
        re.sub(r"[^\w\- ]", "", line[4:].lower()).replace(" ", "-")
        for line in rules_doc.splitlines()
        if line.startswith("### ")
    }
    for code in RULES:
        link = rule_metadata(code)["helpUri"]
        assert link.split("/blob/main/")[1].split("#")[0] == "docs/rules.md", link
        assert link.split("#")[1] in headings, link
