"""corral: run autonomous LLM agents in production, safely and at scale."""

__version__ = "0.1.0"
