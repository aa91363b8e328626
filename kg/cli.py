"""The ``kg`` command line: thin wrappers over the library.

Each command parses options, calls one library function, formats the result and maps
library errors (:class:`~kg.errors.KGError`) to a one-line ``click.ClickException``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from .errors import KGError


class _Group(click.Group):
    """Turns every library error into one line on stderr and exit status 1."""

    def invoke(self, ctx):
        import signal

        def _terminated(*_):
            raise KeyboardInterrupt  # `timeout 8 kg build …`, a service manager's stop: as Ctrl-C, cleaned up
        if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
            signal.signal(signal.SIGTERM, _terminated)
        try:
            return super().invoke(ctx)
        except KGError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:  # `kg query … | head`: the reader left; stop quietly
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except OSError as exc:  # a file system refusal (permissions, disk full) is the user's to fix
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None
        except KeyboardInterrupt:
            raise click.Abort() from None

    def resolve_command(self, ctx, args):
        """A named query typed as a command (`kg outline`, `kg unit-duties`, u85/u86: "No such command", or a
        suggestion of another command) says how to run it."""
        name = args[0] if args else None
        if name and self.get_command(ctx, name) is None:
            from .query import named_queries

            queries = named_queries()
            if name in queries:
                rest = list(args[1:])
                values = []
                while rest and not rest[0].startswith("-"):
                    values.append(rest.pop(0))
                params = [p.name for p in queries[name].params]
                if len(values) > len(params):
                    rest, values = list(args[1:]), []
                # `kg unit-duties 工业和信息化部` (u102): the leading values as the query's parameters, in order
                rest = " ".join([f"-p {p}={v}" for p, v in zip(params, values)] + rest)
                raise click.UsageError(f"{name!r} is a named query, not a command: run `kg query {name}"
                                       f"{' ' + rest if rest else ''}` (`kg query --list` lists them all).", ctx)
        return super().resolve_command(ctx, args)


@click.group(cls=_Group)
@click.version_option(package_name="policy-kg")
def main() -> None:  # noqa: D401
    """policy-kg: knowledge graphs of Chinese policy plans.

    \b
    Examples:
      kg build                      # the bundled 14th Five-Year Informatization Plan
      kg build plan.txt --out out/  # any plan of the same genre
      kg viz --focus 北斗 -o beidou.html
    """


class _TerminalProgress:
    """Build progress on a terminal (stderr): a bar for the documents, a line for other stages."""

    def __init__(self):
        self.bar = None

    def stage(self, name: str, total: int | None = None) -> None:
        self._close()
        if total and total > 1:
            self.bar = click.progressbar(length=total, label=f"{name:<8}", file=sys.stderr, show_pos=True,
                                         show_eta=True)
            self.bar.__enter__()
        else:
            click.echo(f"\r\033[K… {name}", nl=False, err=True)

    def advance(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def _close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None

    def done(self) -> None:
        self._close()
        click.echo("\r\033[K", nl=False, err=True)


def _progress():
    """Progress on a terminal; nothing when stderr is piped."""
    from .pipeline import Progress

    return _TerminalProgress() if sys.stderr.isatty() else Progress()


LEXICON_OPTION = click.option("--lexicon", "lexicon_dirs", multiple=True, type=click.Path(path_type=Path),
                              help="A user lexicon folder (SKOS Turtle) overlaying the bundled one; repeatable. "
                                   "Also $KG_LEXICON.")


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: data/out inside the checkout, ./kg-out anywhere else).")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("--max-mb", default=10.0, show_default=True, type=click.FloatRange(0.001, 10_000),
              help="Refuse documents larger than this (megabytes).")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
              help="Worker processes (default: every core from 8 documents on).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run the per-document map on Dask: 'local' for a local cluster, or a scheduler address "
                   "(tcp://host:8786).")
@click.option("--turtle", is_flag=True, help="Also write kg.ttl for a corpus (always written for one document).")
@LEXICON_OPTION
def build(inputs: tuple[Path, ...], out: Path | None, no_html: bool, max_mb: float, jobs: int | None,
          scheduler: str | None, turtle: bool, lexicon_dirs: tuple[Path, ...]) -> None:
    """Build the knowledge graph of INPUTS: files or folders (default: the bundled plan).

    One document: OUT/kg.ttl, OUT/graph.html (the whole graph). Several: OUT/nq/*.nq (one named
    graph per document), OUT/graph.html (an overview). Always OUT/kg.json and the query store.
    Each document's graph is checked against ontology/shapes.ttl and cached: a rebuild redoes only
    documents (or lexicons) that changed. A document that cannot be read is named and skipped; the
    build then exits with status 1 after writing the others.

    \b
    Examples:
      kg build
      kg build data/gov-work-report-2024.txt --out /tmp/report
      kg build corpus/ --out out/corpus          # every .txt/.md/.html/.docx/.pdf below corpus/
      kg build corpus/ --scheduler tcp://10.0.0.5:8786
    """
    from .errors import PartialBuildError
    from .pipeline import build as run_build

    progress = _progress()
    failed = None
    try:
        result = run_build(inputs or None, out, progress=progress, html=not no_html, max_mb=max_mb, jobs=jobs,
                           scheduler=scheduler, turtle=turtle, lexicon_dir=list(lexicon_dirs))
    except PartialBuildError as exc:
        result, failed = exc.result, exc.failures
    finally:
        progress.done()
    _print_build(result)
    if failed:
        for why in failed.values():
            click.echo(f"skipped: {why}", err=True)
        raise click.ClickException(f"{len(failed)} of {len(failed) + len(result.documents)} documents could not "
                                   f"be built (listed above); the others were written")


def _named_otherwise(doc_id: str, path: str | None) -> bool:
    """Is *doc_id* not its file's stem (a stem two files share takes a hash suffix, a Chinese file name gives
    doc-<hash>)?  Then the summary names the file: measures-9229c6f3 (dup/a/measures.txt)."""
    return bool(path) and doc_id != Path(path).stem


#: Up to this many documents, a build prints every document's chain.
_LISTED = 30


def _count(n: int, noun: str, plural: str | None = None) -> str:
    """1 sentence, 2 sentences, 1,204 characters (1 duty, 2 duties with *plural*)."""
    return f"{n:,} " + (noun if n == 1 else plural or noun + "s")


def _print_build(result) -> None:
    docs = result.inputs
    shown = len(docs) if len(docs) <= _LISTED else 12  # (two lines a document: a corpus of 17 is read whole)
    many = len(docs) > shown
    for doc in docs[:shown]:
        script = ", Traditional Chinese" if doc.get("script") == "traditional" else ""
        script += {"html": ", a web page read as its text", "docx": ", a Word document read as its text",
                   "pdf": ", a PDF read as its text layer"}.get(doc.get("markup"), "")
        s = doc.get("summary", {})
        encoding = "" if doc.get("markup") in ("docx", "pdf") else doc["encoding"]  # (a Word document has no text encoding)
        head = f"{encoding}{script}".removeprefix(", ")
        click.echo(f"read {doc['path']} ({head}, {_count(doc['chars'], 'character')}, "
                   f"{_count(doc['sentences'], 'sentence')})")
        tasks = _count(s.get("tasks", 0), "task") if s.get("tasks") or not s.get("actions") else \
            "no task headings (its articles or paragraphs are the actions)"  # (u115, u116: "0 tasks" read as a failure)
        click.echo(f"  chain: {tasks}, {_count(s.get('actions', 0), 'action')} "
                   f"({s.get('actions_with_technology', 0)} with a technology, "
                   f"{s.get('actions_with_unit', 0)} with a responsible unit)"
                   + (f"; {_count(s['duties_outside_actions'], 'more duty', 'more duties')} outside the "
                      f"{'tasks' if s.get('tasks') else 'actions'}"
                      + (f" (in {'、'.join(s['duties_outside_in'][:3])}{' …' if len(s['duties_outside_in']) > 3 else ''})"
                         if s.get("duties_outside_in") else "") if s.get("duties_outside_actions") else ""))
    if many:
        tot = {k: sum(d.get("summary", {}).get(k, 0) for d in docs)
               for k in ("tasks", "actions", "actions_with_technology", "actions_with_unit")}
        chars = sum(d["chars"] for d in docs)
        click.echo(f"… and {len(docs) - shown} more: {len(docs)} documents, {chars:,} characters; chain: "
                   f"{tot['tasks']} tasks, {tot['actions']} actions ({tot['actions_with_technology']} with a "
                   f"technology, {tot['actions_with_unit']} with a responsible unit); every document's chain is "
                   f"in kg.json (documents → summary)")
    if result.reused:
        click.echo(f"{result.reused} of {len(docs)} document(s) unchanged since the last build (cached)")
    for w in result.warnings[:20]:
        click.echo(f"warning: {w}", err=True)
    if len(result.warnings) > 20:
        click.echo(f"warning: … {len(result.warnings) - 20} more", err=True)
    for name, path in result.files.items():
        if not name.startswith("nq/documents/"):
            click.echo(f"wrote {path}")
    parts = [n for n in result.files if n.startswith("nq/documents/")]
    if parts:
        click.echo(f"wrote {len(parts)} N-Quads file(s), one named graph per document, in {result.out / 'nq' / 'documents'}")
    paths = {d["id"]: d["path"] for d in result.inputs}
    shown = [f"{i} ({paths[i]})" if _named_otherwise(i, paths.get(i)) else i for i in result.documents[:5]]
    ids = ", ".join(shown) + (f", … ({len(result.documents)})" if len(result.documents) > 5 else "")
    click.echo(f"{result.triples} triples from {len(result.documents)} document(s): {ids}")
    width = max(len(k) for k in result.counts)
    for name, n in result.counts.items():
        notes = [f"{result.candidates[name]} candidates"] if result.candidates.get(name) else []
        if result.broader_only.get(name):  # (u38: 芯片, only above a chip the text names, counted as found)
            notes.append(f"{result.broader_only[name]} only as a broader concept")
        extra = f"  ({', '.join(notes)})" if notes else ""
        click.echo(f"  {name:<{width}}  {n:>6}{extra}")
    click.echo("  " + "  ".join(f"{k}={v}" for k, v in result.relations.items() if v))


# ----------------------------------------------------------------------------- reading a graph
GRAPH_OPTION = click.option("--graph", "-g", "graph", type=click.Path(path_type=Path), default=None,
                            help="A kg.ttl or the output folder of `kg build` (default: data/out inside the "
                                 "checkout, ./kg-out anywhere else).")


def _index(graph: Path | None):
    from .project import load_index
    from .store import resolve_graph

    return load_index(resolve_graph(graph))


@main.command("queries")
def list_queries() -> None:
    """List the named SPARQL queries with their parameters.

    \b
    Example:
      kg queries
      kg query tech-domains --param tech=北斗
    """
    from .query import named_queries

    for q in named_queries().values():
        click.echo(f"{q.name:<22} {q.description}")
        if q.params:
            examples = ", ".join(f"{p.name}={p.example.split(',')[0].strip()}" for p in q.params)
            params = " ".join(f"[--param {p.name}=…]" if p.optional else f"--param {p.name}=…" for p in q.params)
            click.echo(f"{'':<22} {params}  (e.g. {examples})")


def _list_and_exit(ctx: click.Context, _param, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        ctx.invoke(list_queries)
        ctx.exit()


@main.command("query")
@click.argument("query")
@click.option("--list", is_flag=True, is_eager=True, expose_value=False, callback=_list_and_exit,
              help="List the named queries and their parameters (as `kg queries` does), then exit.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of a named query; concept values accept any zh/en label or alias.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "ttl"]), default=None,
              help="Output format (default: table on a terminal, tsv when piped).")
@click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default="oxigraph", show_default=True)
@click.option("--no-views", is_flag=True,
              help="Ask the store even for a corpus listing the build answered ahead, document by document (views).")
@GRAPH_OPTION
def query_cmd(query: str, params: tuple[str, ...], fmt: str | None, engine: str, no_views: bool,
              graph: Path | None) -> None:
    """Run QUERY: a named query, a .rq file, or SPARQL text.

    \b
    Examples:
      kg query --list                            # the named queries
      kg query tech-domains --param tech=BeiDou
      kg query chain -p tech=区块链 --format json
      kg query my-question.rq
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from .query import Engine, format_result, named_queries

    values = {}
    for item in params:
        if "=" not in item:
            raise click.BadParameter(f"'{item}' is not NAME=VALUE", param_hint="--param")
        k, v = item.split("=", 1)
        values[k.strip()] = v.strip()
    eng = Engine(graph, engine)
    if query in named_queries():
        result = eng.run_named(query, values, views=not no_views)
    else:
        path = Path(query)
        if query.endswith(".rq") or ("\n" not in query and _is_file(path)):
            if not _is_file(path):
                raise click.ClickException(f"{query}: no such query file (and no named query of that name)")
            text = path.read_text(encoding="utf-8")
        elif re.match(r"\s*(?:PREFIX\s+\S*\s*<[^>]*>\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                      query, re.I):
            raise click.ClickException("SPARQL updates are not run: the graph is read-only (rebuild it with `kg build`)")
        elif not any(w in query.upper() for w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")) and "{" not in query and \
                not re.match(r"\s*(?:PREFIX|BASE)\b", query, re.I) and not re.search(r"[\s?$]", query.strip()):
            # (PREFIX x: <y> SELEC …, SELEC ?x: SPARQL, with its error — a name has no blank and no variable, u46)
            from .query import get_named

            get_named(query)  # raises with suggestions
            return
        else:
            text = query
        bindings = {k: ("iri", eng.resolve_concept(v)) if not v.startswith('"') else ("literal", v.strip('"'))
                    for k, v in values.items()}
        result = eng.query(text, bindings)
    fmt = fmt or ("table" if sys.stdout.isatty() else ("ttl" if result.kind == "graph" else "tsv"))
    click.echo(format_result(result, fmt))
    if result.kind == "select" and not result.rows:  # on stderr: the output itself stays the (empty) table
        sys.stdout.flush()  # (the header first, on its own line, when both go to one terminal or file, u54)
        click.echo("no rows: the graph holds nothing this query asks for", err=True)


def _is_file(path: Path) -> bool:
    """Is *path* a file? False, not an error, for a text no file can be named (one line of SPARQL over 255 bytes)."""
    try:
        return path.is_file()
    except OSError:
        return False


@main.command()
@click.option("--type", "kind", default="Technology", show_default=True,
              type=click.Choice(["Technology", "Domain", "Region", "Organization", "GenericUnit", "Action", "Task",
                                 "PriorityAction", "Provision"]))
@click.option("--metric", default="degree", show_default=True,
              type=click.Choice(["degree", "betweenness", "pagerank", "eigenvector"]))
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 10000))
@click.option("--lang", default="zh", type=click.Choice(["zh", "en"]), show_default=True)
@click.option("--document", default=None, metavar="ID",
              help="Rank within one document's own network (its id, the file's stem, or words of its title).")
@GRAPH_OPTION
def rank(kind: str, metric: str, top: int, lang: str, document: str | None, graph: Path | None) -> None:
    """Rank the nodes of one type by a centrality measure.

    \b
    Examples:
      kg rank                                   # technologies by degree
      kg rank --type Domain --metric pagerank --top 5
      kg rank --document gov-work-report-2024   # within one document of a corpus
    """
    from .analyse import Analyst

    analyst = Analyst(_index(graph))
    rows = analyst.rank(kind, metric, top, document)
    if document is not None:  # which document the words chose (on stderr: the rows stay a clean listing)
        plan = analyst.plan(document)
        click.echo(f"document {plan.rsplit('/', 1)[-1]}: {analyst.index.plan_labels.get(plan, '')}", err=True)
    from .query import display_width

    from .namespaces import ID

    width = max([display_width(r.zh if lang == "zh" else r.en) for r in rows] + [4])
    # a task or an action is a document's own: in a corpus the row names its document
    docs = {r.iri[len(str(ID)):].split("/", 1)[0] for r in rows if r.iri.startswith(str(ID))}
    for r in rows:
        name = r.zh if lang == "zh" else r.en
        other = r.en if lang == "zh" else r.zh
        where = f"  [{r.iri[len(str(ID)):].split('/', 1)[0]}]" if len(docs) > 1 and r.iri.startswith(str(ID)) else ""
        other = "" if other == name else f"  {other}"
        click.echo(f"{r.rank:>3}  {name}{' ' * (width - display_width(name))}  {r.score:.4f}{other}{where}")


@main.command()
@click.argument("source")
@click.argument("target")
@click.option("--k", "k", default=3, show_default=True, type=click.IntRange(1, 50), help="How many paths.")
@click.option("--evidence", "n_evidence", default=2, show_default=True, type=click.IntRange(0, 100),
              help="Evidence sentences shown per hop.")
@click.option("--max-hops", default=6, show_default=True, type=click.IntRange(1, 50),
              help="The longest path listed, in hops.")
@GRAPH_OPTION
def path(source: str, target: str, k: int, n_evidence: int, max_hops: int, graph: Path | None) -> None:
    """The K shortest paths between two concepts, every hop with its evidence.

    Names may be zh or en labels or aliases: `kg path 5G BeiDou` = `kg path 5G 北斗`.

    \b
    Examples:
      kg path 5G 北斗
      kg path 区块链 BeiDou --k 5 --evidence 1
      kg path 区块链 北斗 --max-hops 8
    """
    from .analyse import Analyst
    from .query import one_line
    from .render import RELATION_LABELS, STYLE

    an = Analyst(_index(graph))
    found = an.paths(source, target, k, max_hops=max_hops)
    if not found:
        lonely = [name for name in (source, target) if an.U.degree(an.resolve(name)) == 0]
        why = f" ({' and '.join(lonely)} {'is' if len(lonely) == 1 else 'are'} linked to nothing)" if lonely else ""
        hops = an.distance(source, target) if not lonely else None
        if hops is not None:  # (u32: "no path" where a path of 7 hops ran)
            click.echo(f"no path of at most {_count(max_hops, 'hop')} between {source} and {target}; the shortest has {hops} "
                       f"(--max-hops {hops} lists it)")
        else:
            click.echo(f"no path between {source} and {target}{why}")
        return
    for n, p in enumerate(found, start=1):
        click.echo(f"Path {n} ({len(p.hops)} hop{'s' if len(p.hops) != 1 else ''})")
        zh, en, kind = an.describe(p.nodes[0])
        click.echo(f"  {an.shown(p.nodes[0])} [{STYLE[kind][2]} {kind}]")
        for hop in p.hops:
            rz, re_ = RELATION_LABELS[hop.relation]
            arrow = _arrow(f"{rz} {re_}", hop.relation, hop.forward)
            zh, en, kind = an.describe(hop.target)
            click.echo(f"    {arrow} {an.shown(hop.target)} [{STYLE[kind][2]} {kind}]")
            for document, section, text in hop.evidence[:n_evidence]:
                where = f"{document} · {section}" if len(an.index.plans) > 1 else section
                click.echo(f"        {where}  {one_line(text)}")
            if len(hop.evidence) > n_evidence > 0:  # (--evidence 0: the hops alone)
                click.echo(f"        (+{len(hop.evidence) - n_evidence} more)")
    if len(found) < k:  # (u36: --k 2 printed one path and said nothing of the second)
        if an.paths_stopped == "hops":
            click.echo(f"(only {_count(len(found), 'path')} of at most {_count(max_hops, 'hop')} between {source} and "
                       f"{target}; --max-hops {max_hops + 1} may find more)")
        elif not an.paths_detours:
            click.echo(f"(only {_count(len(found), 'path')} between {source} and {target} in this graph)")
        else:  # (u44: the hint asked for more hops that could never help: the other routes were detours)
            click.echo(f"(only {_count(len(found), 'path')} between {source} and {target}: the other routes of at most "
                       f"{_count(max_hops, 'hop')} are detours of these, passing by two nodes a listed path links "
                       f"directly)")


@main.command()
@click.argument("name")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 6))
@GRAPH_OPTION
def neighbors(name: str, depth: int, graph: Path | None) -> None:
    """The neighbourhood of a concept, nearest first.

    Each line reads `DISTANCE  FROM —relation→ NODE` (the RDF triple runs FROM → NODE),
    `FROM ←relation— NODE` (NODE → FROM), or `FROM —relation— NODE` (a symmetric relation).

    \b
    Examples:
      kg neighbors 北斗
      kg neighbors blockchain --depth 2
    """
    from .analyse import Analyst
    from .render import RELATION_LABELS, STYLE

    an = Analyst(_index(graph))
    found = an.neighbors(name, depth)
    if not found:
        iri = an.resolve(name)
        zh, _, kind = an.describe(iri)
        if iri in an.index.candidates:  # (u54: 管线信息系统 "linked to nothing", and no word of why)
            click.echo(f"{zh} has no neighbours: it is a candidate term (no lexicon knows it), which the graph records "
                       f"as mentioned only; accept it with `kg candidates … --review FILE` and `kg curate FILE`, then "
                       f"rebuild with `--lexicon`, and it takes part in the relations")
            return
        click.echo(f"{zh} has no neighbours: this {kind} is linked to nothing in the entity graph")
        return
    for nb in found:
        arrow = _arrow(RELATION_LABELS[nb.relation][0], nb.relation, nb.forward)
        click.echo(f"{nb.distance}  {an.shown(nb.via)} {arrow} {an.shown(nb.iri)}  [{STYLE[nb.kind][2]} {nb.kind}]")


def _arrow(label: str, relation: str, forward: bool) -> str:
    """``—label→`` when the RDF triple runs left to right, ``←label—`` when it runs back, ``—label—``
    for a symmetric relation."""
    from .analyse import SYMMETRIC

    if relation in SYMMETRIC:
        return f"—{label}—"
    return f"—{label}→" if forward else f"←{label}—"


@main.command()
@click.option("--method", default="louvain", type=click.Choice(["louvain", "greedy"]), show_default=True)
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 100),
              help="Central members shown per community.")
@click.option("--members", default=20, show_default=True, type=click.IntRange(1, 100_000),
              help="Members listed per kind in each community (the rest are counted).")
@GRAPH_OPTION
def communities(method: str, top: int, members: int, graph: Path | None) -> None:
    """Communities of concepts and actions, with their most central members.

    \b
    Example:
      kg communities --method greedy
    """
    from .analyse import Analyst

    an = Analyst(_index(graph))
    for c in an.communities(method, top=top):
        central = "、".join(an.shown(n) for n in c.central)
        click.echo(f"Community {c.index} ({len(c.members)} members) — central: {central}")
        by_kind: dict[str, list[str]] = {}
        for m in c.members:
            by_kind.setdefault(an.describe(m)[2], []).append(an.shown(m))
        for kind, names in by_kind.items():
            more = f" … and {len(names) - members} more" if len(names) > members else ""
            click.echo(f"    {kind} ({len(names)}): {'、'.join(names[:members])}{more}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--timeout", "timeout_s", default=30, show_default=True, type=click.IntRange(1, 3600),
              help="Seconds a query may run.")
@GRAPH_OPTION
def serve(host: str, port: int, timeout_s: int, graph: Path | None) -> None:
    """A read-only SPARQL 1.1 endpoint over the built graph, with a query page.

    Queries at http://HOST:PORT/query; the page at http://HOST:PORT/ works offline.
    Updates are refused. Stop with Ctrl-C.

    \b
    Example:
      kg serve --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 3' http://127.0.0.1:7878/query
    """
    from .serve import serve_forever

    serve_forever(graph, host, port, timeout_s, echo=click.echo)


@main.command()
@click.option("--focus", default=None, help="Draw the neighbourhood of this concept (zh/en label or alias).")
@click.option("--depth", default=None, type=click.IntRange(1, 6),
              help="Hops around --focus  [default: 2 for one document, 1 for a corpus, whose second ring holds most "
                   "of the graph]")
@click.option("--type", "kinds", multiple=True,
              type=click.Choice(["Task", "PriorityAction", "Action", "Provision", "Technology", "Domain", "Region",
                                 "Organization", "GenericUnit"]),
              help="Keep only these node types (repeatable), e.g. --type Technology --type Domain.")
@click.option("--min-weight", default=1, show_default=True, type=click.IntRange(1, 1000),
              help="Drop edges with fewer evidence sentences.")
@click.option("--related", is_flag=True, help="Also draw relatedTechnology (co-mention) edges.")
@click.option("--document", default=None, metavar="ID",
              help="Draw one document of a corpus (its id, the file's stem, or words of its title): its tasks, "
                   "actions and what they link to.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="HTML file to write (default: viz.html beside the graph, or viz-FOCUS.html; "
                   "never a file `kg build` wrote, such as its graph.html).")
@GRAPH_OPTION
def viz(focus: str | None, depth: int | None, kinds: tuple[str, ...], min_weight: int, related: bool,
        document: str | None, output: Path | None, graph: Path | None) -> None:
    """Write an interactive, self-contained HTML graph.

    \b
    Examples:
      kg viz                                   # the whole graph, in viz.html beside the graph
      kg viz --focus 北斗 --depth 2 -o beidou.html
      kg viz --type Action --type Technology --min-weight 2
      kg viz --document gov-work-report-2024   # one document of a corpus
    """
    from .analyse import Analyst
    from .render import DEFAULT_RELATIONS, render_graph
    from .store import is_build_output, resolve_graph

    source = resolve_graph(graph)
    index = _index(graph)
    analyst = Analyst(index)
    focus_iri = analyst.resolve(focus) if focus else None
    plan = analyst.plan(document) if document else None
    if output is None:  # never the build's graph.html
        stem = "-".join(_file_safe(x) for x in (document, focus) if x)
        output = source.folder / (f"viz-{stem}.html" if stem else "viz.html")
    elif output.is_dir():
        raise click.ClickException(f"{output}: is a folder; give a file name")
    elif not output.parent.is_dir():  # a mistyped path makes no new folders
        raise click.ClickException(f"{output}: the folder {output.parent} does not exist")
    elif is_build_output(output, source.folder):  # u29: -o OUT/graph.html replaced the overview silently
        raise click.ClickException(f"{output}: is written by `kg build` ({output.name} of this graph); "
                                   "give another file name")
    relations = DEFAULT_RELATIONS + (("relatedTechnology",) if related else ())
    if depth is None:
        depth = 1 if len(index.plans) > 1 else 2
    title = _page_title(index, focus_iri, plan)
    result = render_graph(index, output, title, focus_iri, depth, kinds or None, min_weight, relations, plan)
    click.echo(f"wrote {result.path} ({result.nodes} nodes, {result.edges} edges, {result.bytes // 1024} KiB)"
               + (f"; depth {depth} around {focus}" if focus else ""))



def _page_title(index, focus_iri: str | None, plan: str | None = None) -> str:
    """A drawn page's title: its documents' titles (up to three; else how many; or the one drawn), then the focus."""
    plans = sorted(index.plan_labels.get(p) or index.label(p) for p in ([plan] if plan else index.plans))  # (u60)
    title = " · ".join(plans) if len(plans) <= 3 else f"{len(plans)} 份文件 documents"
    return title + (f" — {index.label(focus_iri)}" if focus_iri else "")


def _file_safe(name: str) -> str:
    """*name* as part of a file name: letters (any script), digits, '-', '_' and '.'; nothing else."""
    import re

    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "focus"


@main.command()
@click.option("--format", "-f", "fmt", required=True,
              type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "rdfxml", "graphml"]),
              help="ttl/nt/jsonld/rdfxml: every triple once; nq/trig: one named graph per document; "
                   "graphml: the entity graph (nodes, weighted relations) for Gephi or Cytoscape.")
@click.option("--output", "-o", "output", required=True, type=click.Path(path_type=Path),
              help="File to write (never a file `kg build` wrote, such as its kg.ttl); - for standard output.")
@GRAPH_OPTION
def export(fmt: str, output: Path, graph: Path | None) -> None:
    """Export the built graph (streamed from the query store; fine for millions of triples).

    \b
    Examples:
      kg export --format ttl -o kg-all.ttl --graph out/corpus
      kg export -f nq -o corpus.nq        # load into Oxigraph server or QLever
      kg export -f graphml -o entities.graphml
      kg export -f nt -o - | grep 区块链   # to standard output
    """
    from .export import export_graph
    from .store import is_build_output, resolve_graph

    source = resolve_graph(graph)
    if str(output) == "-":  # standard output (kg export -f nt -o - | grep …)
        stdout = click.get_binary_stream("stdout")
        export_graph(source, fmt, stdout)
        stdout.flush()
        return
    if output.resolve() in {f.resolve() for f in source.files} or \
            source.manifest is not None and is_build_output(output, source.folder):  # u30: -o OUT/kg.ttl replaced it
        raise click.ClickException(f"{output}: is written by `kg build` ({output.name} of this graph); "
                                   "give another file name")
    path = export_graph(source, fmt, output)
    click.echo(f"wrote {path} ({path.stat().st_size:,} bytes)")


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--examples", default=2, show_default=True, type=click.IntRange(0, 20),
              help="Example sentences shown per term.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1),
              help="Leave out terms below this confidence.")
@click.option("--review", "review", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a review file (TSV) for `kg curate`: fill its decision column with accept/reject.")
@LEXICON_OPTION
def candidates(inputs: tuple[Path, ...], examples: int, fmt: str, min_confidence: float, review: Path | None,
               lexicon_dirs: tuple[Path, ...]) -> None:
    """Technology-like terms that no lexicon knows yet, for a curator to review.

    Terms shaped like a technology anywhere in the text: a modifier and a technical head
    (…平台, …系统, …技术, …网络), names in quotation marks with a technical sign, ASCII
    acronyms; each with a confidence from its pattern, its frequency and whether it stands in a
    list with known technologies.  The curation loop: write a review file, mark each row accept or
    reject, then `kg curate` turns it into a user lexicon folder that every command takes with
    --lexicon (or $KG_LEXICON).

    \b
    Examples:
      kg candidates data/anhui-industrial-internet-policy-and-action-plan-2021.txt
      kg candidates corpus/ --review review.tsv --min-confidence 0.5
      kg curate review.tsv --into my-lexicon && kg build corpus/ --lexicon my-lexicon
    """
    import json

    from .curation import write_review
    from .lexicon import load_lexicon
    from .pipeline import collect_candidates, expand_inputs, left_out_warnings
    from .query import one_line

    failed: dict[str, str] = {}
    notes: list[Path] = []
    unread: list[Path] = []
    outputs: list[Path] = []
    paths = expand_inputs(inputs, notes, unread, outputs)
    for warning in left_out_warnings(notes, unread, outputs):  # as a build names them
        click.echo(f"warning: {warning}", err=True)
    rows = collect_candidates(paths, load_lexicon(list(lexicon_dirs)), min_confidence, failed)
    if failed and len(failed) == len(paths):
        raise click.ClickException(next(iter(failed.values())))  # nothing could be read: one line, as before
    for why in failed.values():
        click.echo(f"skipped: {why}", err=True)
    if review is not None:
        write_review(rows, review)
        click.echo(f"wrote {review} ({len(rows)} terms): fill in its decision column, then `kg curate {review} "
                   f"--into DIR`", err=True)
    if fmt == "json":
        click.echo(json.dumps([{**r, "examples": r["examples"][:examples]} for r in rows], ensure_ascii=False, indent=2))
        _skipped_exit(failed)
        return
    if not rows:
        click.echo("no candidate terms")
    for r in rows:
        click.echo(f"{r['count']:>4}  {r['confidence']:.2f}  {r['term']}  ({r['pattern']})")
        for ex in r["examples"][:examples]:
            click.echo(f"        {ex['document']} {ex['section']}  {one_line(ex['text'])}")
    _skipped_exit(failed)


def _skipped_exit(failed: dict[str, str]) -> None:
    """Exit non-zero after the work of the documents that could be read, when some could not."""
    if failed:
        raise click.ClickException(f"{len(failed)} document{'s' if len(failed) != 1 else ''} could not be read "
                                   f"(listed above); the others' candidates are shown")


@main.command()
@click.argument("review", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--into", "into", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The user lexicon folder to write (created if missing; merged with what it holds).")
@LEXICON_OPTION
def curate(review: Path, into: Path, lexicon_dirs: tuple[Path, ...]) -> None:
    """Turn a filled-in review file (from `kg candidates --review`) into a user lexicon folder.

    In the review file's decision column write accept (or a, y, yes, 接受, 是) or reject (or r, n, no,
    拒绝, 否); a row left blank stays undecided.  Accepted terms become technologies (accepted-technologies.ttl, with the en label and broader
    concept the curator wrote); rejected terms become blockers (rejected-candidates.ttl) and are
    never proposed again.  The bundled lexicons are not touched.

    \b
    Examples:
      kg candidates corpus/ --review review.tsv
      kg curate review.tsv --into my-lexicon
      kg build corpus/ --lexicon my-lexicon
    """
    from .curation import curate as apply
    from .lexicon import load_lexicon

    lexicon_dirs = tuple(lexicon_dirs) + ((into,) if into.is_dir() and into not in lexicon_dirs else ())
    result = apply(review, into, load_lexicon(list(lexicon_dirs)))
    click.echo(f"accepted {result.accepted}, rejected {result.rejected}, undecided {result.undecided}")
    for f in result.files:
        click.echo(f"wrote {f}")
    if result.without_english:  # the lexicon needs an en label: the Chinese name stands in until one is written
        click.echo(f"warning: no English label given for {', '.join(result.without_english)}: the Chinese name "
                   f"stands as its en label; fill the en column and run kg curate again", err=True)


@main.command()
@click.argument("a", type=click.Path(path_type=Path))
@click.argument("b", type=click.Path(path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--top", default=15, show_default=True, type=click.IntRange(1, 10000), help="Rows per group.")
@LEXICON_OPTION
@click.option("--graph", "-g", "graph", type=click.Path(path_type=Path), default=None,
              help="A built graph (a kg.ttl or the output folder of `kg build`): A and B are two of its documents, "
                   "by id, file stem or words of a title, and nothing is extracted again.")
def compare(a: Path, b: Path, fmt: str, top: int, lexicon_dirs: tuple[Path, ...], graph: Path | None) -> None:
    """Compare two plans: technologies and domains both stress, those only one names, and their ranks.

    Mentions count the sentences naming a concept; ranks are by degree centrality on each
    plan's own network (its tasks, actions and what they link to), as `kg rank --document`
    ranks a document of a built corpus.

    \b
    Examples:
      kg compare data/gov-work-report-2022.txt data/gov-work-report-2024.txt
      kg compare plan-a.txt plan-b.txt --format json
      kg compare gov-work-report-2022 gov-work-report-2024 -g corpus-out   # two documents of a build
    """
    import json

    from .compare import compare as run_compare, to_json
    from .query import display_width

    pa, pb, rows = run_compare(a, b, list(lexicon_dirs), _index(graph) if graph is not None else None)
    if fmt == "json":
        click.echo(json.dumps(to_json(pa, pb, rows), ensure_ascii=False, indent=2))
        return
    click.echo("\n".join(f"{k} = {p.title}" + (f" ({p.doc_id})" if p.title != p.doc_id else "")
                          for k, p in (("A", pa), ("B", pb))))  # (u35: a title-less document's id printed once)
    titles = {"both": "both stress", "only_a": "only A names", "only_b": "only B names"}
    for kind in ("Technology", "Domain"):
        for group in ("both", "only_a", "only_b"):
            sel = [r for r in rows if r.kind == kind and r.group == group]
            if not sel:
                continue
            click.echo(f"\n{kind} — {titles[group]} ({len(sel)})")
            names = [f"{r.zh} {r.en}" if r.en != r.zh else r.zh for r in sel[:top]]
            width = max(display_width(n) for n in names)
            click.echo(f"  {'':<{width}}  {'mentions A':>10}  {'mentions B':>10}  {'rank A':>6}  {'rank B':>6}")
            for r, name in zip(sel[:top], names):
                pad = " " * (width - display_width(name))
                ra = "" if r.rank_a is None else str(r.rank_a)
                rb = "" if r.rank_b is None else str(r.rank_b)
                click.echo(f"  {name}{pad}  {r.mentions_a:>10}  {r.mentions_b:>10}  {ra:>6}  {rb:>6}")
            if len(sel) > top:
                click.echo(f"  … {len(sel) - top} more")
    click.echo("\nmentions: sentences of the plan that name the concept; rank: its place among the plan's concepts of that"
               "\nkind by degree centrality on the plan's own network, its tasks and actions and what they link to"
               "\n(1 = linked to the most; blank = the plan names it in no task or action, or not at all).")



@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--doc", type=click.Path(path_type=Path), default=None,
              help="The document to extract, for one gold file (default: the gold file's \"document\").")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors/--no-errors", default=True, show_default=True, help="List misses and false positives.")
@LEXICON_OPTION
def eval_cmd(gold: tuple[Path, ...], doc: Path | None, fmt: str, errors: bool, lexicon_dirs: tuple[Path, ...]) -> None:
    """Score the extraction against hand-made GOLD files or folders of them: precision, recall, F1.

    Several files (or a folder) are micro-averaged over their documents, with each document's scores
    and every miss and false positive named by document. Concepts are matched by text; the gold
    format is described in docs/annotation-guide.md (and kg/evaluate.py for the older format).

    \b
    Examples:
      kg eval tests/eval/heldout-d/gold
      kg eval tests/eval/dev/gold/zhongshan-government-data-measures.json --format json
      kg eval tests/gold/000_732c510093841962.json
    """
    import json

    from .evaluate import (evaluate, evaluate_corpus, format_corpus, format_scores, gold_document, gold_files,
                           load_gold)
    from .lexicon import load_lexicon

    lexicon = load_lexicon(list(lexicon_dirs))
    files = gold_files(gold)
    if len(files) == 1 and not Path(gold[0]).is_dir():
        data = load_gold(files[0])
        scores = evaluate(data, doc or gold_document(data), lexicon)
        if fmt == "json":  # the same shape as a folder's: one document is a corpus of one
            click.echo(json.dumps({"total": [s.as_dict() for s in scores],
                                   "documents": {files[0].stem: [s.as_dict() for s in scores]}},
                                  ensure_ascii=False, indent=2))
        else:
            click.echo(format_scores(scores, errors))
        return
    if doc is not None:
        raise click.UsageError("--doc names the document of one gold file")
    total, per_doc = evaluate_corpus(files, lexicon)
    if fmt == "json":
        click.echo(json.dumps({"total": [s.as_dict() for s in total],
                               "documents": {k: [s.as_dict() for s in v] for k, v in per_doc.items()}},
                              ensure_ascii=False, indent=2))
    else:
        click.echo(format_corpus(total, per_doc, errors))


if __name__ == "__main__":  # pragma: no cover
    main()
