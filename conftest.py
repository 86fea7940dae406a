"""Settings for every test run, including the kernels nbval starts for notebooks.

Kernels inherit this process's environment, so a temporary responses folder set here keeps
test runs from touching the learner's own saved answers, and starts each run empty.
"""

import os
import tempfile


def pytest_configure(config):
    folder = tempfile.mkdtemp(prefix="policylab-test-responses-")
    os.environ["POLICYLAB_RESPONSES"] = folder
