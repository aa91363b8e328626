"""One-off: merge the staged lexicon additions into ontology/lexicon (kept for the record).

Adds the staged files as lexicon files of their own, applies their ADD-ALIASES and REMOVE-ALIASES
comment blocks to the concepts they name (in whichever lexicon file defines them) and their BLOCKERS
block to blockers.ttl.
"""
import re
import sys
from pathlib import Path

LEX = Path(__file__).resolve().parent.parent / "ontology" / "lexicon"


def block_lines(text: str, name: str) -> list[str]:
    m = re.search(rf"^# {name}.*?$(.*?)(?=^# [A-Z][A-Z\- ]+|\Z)", text, re.M | re.S)
    if not m:
        return []
    out = []
    for line in m.group(1).splitlines():
        line = line.strip()
        if line.startswith("# ") and "|" in line and not line.startswith(("# iri", "# existing", "# guarded")):
            out.append(line[2:])
    return out


def strip_blocks(text: str) -> str:
    at = min([m.start() for m in re.finditer(r"^# (ADD-ALIASES|REMOVE-ALIASES|BLOCKERS|LEFT TO|DECISIONS|SUGGESTED)",
                                             text, re.M)] + [len(text)])
    return text[:at].rstrip() + "\n"


def concept_block(files: dict[Path, str], curie: str):
    pat = re.compile(rf"^{re.escape(curie)} a .*?(?:\.\s*$)", re.M | re.S)
    for path, text in files.items():
        m = pat.search(text)
        if m:
            return path, m
    return None, None


def lang(s: str) -> str:
    return "zh" if any("\u4e00" <= c <= "\u9fff" for c in s) else "en"


def main(staging: Path) -> None:
    files = {p: p.read_text(encoding="utf-8") for p in sorted(LEX.glob("*.ttl"))}
    staged = {}
    adds, removes, blockers = [], [], []
    for src, dest in (("technologies-a.ttl", "technologies-government-data-security.ttl"),
                      ("technologies-b.ttl", "technologies-ai-networks-space-industry.ttl"),
                      ("domains-a.ttl", "domains-society.ttl")):
        text = (staging / src).read_text(encoding="utf-8")
        adds += block_lines(text, "ADD-ALIASES")
        removes += block_lines(text, "REMOVE-ALIASES")
        blockers += block_lines(text, "BLOCKERS")
        staged[LEX / dest] = strip_blocks(text)
    files.update(staged)
    for line in removes:
        curie, alias, *_ = [x.strip() for x in line.split("|")]
        if re.fullmatch(r"[a-z][a-z0-9\s]*", alias):
            continue  # lower-case English words: kept for lookups (the matcher only reads code-like ASCII)
        path, m = concept_block(files, curie)
        if m is None:
            print("remove: no concept", curie, file=sys.stderr)
            continue
        block = m.group(0)
        new = re.sub(rf',\s*"{re.escape(alias)}"@\w+', "", block)
        new = re.sub(rf'"{re.escape(alias)}"@\w+\s*,\s*', "", new)
        new = re.sub(rf'\s*skos:(?:altLabel|hiddenLabel)\s+"{re.escape(alias)}"@\w+\s*;', "", new)
        new = re.sub(rf'\s*;\s*skos:(?:altLabel|hiddenLabel)\s+"{re.escape(alias)}"@\w+\s*\.', " .", new)
        if new == block:
            print("remove: not found", curie, alias, file=sys.stderr)
        files[path] = files[path].replace(block, new)
    for line in adds:
        curie, aliases, *_ = [x.strip() for x in line.split("|")]
        path, m = concept_block(files, curie)
        if m is None:
            print("add: no concept", curie, file=sys.stderr)
            continue
        block = m.group(0)
        lits = ", ".join(f'"{a.strip()}"@{lang(a)}' for a in aliases.split(",") if a.strip()
                         and f'"{a.strip()}"@' not in block)
        if not lits:
            continue
        new = re.sub(r"\s*\.\s*$", f" ;\n    skos:altLabel {lits} .", block)
        files[path] = files[path].replace(block, new)
    if blockers:
        text = files[LEX / "blockers.ttl"]
        text = text.rstrip() + "\n\n# Guards for labels of the sub-field lexicons (强化学习, 生物识别, 二级节点).\n"
        for n, line in enumerate(blockers, 1):
            guarded, strings = [x.strip() for x in line.split("|")][:2]
            words = [w.strip() for w in strings.split(",") if w.strip()]
            slug = f"guard-{n}"
            text += (f"\nblock:{slug} a skos:Concept, kg:Blocker ;\n    skos:inScheme <https://w3id.org/policy-kg/concept/block> ;\n"
                     f'    skos:prefLabel "{words[0]}"@zh, "not {guarded.split()[0]}"@en'
                     + (f" ;\n    skos:altLabel " + ", ".join(f'"{w}"@zh' for w in words[1:]) if words[1:] else "") + " .\n")
        files[LEX / "blockers.ttl"] = text
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
