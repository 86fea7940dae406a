"""A real JupyterHub on 127.0.0.1 and a class of simulated learners.

Used by `make hub-test` (bench/hub.py, a class of 24) and by tests/test_hub.py (a class of
three, in `make test`). Runs in the hub's venv (`.venv/hub`, built by `make hub-env` from the
pack's runtime lock plus hub/requirements.txt; the proxy comes from npm into `.venv/hub/node`).

Each learner does what a browser does, through the hub's own routes: follows the pack's
nbgitpuller link, is sent to the login page, logs in, is shown "server not running" and
launches it, waits on the spawn-pending page, reads nbgitpuller's page and its event
stream until the pull has finished, opens JupyterLab, starts a kernel for a lesson over
the REST API, runs every code cell over the kernel's websocket, answers a discussion
prompt with ``pl.answer``, exports with ``pl.export_responses()`` and downloads the file.

Everything started here is bounded in time and is stopped when the `Hub` context ends,
even after a failure: the hub, its proxy and every learner's server and kernel carry a
marker in their environment, and any process still carrying it is ended by its id.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HUB_ENV = ROOT / ".venv" / "hub"
CHP = HUB_ENV / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
CONFIG = Path(__file__).with_name("jupyterhub_config.py")
REPO_NAME = "online-safety-policy-lab"
LESSON = "notebooks/04-how-matching-works.ipynb"  # the largest kernel in bench/results.md
PROMPT = "4.hash-matching-privacy"
GIT = ["git", "-c", "user.name=Policy Lab test", "-c", "user.email=hub-test@localhost",
       "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"]


def free_ports(n: int) -> list[int]:
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def git(*args, cwd) -> str:
    return subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True,
                          text=True, timeout=120).stdout


def make_remote(where: Path) -> Path:
    """A bare git repository holding the working tree as it is (tracked and new files that
    .gitignore does not exclude), as a lecturer's pack remote. Returns its path."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    src = where / "pack-src"
    for name in filter(None, files):
        path = ROOT / name
        if path.is_file() and not path.is_symlink():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, src / name)
    git("init", "-q", cwd=src)
    git("add", "-A", cwd=src)
    git("commit", "-q", "-m", "The pack, as handed to the class", cwd=src)
    bare = where / "remote" / REPO_NAME  # no .git suffix: nbgitpuller names the folder after it
    git("clone", "-q", "--bare", str(src), str(bare), cwd=where)
    shutil.rmtree(src)
    return bare


def nbgitpuller_link(hub_url: str, remote: Path, urlpath: str) -> str:
    query = urllib.parse.urlencode({"repo": remote.as_uri(), "branch": "main",
                                    "urlpath": urlpath})
    return f"{hub_url}/hub/user-redirect/git-pull?{query}"


# --- memory: PSS of each learner's server and everything it started -------------------------

def _read(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            return f.read().decode(errors="replace")
    except OSError:
        return None


def pss_rss_kb(pid: int) -> tuple[int, int]:
    """Proportional and resident set size of a process, in kB, from /proc/PID/smaps_rollup.
    PSS shares each page among the processes that map it, so summing it never counts a
    shared page twice."""
    text = _read(f"/proc/{pid}/smaps_rollup") or ""
    pss = re.search(r"^Pss:\s+(\d+) kB", text, re.M)
    rss = re.search(r"^Rss:\s+(\d+) kB", text, re.M)
    return (int(pss.group(1)) if pss else 0, int(rss.group(1)) if rss else 0)


def marked_processes(marker: str) -> dict[int, tuple[int, str | None]]:
    """{pid: (parent pid, JUPYTERHUB_USER or None)} for processes carrying this run's marker."""
    found = {}
    needle = f"POLICYLAB_HUB_RUN={marker}"
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        environ = _read(f"/proc/{entry}/environ")
        if not environ or needle not in environ.split("\0"):
            continue
        stat = _read(f"/proc/{entry}/stat") or ""
        try:
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (IndexError, ValueError):
            continue
        user = next((v.split("=", 1)[1] for v in environ.split("\0")
                     if v.startswith("JUPYTERHUB_USER=")), None)
        found[int(entry)] = (ppid, user)
    return found


class MemorySampler:
    """Samples, every `interval` seconds, the PSS (and RSS) of each learner's processes:
    the single-user server and its descendants (the kernel; git while pulling)."""

    def __init__(self, marker: str, interval: float = 0.5):
        self.marker, self.interval = marker, interval
        self.peak_pss: dict[str, int] = {}
        self.peak_rss: dict[str, int] = {}
        self.peak_total_pss = 0  # every learner's processes plus the hub and proxy at once
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=10)

    def sample(self) -> None:
        procs = marked_processes(self.marker)
        pss, rss, total = {}, {}, 0
        for pid, (ppid, user) in procs.items():
            p, r = pss_rss_kb(pid)
            total += p
            # attribute a process to the learner of its nearest marked ancestor with a user
            owner, cur, hops = user, ppid, 0
            while owner is None and cur in procs and hops < 20:
                owner, cur, hops = procs[cur][1], procs[cur][0], hops + 1
            if owner is None:
                continue  # the hub or its proxy
            pss[owner] = pss.get(owner, 0) + p
            rss[owner] = rss.get(owner, 0) + r
        for user, value in pss.items():
            self.peak_pss[user] = max(self.peak_pss.get(user, 0), value)
            self.peak_rss[user] = max(self.peak_rss.get(user, 0), rss[user])
        self.peak_total_pss = max(self.peak_total_pss, total)
        self.samples += 1

    def _run(self):
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)


# --- the hub -----------------------------------------------------------------------------------

class Hub:
    """JupyterHub with its proxy on free ports of 127.0.0.1, state in a temporary folder."""

    def __init__(self, timeout: int = 300):
        self.marker = uuid.uuid4().hex
        self.password = secrets.token_urlsafe(16)
        self.timeout = timeout
        self.tmp = Path(tempfile.mkdtemp(prefix="policylab-hub-"))
        self.state = self.tmp / "state"
        self.state.mkdir()
        port, api, proxy_api = free_ports(3)
        self.url = f"http://127.0.0.1:{port}"
        self.env = {**os.environ,
                    "POLICYLAB_HUB_STATE": str(self.state), "POLICYLAB_HUB_PORT": str(port),
                    "POLICYLAB_HUB_API_PORT": str(api), "POLICYLAB_PROXY_API_PORT": str(proxy_api),
                    "POLICYLAB_CHP": str(CHP), "POLICYLAB_HUB_PASSWORD": self.password,
                    "POLICYLAB_HUB_RUN": self.marker, "POLICYLAB_HUB_TIMEOUT": str(timeout),
                    "CONFIGPROXY_AUTH_TOKEN": secrets.token_hex(16),
                    "PATH": os.pathsep.join([str(Path(sys.executable).parent),
                                             os.environ.get("PATH", "")])}
        self.env.pop("POLICYLAB_RESPONSES", None)  # each learner's answers go to their own home
        self.proc: subprocess.Popen | None = None
        self.log = self.tmp / "jupyterhub.log"

    def home(self, user: str) -> Path:
        return self.state / "home" / user

    def __enter__(self):
        if not CHP.exists():
            raise RuntimeError(f"{CHP} is missing: run `make hub-env`")
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "jupyterhub", "-f", str(CONFIG)], cwd=self.state,
                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self._wait_up(min(self.timeout, 120))
        except BaseException:
            self.__exit__()
            raise
        return self

    def _wait_up(self, seconds: float) -> None:
        import urllib.request
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterHub exited ({self.proc.returncode}):\n{self.tail()}")
            with suppress(OSError):
                with urllib.request.urlopen(f"{self.url}/hub/api/", timeout=5) as r:
                    if r.status == 200:
                        return
            time.sleep(0.5)
        raise TimeoutError(f"JupyterHub did not answer within {seconds} s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        with suppress(OSError):
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the hub stops servers and proxy itself
            with suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=60)
        # anything of this run still alive: its own id, first politely, then not
        for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 0)):
            left = [pid for pid in marked_processes(self.marker) if pid != os.getpid()]
            for pid in left:
                with suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, sig)
            if left and wait:
                time.sleep(wait)
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        if not os.environ.get("POLICYLAB_HUB_KEEP"):
            shutil.rmtree(self.tmp, ignore_errors=True)


# --- a learner, as a browser -------------------------------------------------------------------

@dataclass
class Learner:
    name: str
    stance: int = 3
    reason: str = ""
    seconds: dict = field(default_factory=dict)  # phase -> seconds
    handed_in: Path | None = None
    error: str | None = None
    browser: object = field(default=None, repr=False)  # kept open for later visits

    def report(self) -> dict:
        return {"name": self.name, "stance": self.stance, "reason": self.reason,
                "seconds": self.seconds, "handed_in": str(self.handed_in), "error": self.error}


class LearnerError(Exception):
    pass


def _attr(html: str, name: str) -> str | None:
    m = re.search(rf'data-{name}="([^"]*)"', html)
    return urllib.parse.unquote(m.group(1)) if m else None


class Browser:
    """One learner's browser: a cookie jar and the hub's pages, followed as a browser would."""

    def __init__(self, hub: Hub, learner: Learner):
        import aiohttp
        self.aiohttp = aiohttp
        self.hub, self.learner = hub, learner
        self.session = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),  # cookies for 127.0.0.1
            timeout=aiohttp.ClientTimeout(total=hub.timeout))
        self.user_url = f"{hub.url}/user/{learner.name}"

    async def close(self):
        await self.session.close()

    def xsrf(self) -> str:
        for cookie in self.session.cookie_jar:
            if cookie.key == "_xsrf" and f"/user/{self.learner.name}" in cookie["path"]:
                return cookie.value
        raise LearnerError("JupyterLab set no _xsrf cookie")

    async def get(self, url, **kw):
        async with self.session.get(url, **kw) as r:
            return r.status, str(r.url), await r.text()

    async def follow_link(self, link: str) -> str:
        """Follow an nbgitpuller link (logging in and starting the server if need be) until
        the pull has finished; returns the page it redirects to (JupyterLab)."""
        status, url, html = await self.get(link)
        if "/hub/login" in urllib.parse.urlsplit(url).path:
            form = re.search(r'<form[^>]*action="([^"]+)"', html)
            token = re.search(r'name="_xsrf"[^>]*value="([^"]+)"', html)
            action = urllib.parse.urljoin(url, form.group(1).replace("&amp;", "&")) if form else url
            data = {"username": self.learner.name, "password": self.hub.password}
            if token:
                data["_xsrf"] = token.group(1)
            async with self.session.post(action, data=data) as r:
                status, url, html = r.status, str(r.url), await r.text()
        if status == 424:  # "Your server is not running": the learner presses Launch
            spawn = re.search(r'href="([^"]*/hub/spawn/[^"]*)"', html)
            if not spawn:
                raise LearnerError(f"no launch button on {url}")
            status, url, html = await self.get(
                urllib.parse.urljoin(url, spawn.group(1).replace("&amp;", "&")))
        deadline = time.monotonic() + self.hub.timeout
        while "/hub/spawn-pending/" in url or "/hub/spawn/" in url:
            if time.monotonic() > deadline:
                raise LearnerError("the server did not start in time")
            await asyncio.sleep(1)  # the pending page reloads itself when the server is up
            status, url, html = await self.get(url)
        if status != 200 or "/git-pull" not in url:
            raise LearnerError(f"expected nbgitpuller's page, got {status} at {url}")
        params = {"_xsrf": _attr(html, "xsrf"), "repo": _attr(html, "repo"),
                  "targetpath": _attr(html, "targetpath")}
        if _attr(html, "branch"):
            params["branch"] = _attr(html, "branch")
        base = _attr(html, "base-url")
        api = f"{self.hub.url}{base}git-pull/api?{urllib.parse.urlencode(params)}"
        phase, last = None, {}
        async with self.session.get(api) as r:
            async for raw in r.content:
                line = raw.decode().strip()
                if line.startswith("data:"):
                    last = json.loads(line[5:])
                    phase = last.get("phase")
                    if phase in ("finished", "error"):
                        break
        if phase != "finished":
            raise LearnerError(f"nbgitpuller did not finish: {last.get('message') or last}")
        status, url, html = await self.get(f"{self.hub.url}{base}{_attr(html, 'path')}")
        if status != 200:
            raise LearnerError(f"JupyterLab's page gave {status}")
        return url

    async def api(self, method: str, path: str, body=None):
        headers = {"X-XSRFToken": self.xsrf()} if method != "GET" else {}
        async with self.session.request(method, f"{self.user_url}/api/{path}", json=body,
                                        headers=headers) as r:
            if r.status >= 400:
                raise LearnerError(f"{method} api/{path} gave {r.status}: {await r.text()}")
            return await r.json() if r.status != 204 else None

    async def read_notebook(self, path: str) -> dict:
        model = await self.api("GET", f"contents/{urllib.parse.quote(path)}?content=1")
        return model["content"]

    async def save_notebook(self, path: str, nb: dict) -> None:
        await self.api("PUT", f"contents/{urllib.parse.quote(path)}",
                       {"type": "notebook", "format": "json", "content": nb})

    async def run_notebook(self, path: str, extra_cells=()) -> list[str]:
        """Open a kernel for the notebook (as JupyterLab does: a session) and run its code
        cells in order, then `extra_cells`; returns the text each extra cell printed."""
        nb = await self.read_notebook(path)
        session = await self.api("POST", "sessions", {
            "path": path, "name": path.rsplit("/", 1)[-1], "type": "notebook",
            "kernel": {"name": "python3"}})
        kernel = session["kernel"]["id"]
        ws_url = (f"{self.user_url.replace('http://', 'ws://')}/api/kernels/{kernel}/channels"
                  f"?session_id={uuid.uuid4().hex}")
        sources = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                   for c in nb["cells"] if c["cell_type"] == "code"]
        printed = []
        try:
            async with self.session.ws_connect(ws_url, origin=self.hub.url,
                                               headers={"X-XSRFToken": self.xsrf()},
                                               max_msg_size=0) as ws:
                for i, code in enumerate([*sources, *extra_cells]):
                    out = await self._execute(ws, code, f"cell {i + 1}")
                    if i >= len(sources):
                        printed.append(out)
        finally:
            with suppress(Exception):
                await self.api("DELETE", f"sessions/{session['id']}")
        return printed

    async def _execute(self, ws, code: str, label: str) -> str:
        msg_id = uuid.uuid4().hex
        await ws.send_json({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "",
                       "session": "", "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}})
        text, replied, idle = [], None, False
        while replied is None or not idle:
            msg = await ws.receive_json(timeout=self.hub.timeout)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream":
                text.append(content["text"])
            elif kind == "error":
                raise LearnerError(f"{label} raised {content['ename']}: {content['evalue']}")
            elif kind == "execute_reply":
                replied = content["status"]
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
        if replied != "ok":
            raise LearnerError(f"{label} ended with status {replied}")
        return "".join(text)

    async def download(self, path: str) -> bytes:
        async with self.session.get(f"{self.user_url}/files/{urllib.parse.quote(path)}") as r:
            if r.status != 200:
                raise LearnerError(f"downloading {path} gave {r.status}")
            return await r.read()


async def take_lesson(hub: Hub, learner: Learner, link: str, handin: Path,
                      lesson: str = LESSON) -> Learner:
    """The whole visit of one learner; failures are recorded on the learner, not raised.
    The learner's browser stays open (``learner.browser``) for later visits."""
    browser = learner.browser = Browser(hub, learner)
    start = time.monotonic()
    try:
        await browser.follow_link(link)
        learner.seconds["ready"] = time.monotonic() - start
        reason = learner.reason or f"Reason of {learner.name}: {uuid.uuid4().hex[:8]}."
        learner.reason = reason
        printed = await browser.run_notebook(f"{REPO_NAME}/{lesson}", extra_cells=[
            f"print(pl.answer({PROMPT!r}, stance={learner.stance}, reason={reason!r}))",
            "pl.export_responses()",
        ])
        learner.seconds["lesson"] = time.monotonic() - start - learner.seconds["ready"]
        exported = re.search(r"Your responses are in (\S+?)\. Hand in", printed[1])
        if not exported:
            raise LearnerError(f"no export: {printed!r}")
        rel = Path(exported.group(1)).relative_to(hub.home(learner.name))
        data = await browser.download(rel.as_posix())
        handin.mkdir(parents=True, exist_ok=True)
        learner.handed_in = handin / f"{learner.name}.json"
        learner.handed_in.write_bytes(data)
    except Exception as exc:  # noqa: BLE001 - recorded and reported per learner
        learner.error = f"{type(exc).__name__}: {exc}"
    finally:
        learner.seconds["total"] = time.monotonic() - start
    return learner


async def run_class(hub: Hub, names: list[str], link: str, handin: Path,
                    lesson: str = LESSON) -> list[Learner]:
    """Every learner at once; each learner's browser stays open (close with `close_all`)."""
    learners = [Learner(name, stance=1 + i % 5) for i, name in enumerate(names)]
    return await asyncio.gather(*(take_lesson(hub, lr, link, handin, lesson) for lr in learners))


async def close_all(learners) -> None:
    for learner in learners:
        if learner.browser is not None:
            await learner.browser.close()


def collect(handin: Path, out: Path) -> tuple[subprocess.CompletedProcess, Path, Path]:
    """The lecturer's side: `policylab collect` over the handed-in files."""
    csv, plots = out / "class.csv", out / "charts"
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "policylab", "collect", str(handin),
                           "--out", str(csv), "--plots", str(plots)],
                          capture_output=True, text=True, timeout=300)
    return done, csv, plots
