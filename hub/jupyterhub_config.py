# A JupyterHub for tests only: 127.0.0.1, a shared test password, a spawner with no isolation
# between users. hub/harness.py starts it with the settings below in the environment; never
# use this file for a real class (deploy/ and docs/deployment.md are for that).
import os
import sys
from pathlib import Path

env = os.environ
state = Path(env["POLICYLAB_HUB_STATE"])
c = get_config()  # noqa: F821 - provided by JupyterHub when it loads this file

c.JupyterHub.bind_url = f"http://127.0.0.1:{env['POLICYLAB_HUB_PORT']}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{env['POLICYLAB_HUB_API_PORT']}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{env['POLICYLAB_PROXY_API_PORT']}"
c.ConfigurableHTTPProxy.command = [env["POLICYLAB_CHP"]]
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
c.JupyterHub.pid_file = str(state / "hub.pid")
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "cookie_secret")
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True

c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = env["POLICYLAB_HUB_PASSWORD"]
c.Authenticator.allow_all = True

# Each learner's server is a process of this Python (the hub's venv, built from the pack's
# runtime lock plus hub/requirements.txt), with its own home folder under the state folder.
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = str(state / "home" / "{username}")
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
c.Spawner.ip = "127.0.0.1"
c.Spawner.default_url = "/lab"
c.Spawner.environment = {"POLICYLAB_HUB_RUN": env["POLICYLAB_HUB_RUN"]}
if os.geteuid() == 0:
    c.Spawner.args = ["--ServerApp.allow_root=True"]
# A shared two-core machine starting a whole class at once is slow, not broken.
c.Spawner.start_timeout = int(env.get("POLICYLAB_HUB_TIMEOUT", "300"))
c.Spawner.http_timeout = int(env.get("POLICYLAB_HUB_TIMEOUT", "300"))
c.JupyterHub.init_spawners_timeout = 60
