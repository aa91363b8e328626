"""Namespaces and paths shared by every stage (one constant each)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace

#: The public vocabulary (users' SPARQL relies on it).
KG = Namespace("https://w3id.org/policy-kg/ontology#")
#: Instances extracted from documents.
ID = Namespace("https://w3id.org/policy-kg/id/")
#: Curated concepts (technologies, domains, regions, organisations).
CONCEPT = Namespace("https://w3id.org/policy-kg/concept/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
DCTERMS_NS = "http://purl.org/dc/terms/"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")

PACKAGE_DIR = Path(__file__).resolve().parent
#: In a checkout (or an editable install) the data sit at the top of the repository; a wheel
#: carries them inside the package.
_IN_CHECKOUT = (PACKAGE_DIR.parent / "ontology" / "policy.ttl").is_file()
ONTOLOGY_DIR = PACKAGE_DIR.parent / "ontology" if _IN_CHECKOUT else PACKAGE_DIR / "ontology_data"
DATA_DIR = PACKAGE_DIR.parent / "data" if _IN_CHECKOUT else PACKAGE_DIR / "bundled_data"
#: The plan bundled with the project (the seed, file name kept).
BUNDLED_PLAN = DATA_DIR / "000_732c510093841962.txt"
#: Where `kg build` writes in a checkout (git-ignored); see :func:`default_out`.
DEFAULT_OUT = DATA_DIR / "out" if _IN_CHECKOUT else Path("kg-out")


def default_out() -> Path:
    """Where `kg build` writes and the other commands read when no folder is given: the checkout's data/out when
    the current folder is inside the checkout (as the README's quick start runs), ./kg-out anywhere else — never
    the folder of an installation seen from another working folder."""
    if _IN_CHECKOUT:
        try:
            Path.cwd().resolve().relative_to(PACKAGE_DIR.parent)
            return DATA_DIR / "out"
        except (ValueError, OSError):
            pass
    return Path("kg-out")

PREFIXES = {
    "kg": KG,
    "id": ID,
    "tech": CONCEPT["tech/"],
    "domain": CONCEPT["domain/"],
    "region": CONCEPT["region/"],
    "org": ORG,
    "orgc": CONCEPT["org/"],
    "gen": CONCEPT["generic/"],
    "nif": NIF,
    "prov": PROV,
    "layout": Namespace("https://w3id.org/policy-kg/layout/"),
}
