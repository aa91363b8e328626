"""The ``kg`` command line: thin wrappers over the library.

Each command parses options, calls one library function, formats the result and maps
library errors (:class:`~kg.errors.KGError`) to a one-line ``click.ClickException``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import KGError
from .namespaces import DEFAULT_OUT


class _Group(click.Group):
    """Turns every library error into one line on stderr and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            raise click.Abort() from None


@click.group(cls=_Group)
@click.version_option(package_name="policy-kg")
def main() -> None:
    """policy-kg: knowledge graphs of Chinese policy plans.

    \b
    Examples:
      kg build                      # the bundled 14th Five-Year Informatization Plan
      kg build plan.txt --out out/  # any plan of the same genre
      kg viz --focus 北斗 -o beidou.html
    """


def _progress_printer():
    """Stage names on a terminal (stderr); nothing when piped."""
    if not sys.stderr.isatty():
        return None

    def show(stage: str) -> None:
        click.echo(f"\r\033[K… {stage}", nl=False, err=True)

    return show


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=None,
              help=f"Output folder (default: {DEFAULT_OUT.relative_to(DEFAULT_OUT.parent.parent)}).")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
def build(inputs: tuple[Path, ...], out: Path | None, no_html: bool) -> None:
    """Build the knowledge graph of INPUTS (default: the bundled plan).

    Writes OUT/kg.ttl (Turtle), OUT/kg.nq (one named graph per document) and
    OUT/graph.html, after validating the graph against ontology/shapes.ttl.

    \b
    Examples:
      kg build
      kg build data/gov-work-report-2024.txt --out /tmp/report
    """
    from .pipeline import build as run_build

    show = _progress_printer()
    try:
        result = run_build(inputs or None, out, progress=show, html=not no_html)
    finally:
        if show:
            click.echo("\r\033[K", nl=False, err=True)
    for name, path in result.files.items():
        click.echo(f"wrote {path}")
    click.echo(f"{result.triples} triples from {len(result.documents)} document(s): {', '.join(result.documents)}")
    width = max(len(k) for k in result.counts)
    for name, n in result.counts.items():
        click.echo(f"  {name:<{width}}  {n:>6}")
    click.echo("  " + "  ".join(f"{k}={v}" for k, v in result.relations.items()))


if __name__ == "__main__":  # pragma: no cover
    main()
