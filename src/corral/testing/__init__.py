"""Public fakes for testing agents built on corral — the same ones corral's own tests use."""

from corral.testing.scripted import FunctionModel, ScriptedModel, load_script

__all__ = ["FunctionModel", "ScriptedModel", "load_script"]
