"""policy-kg: knowledge graphs of Chinese policy documents (task → action → technology → domain)."""

try:
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("policy-kg")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
    __version__ = "0+unknown"
