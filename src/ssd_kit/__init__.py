"""Tooling for the Standard Safeguarding Dataset dbt project: simulator, loaders, oracle, CLI."""

__version__ = "0.1.0"
