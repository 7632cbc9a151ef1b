#!/usr/bin/env python3
"""Reads a SARIF log with an independent SARIF 2.1.0 reader (sarif-pydantic, from PyPI) and checks what
`concord lint` promises: one run by `concord`, every result's rule among the run's rules, every result
located at a line and column of a file.

    Scripts/check-sarif.py FILE.sarif [EXPECTED-RESULTS]
"""
import json
import sys

from sarif_pydantic import Sarif


def main(argv):
    data = json.load(open(argv[0], encoding="utf-8"))
    log = Sarif.model_validate(data)
    assert log.version == "2.1.0", log.version
    assert len(log.runs) == 1, "one run"
    run = log.runs[0]
    assert run.tool.driver.name == "concord"
    rules = {r.id for r in run.tool.driver.rules or []}
    results = run.results or []
    for result in results:
        assert result.rule_id in rules, f"result rule {result.rule_id} not among the run's rules"
        region = result.locations[0].physical_location.region
        assert region.start_line >= 1 and region.start_column >= 1, "a result without a line and column"
        assert result.locations[0].physical_location.artifact_location.uri, "a result without a file"
    if len(argv) > 1:
        assert len(results) == int(argv[1]), f"{len(results)} results, expected {argv[1]}"
    print(f"{argv[0]}: valid SARIF {log.version}, {len(rules)} rules, {len(results)} results")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
