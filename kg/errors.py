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


class PartialBuildError(KGError):
    """Some documents of a corpus could not be built; the others were written.

    ``result`` is the :class:`~kg.pipeline.BuildResult` of what was written, ``failures`` maps each
    skipped document to its one-line reason.
    """

    def __init__(self, result, failures: dict[str, str]):
        self.result = result
        self.failures = failures
        n = len(failures)
        super().__init__(f"{n} document{'s' if n != 1 else ''} could not be built: "
                         + "; ".join(failures.values()))
