"""Sub-commands of the ``nghiquyet`` CLI, one module each (see ``nghiquyet.cli``)."""
