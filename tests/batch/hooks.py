"""Converters that misbehave on purpose, importable by worker processes."""

from __future__ import annotations

import os
import time

from nghiquyet.batch.worker import Task, parse_task
from nghiquyet.models import Document


def misbehave(task: Task) -> Document:
    """Parse normally, except: "slow" sleeps, "greedy" allocates, "crash" kills the worker."""
    if "slow" in task.name:
        time.sleep(60)
    if "greedy" in task.name:
        hog = bytearray(8 << 30)  # far above any --memory-mb used in the tests
        hog[-1] = 1
    if "crash" in task.name:
        os._exit(3)
    return parse_task(task)
