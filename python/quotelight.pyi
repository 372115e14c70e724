"""Who said what, and in what capacity: quotes, speakers and positions in news articles.

Results are plain dicts in the JSON format of docs/format.md. Offsets count
code points by default, so ``text[q["start"]:q["end"]] == q["text"]``.
The TypedDicts and aliases below exist for type checkers only: import them
under ``typing.TYPE_CHECKING``.
"""

from collections.abc import Iterable
from typing import Any, Literal, TypedDict

__version__: str
FORMAT_VERSION: int

OffsetUnit = Literal["chars", "utf16", "utf8"]
QuoteKind = Literal["direct", "partial", "unmarked", "indirect"]
PersonKind = Literal["person", "org", "group", "unnamed"]

class Span(TypedDict):
    start: int
    end: int
    text: str

class Quote(TypedDict):
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: int | None
    """Index into ``people``, or None when the text credits nobody."""
    source: Span | None
    """The mention that attributes the quote ("he", "the mayor")."""
    cue: Span | None
    """The reporting verb or phrase ("said", "told reporters")."""
    nested: bool
    confidence: float

class Person(TypedDict):
    name: str
    kind: PersonKind
    mentions: list[Span]
    positions: list[Span]
    """Titles and roles ("Mayor", "a spokeswoman for the council")."""
    quotes: int

class Notice(TypedDict):
    kind: str
    message: str
    span: Span | None

class Annotations(TypedDict):
    version: int
    offsets: OffsetUnit
    quotes: list[Quote]
    people: list[Person]
    repaired: str | None
    notices: list[Notice]

def annotate(text: str, offsets: OffsetUnit = "chars", indirect: bool = True, repair: bool = True) -> Annotations:
    """Annotates one article.

    ``offsets`` is the unit of every start/end ("chars": Python code points;
    "utf16"; "utf8": bytes). ``indirect=False`` leaves out reported speech;
    ``repair=False`` reads mis-decoded quotation marks as they are.
    Raises ValueError for an unknown ``offsets``, TypeError when ``text`` is not a str.
    """

def annotate_many(
    texts: Iterable[str],
    offsets: OffsetUnit = "chars",
    indirect: bool = True,
    repair: bool = True,
    threads: int | None = None,
) -> list[Annotations]:
    """Annotates many articles in parallel, releasing the GIL; results keep the input order.

    ``threads`` defaults to every core. Same options and errors as ``annotate``;
    a single str is a ValueError (pass a list).
    """

def compare(
    texts: Iterable[str],
    names: list[str] | None = None,
    offsets: OffsetUnit = "chars",
    indirect: bool = True,
    repair: bool = True,
) -> dict[str, Any]:
    """Compares 2–12 versions of one story: each annotated, and the quotes they share grouped.

    Returns ``{"version", "documents", "groups", "people"}`` as in docs/format.md.
    ``names`` labels the texts (default "Article 1", …). Raises ValueError for too
    few or too many texts, or a ``names`` of another length. Present in builds with
    the engine's compare (the ``compare`` feature of python/Cargo.toml).
    """
