"""The README's promises that a newcomer checks first: its reply example is what the bot says,
and its figures live in docs/benchmarks.md, written by the benchmark scripts."""

from __future__ import annotations

import json
import re
import sys

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
sys.path.insert(0, str(ROOT / "benchmarks"))


def _example() -> tuple[str, dict]:
    asked = re.search(r'This one answers\s+"([^"]+)"', README).group(1)
    block = re.search(r"```json\n(.*?)\n```", README, re.S).group(1)
    return asked, json.loads(block)


def test_the_reply_example_is_consistent_and_is_what_the_bot_says(cli):
    asked, example = _example()
    live = [a["level"] for a in example["safety"] if not a["guidance"]]
    assert example["urgency"] == max(live, key=["none", "soon", "urgent", "emergency"].index)
    assert example["handoff"] is True
    reply = json.loads(cli("ask", "--json", asked).stdout)
    for field in ("intent", "urgency", "handoff", "suggestions"):
        assert reply[field] == example[field], field
    assert reply["confidence"] == example["confidence"]
    assert [(a["id"], a["about"]) for a in reply["safety"]] == [(a["id"], a["about"]) for a in example["safety"]]
    assert reply["reply"].startswith(example["reply"].split("\n")[0])


def test_the_readme_has_no_benchmark_tables_and_points_to_the_written_ones():
    assert "docs/benchmarks.md" in README
    assert not re.search(r"\| *req/s|median / p99|million instructions", README)


def test_write_docs_replaces_only_its_own_section(tmp_path):
    from docs import write_section

    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nProse.\n\n<!-- speed: begin (x) -->\nold\n<!-- speed: end -->\n\nMore prose.\n")
    write_section("speed", "python benchmarks/speed.py --runs 3", "median 0.5 ms", doc)
    write_section("load", "python benchmarks/load.py", "341 req/s", doc)
    text = doc.read_text()
    assert "old" not in text and "median 0.5 ms" in text and text.index("More prose.") < text.index("341 req/s")
    assert text.count("<!-- speed: begin") == 1 and "`python benchmarks/speed.py --runs 3`, run on " in text


def test_docs_benchmarks_sections_are_written_by_their_scripts():
    doc = (ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8")
    for name, script in (("understanding", "understanding.py"), ("speed", "speed.py")):
        section = re.search(rf"<!-- {name}: begin.*?<!-- {name}: end -->", doc, re.S).group()
        assert f"`python benchmarks/{script}" in section and "```text" in section, name
        assert (ROOT / "benchmarks" / script).is_file()
