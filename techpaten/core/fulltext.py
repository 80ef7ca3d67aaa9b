"""Full-text search that means the same on PostgreSQL and SQLite.

Documents are indexed by the database itself: on PostgreSQL a weighted `tsvector` column kept current by a trigger
(the `german` configuration) with a GIN index, on SQLite an FTS5 table kept current by triggers. Search words are
parsed here, once, into the same German stems PostgreSQL produces (Snowball's German stemmer and PostgreSQL's German
stop-word list), and compiled for either database — so a query finds the same rows on both.

Query syntax (like PostgreSQL's `websearch_to_tsquery`): words are all required; "a phrase" in quotes must occur as
written; `or` between words or phrases accepts either; `-word` excludes. Capitalisation, umlauts and inflection
(Schule/Schulen) do not matter.

Relevance is the same on both databases and easy to explain: rows whose primary columns (weight A, e.g. a title)
hold the words come before rows that hold them only in the rest; within each, the caller's order (newest first).

Where the two databases answer differently (phrases and a few tokens; the page's search has these differences):
PostgreSQL counts stop words in a phrase's distances ("Schule und Kita" finds "Schule für Kita", not "Schule Kita")
and joins title, organisation and description into one vector (a phrase may run from the title into the name); FTS5
stores the lexemes without stop words (both are found) and keeps its columns apart. PostgreSQL's parser also keeps
addresses, host names and numbers like "3.5" whole, where WORD splits them. `matches` tests a query in memory on the
document as the database stored it (`tsvector_document`, `fts5_document`), so it gives that database's answer: the
saved-search digest never mails a need the page's search would not show, nor leaves one out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

# PostgreSQL's tsearch_data/german.stop (the Snowball list): words the `german` configuration does not index.
STOP_WORDS = frozenset(
    """aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern
    anderr anders auch auf aus bei bin bis bist da damit dann der den des dem die das daß derselbe derselben
    denselben desselben demselben dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner deines denn
    derer dessen dich dir du dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer
    eines einig einige einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren eurer eures
    für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres
    euch im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem
    keinen keiner keines können könnte machen man manche manchem manchen mancher manches mein meine meinem meinen
    meiner meines mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner
    seines selbst sich sie ihnen sind so solche solchem solchen solcher solches soll sollte sondern sonst über um
    und uns unse unsem unsen unser unses unter viel vom von vor während war waren warst was weg weil weiter welche
    welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde würden
    zu zum zur zwar zwischen""".split()  # noqa: SIM905 - a word list reads better as text
)
# Letters and digits; PostgreSQL's parser splits "E-Mail" and "Nextcloud-Instanz" into their parts the same way.
WORD = re.compile(r"[^\W_]+")
# The query's pieces: a quoted phrase (optionally excluded), a word (optionally excluded).
QUERY_PIECE = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
MAX_QUERY_TERMS = 16  # a search box is not a bulk interface: more words than this add nothing but cost


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    # snowballstemmer 2.2.0 is the Snowball release PostgreSQL 15 ships: the same stems on both databases.
    return snowballstemmer.stemmer("german")


@lru_cache(maxsize=50_000)
def _lexeme(token: str) -> str:
    # PostgreSQL indexes tokens with digits ("nextcloud32", "2024") unchanged, words stemmed.
    return token if any(c.isdigit() for c in token) else _stemmer().stemWord(token)


def tokens(text: str) -> list[tuple[int, str]]:
    """(position, lexeme) for every indexed word of `text`; stop words take a position but yield no lexeme."""
    found = []
    for position, match in enumerate(WORD.finditer((text or "").lower()), start=1):
        word = match.group()
        if word not in STOP_WORDS:
            found.append((position, _lexeme(word)))
    return found


def document(text: str) -> str:
    """`text` as space-separated lexemes: what the SQLite index stores (the SQL function `tp_lexemes`)."""
    return " ".join(lexeme for _position, lexeme in tokens(text))


@dataclass(frozen=True)
class Term:
    """A word or a phrase: lexemes with their distance to the previous one (stop words in between count)."""

    lexemes: tuple[tuple[str, int], ...]


@dataclass
class Query:
    """Required groups (each: any of its terms) and excluded terms."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups)


def _term(text: str) -> Term | None:
    found = tokens(text)
    if not found:
        return None
    lexemes, previous = [], found[0][0]
    for position, lexeme in found:
        lexemes.append((lexeme, position - previous))
        previous = position
    return Term(tuple(lexemes))


def parse(text: str) -> Query:
    """Parse search words. A query of stop words only, or of exclusions only, is empty (it finds nothing)."""
    query = Query()
    pending_or = False
    count = 0
    for match in QUERY_PIECE.finditer(text or ""):
        negated = bool(match.group(1) or match.group(3))
        raw = match.group(2) if match.group(2) is not None else match.group(4)
        if match.group(4) is not None and not negated and raw.lower() == "or":
            pending_or = bool(query.groups)
            continue
        term = _term(raw)
        if term is None:
            continue
        count += 1
        if count > MAX_QUERY_TERMS:
            break
        if negated:
            query.excluded.append(term)
        elif pending_or:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        pending_or = False
    return query


def _ts_term(term: Term) -> str:
    parts = []
    for index, (lexeme, distance) in enumerate(term.lexemes):
        quoted = "'" + lexeme.replace("'", "''") + "'"
        parts.append(quoted if index == 0 else (" <-> " if distance == 1 else f" <{distance}> ") + quoted)
    return "".join(parts)


def tsquery(terms: list[list[Term]], *, join: str = " & ") -> str:
    """PostgreSQL tsquery text (for `to_tsquery('simple', …)`: the lexemes are already stemmed)."""
    return join.join("(" + " | ".join(_ts_term(term) for term in group) + ")" for group in terms)


def _fts_term(term: Term) -> str:
    # FTS5 strings in double quotes: nothing the user typed can be read as FTS5 syntax.
    return '"' + " ".join(lexeme.replace('"', '""') for lexeme, _distance in term.lexemes) + '"'


def fts5_query(terms: list[list[Term]], *, join: str = " AND ", columns: tuple[str, ...] = ()) -> str:
    """SQLite FTS5 MATCH text, optionally limited to `columns`."""
    expression = join.join("(" + " OR ".join(_fts_term(term) for term in group) + ")" for group in terms)
    return "{" + " ".join(columns) + "} : (" + expression + ")" if columns else expression


# Matching in memory -----------------------------------------------------------------------------------------------
# For jobs that test many queries against a few documents (the saved-search digest): the same answer as the
# database's index, from the document as that index holds it (needs.search_index reads it).

# A lexeme in PostgreSQL's text form of a tsvector: quoted, '' and \ escaped, then its positions (with weights).
TSVECTOR_ENTRY = re.compile(r"'((?:[^'\\]|''|\\.)*)'(?::([0-9A-D,]+))?")
TSVECTOR_ESCAPE = re.compile(r"''|\\(.)")


@dataclass(frozen=True)
class Document:
    """Where each lexeme stands in a document, as the database indexed it.

    PostgreSQL (`exact_distances`): positions count stop words, and a phrase's lexemes must stand at the query's
    distances (`<->`, `<2>`). SQLite's FTS5 stores the lexemes without their stop words, so a phrase's lexemes stand
    next to each other; its columns are apart (a phrase never spans two columns there).
    """

    positions: dict[str, frozenset[int]]
    exact_distances: bool = True

    def has(self, term: Term) -> bool:
        first, *rest = term.lexemes
        for start in self.positions.get(first[0], ()):
            position = start
            for lexeme, distance in rest:
                position += distance if self.exact_distances else 1
                if position not in self.positions.get(lexeme, ()):
                    break
            else:
                return True
        return False


def matches(query: Query, document: Document) -> bool:
    """What the index answers for `query` (tsquery or fts5_query above): every group by one of its terms and no
    excluded term; an empty query matches nothing."""
    if not query:
        return False
    return all(any(document.has(term) for term in group) for group in query.groups) and not any(
        document.has(term) for term in query.excluded
    )


def tsvector_document(text: str) -> Document:
    """A document from PostgreSQL's text form of its tsvector (`'kita':2A 'schul':1A,5B`)."""
    positions: dict[str, frozenset[int]] = {}
    for match in TSVECTOR_ENTRY.finditer(text or ""):
        lexeme = TSVECTOR_ESCAPE.sub(lambda escape: escape.group(1) or "'", match.group(1))
        places = (match.group(2) or "").split(",")
        positions[lexeme] = frozenset(int(place.rstrip("ABCD")) for place in places if place)
    return Document(positions)


def fts5_document(columns: list[str]) -> Document:
    """A document from the columns of an FTS5 row (each the space-separated lexemes `document` gives)."""
    positions: dict[str, set[int]] = {}
    position = 0
    for column in columns:
        for lexeme in (column or "").split():
            position += 1
            positions.setdefault(lexeme, set()).add(position)
        position += 1  # a gap: a phrase's lexemes stand next to each other, never across two columns
    return Document({lexeme: frozenset(found) for lexeme, found in positions.items()}, exact_distances=False)
