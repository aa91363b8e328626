"""Library errors. The CLI turns each into one line on stderr and a non-zero exit."""


class KGError(Exception):
    """Base class of every error policy-kg reports to a user."""


class InputError(KGError):
    """An input document cannot be read, decoded or used."""


class LexiconError(KGError):
    """A lexicon or ontology data file is missing or malformed."""


class ValidationError(KGError):
    """The built graph does not conform to the SHACL shapes."""


class GraphNotFoundError(KGError):
    """No built graph where one was expected."""


class UnknownConceptError(KGError):
    """A name given by the user matches no concept label or alias."""
