"""deploy/: what cannot be run here (Kubernetes, a container build) is checked as far as it can.

The Zero to JupyterHub values file is validated the way `helm` validates it, against the
chart's own schema and defaults (copied in deploy/z2jh-4.4.0/, see SOURCE.md there), and
every key it sets must be one the chart documents.
"""

from __future__ import annotations

import copy
import re
import urllib.parse

import jsonschema
import pytest
import yaml

from .conftest import ROOT

DEPLOY = ROOT / "deploy"
CHART = DEPLOY / "z2jh-4.4.0"


def load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def merge(base: dict, over: dict) -> dict:
    """Helm's merge of a values file over the chart's defaults."""
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def leaf_paths(tree: dict, prefix=()):
    for key, value in tree.items():
        if isinstance(value, dict) and value:
            yield from leaf_paths(value, (*prefix, key))
        else:
            yield (*prefix, key)


def documented(schema: dict, path) -> bool:
    node = schema
    for key in path:
        props = node.get("properties") or {}
        if key not in props:
            return False
        node = props[key]
    return True


@pytest.fixture(scope="module")
def chart():
    return load(CHART / "values.schema.yaml"), load(CHART / "values.yaml")


@pytest.fixture(scope="module")
def values():
    return load(DEPLOY / "z2jh-values.yaml")


def test_values_merged_over_the_chart_defaults_satisfy_the_chart_schema(chart, values):
    schema, defaults = chart
    jsonschema.validate(merge(defaults, values), schema)


def test_every_key_set_is_one_the_chart_documents(chart, values):
    schema, _ = chart
    paths = list(leaf_paths(values))
    assert len(paths) >= 8
    undocumented = [".".join(p) for p in paths if not documented(schema, p)]
    assert not undocumented


def test_a_misspelt_key_would_be_caught(chart, values):
    schema, defaults = chart
    wrong = merge(values, {"singleuser": {"memroy": {"limit": "1G"}}})
    assert not documented(schema, ("singleuser", "memroy", "limit"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(merge(defaults, wrong), schema)


def megabytes(quantity: str) -> float:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(M|Mi|G|Gi)", str(quantity))
    assert m, f"{quantity!r} is not a memory quantity in M, Mi, G or Gi"
    factor = {"M": 1e6, "Mi": 2**20, "G": 1e9, "Gi": 2**30}[m.group(2)]
    return float(m.group(1)) * factor / 2**20


def test_memory_is_set_from_the_hub_measurement(values):
    text = (ROOT / "bench" / "hub.md").read_text(encoding="utf-8")
    m = re.search(r"Memory per learner to plan with: (\d+) MB", text)
    assert m, "bench/hub.md has no per-learner figure: run `make hub-test`"
    measured = int(m.group(1))
    memory = values["singleuser"]["memory"]
    guarantee, limit = megabytes(memory["guarantee"]), megabytes(memory["limit"])
    assert measured <= guarantee <= measured * 1.25, "the guarantee is the measured figure"
    assert limit >= 2 * measured, "the limit leaves room for a second lesson open"


def test_the_default_url_is_the_packs_nbgitpuller_link(values):
    url = urllib.parse.urlsplit(values["singleuser"]["defaultUrl"])
    assert url.path == "/git-pull"
    query = dict(urllib.parse.parse_qsl(url.query))
    assert query["branch"] == "main"
    target = query["urlpath"].removeprefix("lab/tree/")
    repo_name = query["repo"].rstrip("/").rsplit("/", 1)[-1]
    assert target.split("/", 1)[0] == repo_name
    assert (ROOT / target.split("/", 1)[1]).is_file(), "the link opens a lesson the pack has"


def test_the_culler_is_on(values):
    assert values["cull"]["enabled"] is True
    assert 0 < values["cull"]["timeout"] <= 4 * 3600


def test_the_dockerfile_follows_repo2dockers_rules_and_the_locks():
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    base = lines[0].split()
    assert base[0] == "FROM" and ":" in base[1] and not base[1].endswith(":latest")
    for rule in ("ARG NB_USER=", "ARG NB_UID=", "HOME=/home/${NB_USER}",
                 "COPY --chown=${NB_UID}:${NB_UID} . ${HOME}"):
        assert rule in text, rule
    users = [ln for ln in lines if ln.startswith("USER ")]
    assert users and users[-1] == "USER ${NB_USER}", "the image runs as the learner, not root"
    assert re.search(r"pip install -r /opt/policylab/requirements\.txt -r \S*hub-requirements", text)
    assert "grep -v '^jupyterhub==' /opt/policylab/hub/requirements.txt" in text
    assert lines[-1] == 'CMD ["jupyterhub-singleuser"]'
    ignored = (DEPLOY / "Dockerfile.dockerignore").read_text(encoding="utf-8").split()
    assert ".venv/" in ignored and ".git/" in ignored


def test_the_images_single_user_server_matches_the_charts_jupyterhub():
    """A single-user server of another major version than the hub can fail to log in
    (JupyterHub warns of redirect loops), so the image follows the chart's appVersion."""
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    image = re.search(r"^ARG JUPYTERHUB_VERSION=(\S+)$", text, re.M).group(1)
    app = load(CHART / "Chart.yaml")["appVersion"]
    assert image.split(".")[0] == str(app).split(".")[0]
    assert '"jupyterhub==${JUPYTERHUB_VERSION}"' in text


def pins(path):
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)", line)
        if m:
            found[re.sub(r"[-_.]+", "-", m.group(1)).lower()] = m.group(2)
    return found


def test_the_hub_lock_adds_to_the_runtime_lock_without_repinning_it():
    runtime, hub = pins(ROOT / "requirements.txt"), pins(ROOT / "hub" / "requirements.txt")
    assert {"jupyterhub", "nbgitpuller"} <= set(hub)
    assert not set(runtime) & set(hub), "a package pinned twice could disagree"
