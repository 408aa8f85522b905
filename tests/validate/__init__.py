"""Tests of nghiquyet.validate: rules, registry, reporters, CLI, fixtures, corpus."""
