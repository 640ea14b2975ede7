"""The deployment files say what the code does (Docker cannot run here, so they are checked).

The compose file against the Compose specification's JSON schema (as vendored by
check-jsonschema); its settings against ``Settings``; its and the Dockerfile's commands against
the README's; the Grafana dashboard's queries against the metrics the app exports.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml
from prometheus_client.metrics import MetricWrapperBase

from dashboard import observability
from dashboard.settings import Settings
from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "deploy" / "docker-compose.yml"
APP_SERVICES = ("migrate", "web", "worker", "beat")
OTHER_VARIABLES = {"WEB_CONCURRENCY", "WEB_THREADS", "PORT", "HOST"}  # gunicorn_conf reads them


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def readme_commands() -> list[str]:
    block = re.search(r"## Production\n.*?```bash\n(.*?)```", (ROOT / "README.md").read_text(),
                      re.S)
    assert block, "README has a production section with a bash block"
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines()
            if line.strip() and not line.startswith("export")]


def test_the_compose_file_follows_the_compose_specification():
    checker = [sys.executable, "-m", "check_jsonschema", "--builtin-schema",
               "vendor.compose-spec", str(COMPOSE)]
    try:
        import check_jsonschema  # noqa: F401
    except ImportError:
        require(False, "check-jsonschema (the test extra)")  # fails under CI=true
    result = subprocess.run(checker, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_compose_file_has_the_whole_stack_and_only_known_settings():
    services = compose()["services"]
    assert {"postgres", "redis", "ollama", "chroma", "web", "worker", "beat"} <= set(services)
    fields = {name.upper() for name in Settings.model_fields}
    for name in APP_SERVICES:
        unknown = set(services[name]["environment"]) - fields - OTHER_VARIABLES
        assert not unknown, f"{name}: {unknown}"
        assert services[name]["environment"]["REDIS_URL"].startswith("redis://")
    assert int(services["web"]["environment"]["WEB_CONCURRENCY"]) > 1  # needs REDIS_URL: set
    for name in ("postgres", "redis"):
        assert "healthcheck" in services[name]


def test_the_compose_commands_are_the_readmes():
    readme = readme_commands()
    services = compose()["services"]
    for name in ("web", "worker", "beat"):
        command = " ".join(services[name]["command"])
        ours = next(c for c in readme if c.split()[:5] == command.split()[:5])
        assert set(shlex.split(ours)) <= set(command.split()) | {"--loglevel", "INFO"}, name
    assert " ".join(services["migrate"]["command"]) in readme


def test_the_dockerfile_runs_the_readmes_install_and_commands():
    dockerfile = (ROOT / "Dockerfile").read_text()
    readme = readme_commands()
    assert len(re.findall(r"^FROM ", dockerfile, re.M)) >= 2  # multi-stage
    install = re.search(r"^RUN (python -m pip install .*)$", dockerfile, re.M).group(1)
    assert install in readme
    cmd = json.loads(re.search(r"^CMD (\[.*\])$", dockerfile, re.M).group(1))[-1]
    for step in cmd.replace("exec ", "").split(" && "):
        assert step in readme
    user = re.search(r"^USER (\S+)$", dockerfile, re.M).group(1)
    assert user not in ("root", "0")
    assert "HEALTHCHECK" in dockerfile and "/healthz" in dockerfile
    assert "chromium" in dockerfile
    assert "COPY docs/metrics.md ./docs/metrics.md" in dockerfile  # the copilot's definitions


def test_the_grafana_dashboard_plots_every_metric_and_only_real_ones():
    dashboard = json.loads((ROOT / "deploy" / "grafana" / "dashboard.json").read_text())
    exprs = " ".join(t["expr"] for panel in dashboard["panels"] for t in panel["targets"])
    used = {re.sub(r"_(bucket|sum|count)$", "", m)
            for m in re.findall(r"\b(dashboard_[a-z_]+)", exprs)}
    metrics = [m for m in vars(observability).values() if isinstance(m, MetricWrapperBase)]
    exported = {f"{m._name}_total" if m._type == "counter" else m._name for m in metrics}
    exported |= {"dashboard_job_queue_length", "dashboard_job_duration_seconds",
                 "dashboard_forecast_model_version"}  # StateCollector, at scrape time
    assert used == exported, (used - exported, exported - used)
    prometheus = yaml.safe_load((ROOT / "deploy" / "prometheus.yml").read_text())
    (job,) = prometheus["scrape_configs"]
    assert job["metrics_path"] == "/metrics" and job["static_configs"][0]["targets"] == [
        "web:8050"]

