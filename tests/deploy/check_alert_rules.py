#!/usr/bin/env python3
"""Proves every alert of deploy/prometheus/chatfleet-rules.yaml fires and resolves.

Runs `promtool test rules` (the promtool ./fleet test builds from the Go module proxy,
$CHATFLEET_PROMTOOL) on tests/deploy/alert_rules_test.yaml, after adding to each expected
alert the annotations the rules give it. Fails, naming them, when an alert has no case in
which it fires and a later evaluation of the same case in which it no longer does, and when
docs/OPERATIONS.md's alerts table and the rules name different alerts.

Run by ctest (label alerts); exits non-zero with promtool's output or the uncovered alerts.
"""
import os
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
RULES = ROOT / "deploy" / "prometheus" / "chatfleet-rules.yaml"
CASES = pathlib.Path(__file__).resolve().parent / "alert_rules_test.yaml"


def seconds(duration):
    units = {"s": 1, "m": 60, "h": 3600}
    return sum(int(n) * units[u] for n, u in re.findall(r"(\d+)([smh])", duration))


def alerts_of(rules):
    return {rule["alert"]: rule for group in rules["groups"] for rule in group["rules"] if "alert" in rule}


def complete(cases, alerts):
    """Adds the rules' annotations to every expected alert; returns the problems found."""
    problems = []
    for test in cases["tests"]:
        for check in test.get("alert_rule_test", []):
            rule = alerts.get(check["alertname"])
            if rule is None:
                problems.append(f"case '{test['name']}' expects {check['alertname']}, which no rule defines")
                continue
            for expected in check.get("exp_alerts") or []:
                expected.setdefault("exp_annotations", dict(rule.get("annotations", {})))
    return problems


def uncovered(cases, alerts):
    """Alerts without a case that shows them firing and then resolved."""
    covered = set()
    for test in cases["tests"]:
        firing = {}
        for check in test.get("alert_rule_test", []):
            at = seconds(check["eval_time"])
            if check.get("exp_alerts"):
                firing[check["alertname"]] = min(at, firing.get(check["alertname"], at))
        for check in test.get("alert_rule_test", []):
            name = check["alertname"]
            if not check.get("exp_alerts") and name in firing and seconds(check["eval_time"]) > firing[name]:
                covered.add(name)
    return sorted(set(alerts) - covered)


def documented_alerts():
    """The alert names of docs/OPERATIONS.md's alerts table (its rows' first cells)."""
    text = (ROOT / "docs" / "OPERATIONS.md").read_text()
    section = text.split("\n## Alerts", 1)[-1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| (Chatfleet\w+) \|", section, re.M))


def main():
    promtool = os.environ.get("CHATFLEET_PROMTOOL")
    if not promtool or not os.access(promtool, os.X_OK):
        print("FAIL: CHATFLEET_PROMTOOL must name the promtool built from deploy/prometheus/go.mod "
              "(./fleet test builds it and sets it)")
        return 1
    alerts = alerts_of(yaml.safe_load(RULES.read_text()))
    cases = yaml.safe_load(CASES.read_text())
    problems = complete(cases, alerts)
    problems += [f"alert {name} has no case showing it fire and resolve" for name in uncovered(cases, alerts)]
    documented = documented_alerts()
    problems += [f"alert {name} is missing from docs/OPERATIONS.md's alerts table"
                 for name in sorted(set(alerts) - documented)]
    problems += [f"docs/OPERATIONS.md's alerts table lists {name}, which no rule defines"
                 for name in sorted(documented - set(alerts))]
    with tempfile.TemporaryDirectory() as directory:
        cases["rule_files"] = [str(RULES)]
        completed = pathlib.Path(directory) / "alert_rules_test.yaml"
        completed.write_text(yaml.safe_dump(cases, sort_keys=False, allow_unicode=True))
        result = subprocess.run([promtool, "test", "rules", str(completed)], capture_output=True, text=True)
    print(result.stdout + result.stderr)
    if result.returncode != 0:
        problems.append(f"promtool test rules failed (exit {result.returncode})")
    for problem in problems:
        print("FAIL:", problem)
    print(f"alert rules: {len(alerts)} alerts, {len(cases['tests'])} cases, {len(problems)} problem(s)")
    return 1 if problems else 0


sys.exit(main())
