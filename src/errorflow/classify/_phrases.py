r"""Compiling many message phrases into one fast regex.

Python's ``re`` tries every alternative of an alternation at every position,
so hundreds of phrases cost tens of microseconds per message. This module
turns a list of phrase rules into one regex that

* only starts at word boundaries (after a non-word character), so the regex engine skips
  from one candidate position to the next without entering the matcher;
* is factored by the phrases' literal prefixes (a trie of plain characters, as
  deep as the prefixes go, in priority order), so each position checks a few
  characters, not hundreds of phrases;
* has no capturing groups (hundreds of groups make every match slow); which
  phrase matched is found afterwards among the few that share the match's
  first characters.

Phrases must therefore start with a plain character at a word start; leading
groups (``(?:cannot|unable to) allocate``) and optional words are expanded
into separate alternatives first. Phrases anchored with ``^`` go to a second
regex used with ``match`` at the start of the message.
"""

from __future__ import annotations

import importlib
import re
import struct
from collections.abc import Callable, Sequence
from typing import Any, Final

__all__ = [
    "NATIVE",
    "PhraseSet",
    "expand",
    "factor",
    "necessary_words",
    "phrase_starts_python",
    "phrase_table",
    "split_alternatives",
    "walk",
    "walk_table",
]

_FIRST: Final = re.compile(r"[a-z0-9]")
_SECOND: Final = re.compile(r"[a-z0-9 _'\"/:-]")
_MAX_EXPANSION: Final = 400


def split_alternatives(pattern: str) -> list[str]:
    """Split a regex at its top-level ``|`` (outside groups and character classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    current: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            current.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def _leading_group(alternative: str) -> tuple[str, str, bool] | None:
    """Return (group body, rest, optional) when the alternative starts with ``(?:...)`` or ``(?:...)?``."""
    if not alternative.startswith("(?:"):
        return None
    depth = 0
    in_class = False
    index = 0
    while index < len(alternative):
        char = alternative[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                body = alternative[3:index]
                rest = alternative[index + 1 :]
                if rest.startswith("?") and not rest.startswith("??"):
                    return body, rest[1:], True
                if rest[:1] in ("*", "+", "{"):
                    return None
                return body, rest, False
        index += 1
    return None


def expand(alternative: str) -> list[str]:
    r"""Expand an alternative until it starts with a plain character: distribute leading groups, drop ``\\b``."""
    if alternative.startswith("\\b"):
        return expand(alternative[2:])
    group = _leading_group(alternative)
    if group is None:
        return [alternative]
    body, rest, optional = group
    expanded: list[str] = []
    for inner in split_alternatives(body):
        expanded.extend(expand(inner + rest))
    if optional:
        expanded.extend(expand(rest))
    if len(expanded) > _MAX_EXPANSION:
        raise ValueError(f"phrase expands to too many alternatives: {alternative!r}")
    return expanded


class PhraseSet:
    """Many phrases (each tagged with a key) compiled into one word-start regex.

    ``scan`` returns the keys of the phrases found, in order of position (one
    per non-overlapping match), with the first-listed phrase winning at any one
    position; callers order the phrases by priority. Phrases are short, so a
    phrase hidden inside an earlier, overlapping one is rare.

    The combined regex has no groups (groups make every match object large and
    every scan slower); which phrase matched is found afterwards by trying the
    few phrases that share the match's first two characters.

    With the C extension (:data:`NATIVE`; ``native=False`` keeps the regex), ASCII text is
    not searched by the combined regex: ``phrase_starts`` walks a trie of the forms'
    necessary prefixes at every word start in one C loop, and only where a prefix occurs
    does a regex of the forms it admits run (``_scan_starts``); the keys are the same.
    """

    __slots__ = (
        "_anchored",
        "_anchored_gate",
        "_ascii",
        "_at_prefix",
        "_buckets",
        "_combined",
        "_forms",
        "_keys",
        "_merged",
        "_pattern",
        "_prefixes",
        "_regex",
        "_required",
        "_table",
        "phrases",
    )

    def __init__(self, phrases: Sequence[tuple[str, str]], *, native: bool = True) -> None:
        self.phrases = tuple(phrases)
        """The (key, pattern) pairs the set was built from, in priority order."""
        forms: list[tuple[str, str]] = []  # (form, its literal prefix), in priority order
        anchored: list[str] = []
        order = 0
        self._keys: dict[str, str] = {}
        # Forms by their literal prefix (2 to 4 characters), to find which one matched.
        self._buckets: dict[str, list[tuple[int, str, str]]] = {}
        self._merged: dict[str, str | _Which] = {}
        # One regex per distinct list of candidates (a union of at most three buckets: bounded by the phrases).
        self._combined: dict[tuple[int, ...], _Which] = {}
        # Every form with the characters all its matches start with (for the C walk), in priority order.
        self._forms: list[tuple[str, str, str]] = []  # (key, form, necessary prefix)
        for number, (key, pattern) in enumerate(phrases):
            for alternative in split_alternatives(pattern):
                for form in expand(alternative):
                    if form.startswith("^"):
                        group = f"p{len(self._keys)}"
                        self._keys[group] = key
                        anchored.append(f"{form[1:]}(?P<{group}>)")
                        continue
                    if len(form) < 2 or not (_FIRST.match(form[0]) and _SECOND.match(form[1])):
                        raise ValueError(
                            f"phrase #{number} ({key}) must start with two plain characters at a word start: {form!r}"
                        )
                    forms.append((form, _literal_prefix(form)))
                    prefix = _literal_prefix(form)[:_BUCKET]
                    if len(prefix) < 2:
                        raise ValueError(f"phrase #{number} ({key}) must start with two fixed characters: {form!r}")
                    order += 1
                    self._buckets.setdefault(prefix, []).append((order, key, form))
                    self._forms.append((key, form, _necessary_prefix(form)))
        # The regex consumes the non-word character before the phrase (``scan`` puts a space in front
        # of the text): ``re`` then jumps from one such character to the next in C, where a leading
        # ``\b`` would enter the matcher at every position.
        # It is compiled on first use (:meth:`_search`): with the C walk most processes never need it, and the
        # default rules' two sets took about 1.3 s of a process's start to compile (their patterns are 110 kB).
        self._pattern = r"\W(?:" + factor(forms) + ")" if forms else None
        # The same regex with ASCII classes, for ASCII text (most messages), where it matches alike:
        # ``re`` tests the leading ``\W`` at every character, and an ASCII class is a table lookup
        # where a Unicode one asks the character database (about three times faster).
        self._regex: re.Pattern[str] | None = None
        self._ascii: re.Pattern[str] | None = None
        self._anchored = re.compile("|".join(anchored)) if anchored else None
        self._anchored_gate = _anchored_gate([form[: form.rindex("(?P<")] for form in anchored]) if anchored else None
        # When every phrase starts the same way ("winerror ..."), a substring test skips the scan.
        prefixes = list(self._buckets)
        common = _common_prefix(prefixes) if prefixes and not anchored else ""
        self._required = common if len(common) >= 3 else ""
        # The C walk (``phrase_starts``) finds the word starts where a form's necessary prefix occurs, the longest
        # there; the literal strings, then a regex, of the forms that prefix admits (``_at_prefix``, built on first
        # use) name the phrase.
        prefixes = list(dict.fromkeys(prefix for _, _, prefix in self._forms))
        walkable = all(len(prefix) >= 2 and prefix.isascii() for prefix in prefixes)
        self._prefixes = tuple(prefixes)
        self._table = phrase_table(prefixes) if native and _STARTS is not None and forms and walkable else None
        self._at_prefix: list[_Admitted | None] = [None] * len(prefixes)  # by prefix id (a list: no int boxed)

    @property
    def required(self) -> str:
        """A literal every phrase of the set starts with, or "": a text without it holds none of the phrases."""
        return self._required

    def _candidates(self, window: str) -> str | _Which:
        """Which phrase, of those whose literal prefix the 4-character window starts with, matched (memoised).

        When they all carry one key, the key itself: the combined regex matched one of them, so
        which one does not matter and no phrase needs to be matched again. Otherwise one regex of
        those phrases, factored and in definition order, each followed by an empty named group: one
        ``match`` names the first that matches, as trying them one by one would (dozens share "no").
        """
        found = self._merged.get(window)
        if found is None:
            buckets = self._buckets
            candidates = sorted(
                (*buckets.get(window, ()), *buckets.get(window[:3], ()), *buckets.get(window[:2], ())), key=_order
            )
            keys = {key for _, key, _ in candidates}
            if len(keys) == 1:
                found = keys.pop()
            else:
                orders = tuple(order for order, _, _ in candidates)
                found = self._combined.get(orders)
                if found is None:
                    pattern = factor(
                        [(f"{form}(?P<k{n}>)", _literal_prefix(form)) for n, (_, _, form) in enumerate(candidates)]
                    )
                    found = (re.compile(pattern), {f"k{n}": key for n, (_, key, _) in enumerate(candidates)})
                    self._combined[orders] = found
            if len(self._merged) < _MAX_MERGED:
                self._merged[window] = found
        return found

    def _key_at(self, text: str, start: int) -> str:
        candidates = self._candidates(text[start : start + 4])
        if isinstance(candidates, str):
            return candidates
        regex, keys = candidates
        match = regex.match(text, start)
        if match is not None:
            return keys[match.lastgroup or ""]
        # The combined regex matched a form of one of these buckets, so one of them matches.
        raise AssertionError(f"no phrase of the bucket matches at {start}")  # pragma: no cover

    def scan(self, text: str) -> list[str]:
        """Return the keys of the phrases found in ``text`` (lower case), leftmost first."""
        found: list[str] = []
        if self._required and self._required not in text:
            return found
        anchored = self._anchored
        if anchored is not None and _may_start(self._anchored_gate, text):
            match = anchored.match(text)
            if match is not None:
                found.append(self._keys[match.lastgroup or ""])
        table = self._table
        if table is not None and _STARTS is not None:
            starts = _STARTS(table, text)
            if starts is not None:
                self._scan_starts(text, starts, found)
                return found
        regex = self._search(text.isascii())
        if regex is not None:
            # In " " + text the match starts one character before the phrase, at the phrase's index
            # in ``text``. The next phrase may start right after this one; its non-word character
            # in front is this match's last one, so the next search starts there.
            search = regex.search
            padded = " " + text
            match = search(padded)
            while match is not None:
                found.append(self._key_at(text, match.start()))
                match = search(padded, match.end() - 1)
        return found

    def _search(self, ascii_text: bool) -> re.Pattern[str] | None:
        """The combined regex (its ASCII copy for ASCII text), compiled on first use; None for a set of no forms."""
        pattern = self._pattern
        if pattern is None:
            return None
        if ascii_text:
            if self._ascii is None:
                self._ascii = re.compile(pattern, re.ASCII)
            return self._ascii
        if self._regex is None:
            self._regex = re.compile(pattern)
        return self._regex

    def compile_all(self) -> None:
        """Compile what is otherwise compiled on first use or never: the combined regex, its ASCII copy and each form.

        The default rules' sets are built from phrases checked by the tests; this is how a test (or a
        caller that wants every pattern ready before traffic) makes a bad one fail at once.
        """
        self._search(True)
        self._search(False)
        for bucket in self._buckets.values():
            for _, _, form in bucket:
                re.compile(form)

    def _scan_starts(self, text: str, starts: list[int], found: list[str]) -> None:
        """``scan``'s regex loop, at the word starts the C walk reported (``[start, prefix id, ...]``).

        The combined regex matches, at the first word start where one does, the first form in priority order
        that matches there, and searches on from the end of that match; a form matches only where its necessary
        prefix occurs, so the forms admitted by the longest prefix found at a word start are all that can match
        there, and the first of them that matches is the one the combined regex finds, with the same end.
        """
        at_prefix = self._at_prefix
        resume = 0
        for index in range(0, len(starts), 2):
            start = starts[index]
            if start < resume:
                continue
            prefix = starts[index + 1]
            which = at_prefix[prefix]
            if which is None:
                which = self._admitted(prefix)
                at_prefix[prefix] = which
            match_at, keys, offset, following, by_next, short, needed = which
            at = start + offset
            after = text[at] if at < len(text) else ""
            if following is not None and (not after or after not in following):
                continue  # no admitted form can go on with the character after the prefix: no regex call
            candidates = by_next.get(after)  # the literal strings that may start here, in re's order
            table, paths = short if candidates is None else candidates
            if paths:
                number = (
                    _LITERAL_AT(table, text, start)
                    if _LITERAL_AT is not None
                    else literal_at_python(paths, text, start)
                )
                if number >= 0:
                    literal, _, key = paths[number]
                    found.append(key)
                    resume = start + len(literal)
                    continue
            if match_at is None or (needed and not _holds_one(needed, text, start)):
                continue  # no other form, or none of the words one of which their every match holds
            match = match_at(text, start)  # the forms after them
            if match is not None:
                found.append(keys[match.lastindex or 0])  # the empty group after each form closes last
                resume = match.end()

    def _admitted(self, prefix: int) -> _Admitted:
        r"""What names the form that matches where the walk found ``_prefixes[prefix]`` (the forms it admits).

        The admitted forms in priority order, the leading ones that match only a few literal strings
        (:func:`_literal_paths`) as those strings in the order the regex would try them, each with its ``\b``
        offsets and key, and the forms after them as one regex, each followed by an empty group. Returned: that
        regex's bound ``match`` (None when every form is literal), the key of each group by number (the empty group
        after a form closes last in any match of it, so a match's ``lastindex`` names the form's key), the prefix's
        length, the characters that may follow the prefix in a match of one of the forms (:func:`_following`;
        None: any) and the literal strings by the character after the prefix, with those no longer than the prefix
        for any other character (the walk found the prefix, so only strings that begin it or that it begins can
        start there, and of the longer ones only those going on with the text's next character), and the words one
        of which every match of the other forms holds (:func:`exact_words`; (): no gate): a text without any of
        them is not searched by their regex. A literal string found first is what the regex of all the forms finds:
        the forms before it match nothing there; where none is found, the first of the other forms that matches is.
        """
        longest = self._prefixes[prefix]
        candidates = [(key, form) for key, form, necessary in self._forms if longest.startswith(necessary)]
        following = _following(longest, [form for _, form in candidates])
        paths: list[_Path] = []
        literal_forms = 0
        for key, form in candidates:
            literals = _literal_paths(form)
            if literals is None or not all(_tabled(literal, bounds) for literal, bounds in literals):
                break
            # The walk found ``longest`` here: a string that departs from it never matches where it was found.
            kept = [(literal, bounds, key) for literal, bounds in literals if _agrees(literal, longest)]
            if len(paths) + len(kept) > _MAX_PATHS:
                break
            paths.extend(kept)
            literal_forms += 1
        # By the character after ``longest``: the strings no longer than it, and those going on with that character.
        size = len(longest)
        short = _literals_of([path for path in paths if len(path[0]) <= size])
        by_next = {
            char: _literals_of([path for path in paths if len(path[0]) <= size or path[0][size] == char])
            for char in {path[0][size] for path in paths if len(path[0]) > size}
        }
        rest = candidates[literal_forms:]
        if not rest:
            return None, [], size, following, by_next, short, ()
        pattern = factor([(f"{form}(?P<k{n}>)", _literal_prefix(form)) for n, (_, form) in enumerate(rest)])
        # The words one of which every match of those forms holds: a text without any is not searched. A word inside
        # the prefix is in every text the walk reports it in: no gate then.
        needed = exact_words(pattern)
        if any(word in longest for word in needed):
            needed = ()
        # ASCII classes, as the combined regex's copy that reads ASCII text: the walk reports only such text.
        regex = re.compile(pattern, re.ASCII)
        names = {f"k{n}": key for n, (key, _) in enumerate(rest)}
        keys = [""] * (regex.groups + 1)
        for name, number in regex.groupindex.items():
            keys[number] = names.get(name, "")
        return regex.match, keys, size, following, by_next, short, needed

    def first(self, text: str) -> str | None:
        """Return the key of the leftmost phrase found, or None."""
        anchored = self._anchored
        if anchored is not None and _may_start(self._anchored_gate, text):
            match = anchored.match(text)
            if match is not None:
                return self._keys[match.lastgroup or ""]
        regex = self._search(text.isascii())
        if regex is None:
            return None
        match = regex.search(" " + text)
        return None if match is None else self._key_at(text, match.start())


def _holds_one(words: tuple[str, ...], text: str, start: int) -> bool:
    """Whether ``text`` holds one of ``words`` from ``start`` on (a match from there holds one there)."""
    return any(text.find(word, start) >= 0 for word in words)


_BUCKET: Final = 4
# A literal string a form matches, the offsets in it where the form asserts ``\b``, and the form's key.
_Path = tuple[str, tuple[int, ...], str]
# Literal strings in ``re``'s order, as the table ``literal_at`` reads and as they are.
_Candidates = tuple[bytes, tuple[_Path, ...]]
# The bound match of the forms after the literal ones (None: none), the key by group, the prefix's length, the
# characters that may follow it (None: any), the literal strings the leading forms match, in ``re``'s order, by
# the character after the prefix (the strings no longer than the prefix, for a character no string goes on with),
# and the words one of which every match of the other forms holds ((): no gate).
_Admitted = tuple[
    Callable[[str, int], "re.Match[str] | None"] | None,
    list[str],
    int,
    str | None,
    dict[str, _Candidates],
    _Candidates,
    tuple[str, ...],
]
_MAX_PATHS: Final = 64  # literal strings per form, and per admitted prefix (past this the regex runs)
_Which = tuple[re.Pattern[str], dict[str, str]]  # the candidates of a window in one regex, and the key of each group
_MAX_MERGED: Final = 8192  # memoised windows per phrase set (a window is at most 4 characters; dict writes are atomic)
_META: Final = frozenset("\\.^$*+?{}[]|()")


# The first three, two and one characters a match of an anchored form may start with (see _anchored_gate).
_Gate = tuple[frozenset[str], frozenset[str], frozenset[str]]


def _anchored_gate(forms: Sequence[str]) -> _Gate | None:
    r"""What the text must start with for one of the anchored forms (``^`` dropped) to match it; None: anything.

    The anchored regex is one alternation of some fifty forms tried at the text's start (about 1,000 instructions
    a call even where none matches); most texts start with none of their first characters. A form is entered by
    its distributed alternatives (:func:`expand`): one whose necessary prefix has three characters or more adds
    its first three, one of two characters adds them, any other adds the characters it may start with
    (:func:`_first_chars`, read in ASCII: :func:`_may_start` admits every non-ASCII first character, which a
    Unicode ``\d``, ``\w`` or ``\s`` may match, and ``\x1c``-``\x1f``, which only the Unicode ``\s`` matches).
    A form whose first characters are not known leaves no gate.
    """
    triples: set[str] = set()
    pairs: set[str] = set()
    singles: set[str] = set("\x1c\x1d\x1e\x1f")
    for anchored in forms:
        try:
            expanded = expand(anchored)
        except ValueError:
            return None
        for form in expanded:
            necessary = _necessary_prefix(form)
            if len(necessary) >= 3:
                triples.add(necessary[:3])
            elif len(necessary) == 2:
                pairs.add(necessary)
            else:
                first = _first_chars(form)
                if first is None:
                    return None
                singles.update(first)
    return frozenset(triples), frozenset(pairs), frozenset(singles)


def _may_start(gate: _Gate | None, text: str) -> bool:
    """Whether an anchored form of the gate (:func:`_anchored_gate`) may match at the start of ``text``."""
    if gate is None:
        return True
    triples, pairs, singles = gate
    if text[:3] in triples or (pairs and text[:2] in pairs):
        return True
    head = text[:1]  # one character: CPython's cached string, no allocation
    return head in singles or head > "\x7f"


def _literal_prefix(form: str) -> str:
    """Return the leading characters of a regex that match only themselves (at least two, by construction)."""
    end = 0
    while end < len(form) and form[end] not in _META:
        end += 1
    # A quantifier applies to the character before it, which is then not fixed.
    if end < len(form) and form[end] in "*+?{" and end > 2:
        end -= 1
    return form[:end]


def _necessary_prefix(form: str) -> str:
    """The characters every match of a form starts with: its leading plain characters, less one a quantifier follows."""
    end = 0
    while end < len(form) and form[end] not in _META:
        end += 1
    if end < len(form) and form[end] in "*+?{":
        end -= 1
    return form[:end]


def _following(longest: str, forms: Sequence[str]) -> str | None:
    r"""The characters that may follow ``longest`` where one of ``forms`` (ASCII regexes) matches from its start.

    The C walk reports the longest necessary prefix at a word start; most of the regex calls it leads to fail on
    the next character (``error`` then not ``:``). A form matches only if its rest, after its own necessary
    prefix, matches there: a form whose necessary prefix is ``longest`` needs the next character in the first
    characters of its rest; a shorter one reads characters of ``longest`` itself, known here. None where any form
    may match without reading the next character, or where a rest's first characters are not known (a class
    other than ``\s``, ``\d``, ``\w``, ranges and literals; case-insensitive; any other construct): the
    regex then runs, as before. A superset of the characters is enough: the regex still decides every match.
    """
    allowed: set[str] = set()
    for form in forms:
        necessary = _necessary_prefix(form)
        first = _first_chars(form[len(necessary) :])
        if first is None:
            return None
        if len(necessary) < len(longest):
            if longest[len(necessary)] in first:
                return None
            continue  # never matches where ``longest`` occurs
        allowed.update(first)
    return "".join(sorted(allowed))


_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")  # ``\w``, ASCII


def literal_table(paths: Sequence[_Path]) -> bytes:
    r"""The table ``literal_at`` reads: per string its length, its number of ``\b`` offsets, the offsets, its bytes.

    Each string is ASCII and at most 255 characters long (:func:`_tabled`); a ``ValueError`` otherwise.
    """
    table = bytearray()
    for literal, bounds, _ in paths:
        if not _tabled(literal, bounds):
            raise ValueError(f"literal strings are ASCII, at most 255 characters: {literal!r}")
        table += bytes((len(literal), len(bounds), *bounds))
        table += literal.encode("ascii")
    return bytes(table)


def literal_at_python(paths: Sequence[_Path], text: str, start: int) -> int:
    r"""The specification of the C ``literal_at``: the number of the first string found at ``start``, or -1.

    Found: the text holds the string from ``start`` on, and ``\b`` (ASCII) holds at each of its offsets.
    """
    if start < 0:
        raise ValueError("literal_at(): start is negative")
    for number, (literal, bounds, _) in enumerate(paths):
        if text.startswith(literal, start) and _bounds_hold(text, start, bounds):
            return number
    return -1


def _tabled(literal: str, bounds: tuple[int, ...]) -> bool:
    """Whether a literal string fits the table of ``literal_at`` (ASCII, at most 255 characters)."""
    return literal.isascii() and len(literal) <= 255 and len(bounds) <= 255


def _literals_of(paths: list[_Path]) -> _Candidates:
    return literal_table(paths), tuple(paths)


def _agrees(literal: str, longest: str) -> bool:
    """Whether ``literal`` can start where ``longest`` does: one of the two begins the other."""
    return longest.startswith(literal) if len(literal) <= len(longest) else literal.startswith(longest)


def _bounds_hold(text: str, start: int, bounds: tuple[int, ...]) -> bool:
    r"""Whether ``\b`` (ASCII) holds at each of ``bounds``, offsets from ``start`` in ``text``."""
    for bound in bounds:
        at = start + bound
        before = at > 0 and text[at - 1] in _WORD_CHARS
        after = at < len(text) and text[at] in _WORD_CHARS
        if before == after:
            return False
    return True


def _literal_paths(form: str) -> list[tuple[str, tuple[int, ...]]] | None:
    r"""Every string a form (an ASCII regex) matches, in the order ``re`` tries them, each with its ``\b`` offsets.

    ``re`` backtracks: at an alternation it tries the branches in order, at a greedy repeat one more iteration
    before one fewer, and the first path that reaches the form's end is its match. So where a form matches only
    a few literal strings, listing them in that order and taking the first that starts at the position (and whose
    ``\b`` assertions hold there) gives the match ``re.match`` gives, and its end. Read from ``re``'s own parse:
    literals, classes of at most 16 characters, groups without flags, alternations, bounded greedy repeats of
    what never matches empty, ``\b``; anything else (``\w``, ``.``, look-arounds, lazy repeats, flags, more than
    ``_MAX_PATHS`` strings, a parse that fails) gives None and the regex runs.
    """
    parsed = _parsed(form)
    return None if parsed is None else _paths_of(parsed)


def _parsed(pattern: str) -> list[Any] | None:
    """``re``'s parse of a pattern read with ``re.ASCII`` (None: it does not parse, or it folds case)."""
    try:
        parsed = _SRE_PARSER.parse(pattern, re.ASCII)
    except (re.error, ValueError, TypeError, RecursionError):
        return None
    return None if parsed.state.flags & re.IGNORECASE else list(parsed)


_Literals = list[tuple[str, tuple[int, ...]]]


def _concat(heads: _Literals, tails: _Literals) -> _Literals | None:
    """Each head followed by each tail, heads outermost (the order of ``re``'s backtracking); None past the bound."""
    if len(heads) * len(tails) > _MAX_PATHS:
        return None
    return [
        (head + tail, head_bounds + tuple(len(head) + bound for bound in tail_bounds))
        for head, head_bounds in heads
        for tail, tail_bounds in tails
    ]


def _paths_of(items: list[Any]) -> _Literals | None:
    """The literal strings of a parsed sequence, in ``re``'s order (see :func:`_literal_paths`), or None."""
    paths: _Literals | None = [("", ())]
    for op, value in items:
        alternatives = _item_paths(str(op), value)
        if alternatives is None or paths is None:
            return None
        paths = _concat(paths, alternatives)
    return paths


def _item_paths(name: str, value: Any) -> _Literals | None:  # noqa: PLR0911 - one return per kind
    """The literal strings of one parsed item, in ``re``'s order, or None (see :func:`_literal_paths`)."""
    if name == "LITERAL":
        return [(chr(value), ())]
    if name == "IN":
        chars = _class_chars(value)  # one character of a class matches: their order does not matter
        return None if chars is None or len(chars) > 16 else [(char, ()) for char in sorted(chars)]
    if name == "SUBPATTERN":
        _, added, removed, sub = value
        return None if added or removed else _paths_of(list(sub))
    if name == "BRANCH":
        branches: _Literals = []
        for branch in value[1]:
            part = _paths_of(list(branch))
            if part is None:
                return None
            branches.extend(part)
        return branches if len(branches) <= _MAX_PATHS else None
    if name == "MAX_REPEAT":
        low, high, sub = value
        one = _paths_of(list(sub))
        if one is None or high - low > 4 or any(not literal for literal, _ in one):
            return None
        optional: _Literals | None = [("", ())]  # greedy: one more iteration first, then stop
        for _ in range(high - low):
            longer = _concat(one, optional) if optional is not None else None
            optional = None if longer is None else [*longer, ("", ())]
        required: _Literals | None = [("", ())]
        for _ in range(low):
            required = _concat(required, one) if required is not None else None
        return None if required is None or optional is None else _concat(required, optional)
    if name == "AT" and str(value) == "AT_BOUNDARY":
        return [("", (0,))]
    return None  # any character, \w, a look-around, a lazy repeat, an anchor, a reference: not literal


def exact_words(pattern: str) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` (read with ``re.ASCII``, case-sensitive) holds as they are; ().

    :func:`necessary_words` lower-cases the runs of literal characters it reads (for a lower-cased text). A pattern
    with no upper-case literal that never folds case has runs that are their own lower case: a text one of its
    matches was found in holds one of the words as they are, whatever the case of the rest of the text. () for any
    other pattern (an upper-case literal anywhere, a group that folds case).
    """
    parsed = _parsed(pattern)  # None where it does not parse or folds case as a whole
    if parsed is None or _cased(parsed):
        return ()
    return necessary_words(pattern, re.ASCII)


def _cased(items: Any) -> bool:
    """Whether a parsed sequence holds an upper-case ASCII literal, or a group that folds case, at any depth."""
    for op, value in items:
        name = str(op)
        if name == "LITERAL" and ord("A") <= value <= ord("Z"):
            return True
        if name == "SUBPATTERN" and value[1] & re.IGNORECASE:
            return True
        for part in _parts(value):
            if _cased(part):
                return True
    return False


def _parts(value: Any) -> list[Any]:
    """The parsed sequences nested in an item's value (a group's, a repeat's, each branch's, a look-around's)."""
    found: list[Any] = []
    for element in value if isinstance(value, (tuple, list)) else (value,):
        if isinstance(element, list):
            found.extend(_parts(element))
        elif hasattr(element, "data"):
            found.append(element)
    return found


def necessary_words(pattern: str, flags: int) -> tuple[str, ...]:
    """Lower-case ASCII strings one of which every match of ``pattern`` holds, on ASCII text, lower-cased; or ().

    Read from ``re``'s parse: a run of literal characters in a sequence that every match goes through (the pattern,
    a group, an alternative, a repeat of at least one) is matched in one piece, and an alternation holds one of its
    branches' words when each branch has some. Case folding on ASCII text matches an ASCII literal only with that
    character in either case, so the lower-cased text holds the run lower-cased (also where ``(?-i:...)`` makes it
    exact). On other text ``IGNORECASE`` also matches non-ASCII characters (the long s with ``s``, the Kelvin sign
    with ``k``): the words say nothing there. () where no word of ``_MIN_WORD`` characters or more is known.
    """
    try:
        parsed = _SRE_PARSER.parse(pattern, flags)
    except (re.error, ValueError, TypeError, RecursionError):
        return ()
    if parsed.state.flags & re.LOCALE:
        return ()
    words = _words_of(list(parsed))
    return words if words and min(len(word) for word in words) >= _MIN_WORD else ()


_MIN_WORD: Final = 3  # a gate of shorter words is met by most texts and only costs its tests


def _words_of(items: list[Any]) -> tuple[str, ...]:
    """The best set of words one of which every match of a parsed sequence holds (see :func:`necessary_words`)."""
    best: tuple[str, ...] = ()
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        name = str(op)
        if name == "LITERAL" and value < 128:
            run.append(chr(value))
            continue
        if run:
            best = _better(best, ("".join(run).lower(),))
            run = []
        if name == "SUBPATTERN":
            best = _better(best, _words_of(list(value[3])))
        elif name == "ATOMIC_GROUP":
            best = _better(best, _words_of(list(value)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and value[0] >= 1:
            best = _better(best, _words_of(list(value[2])))
        elif name == "BRANCH":
            branches = [_words_of(list(branch)) for branch in value[1]]
            if all(branches):
                best = _better(best, tuple(dict.fromkeys(word for words in branches for word in words)))
    return best


def _better(one: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """The set of words whose shortest word is longest (fewer words on a tie): the one fewer texts hold."""
    if not other:
        return one
    if not one:
        return other
    ranked_one = (min(len(word) for word in one), -len(one))
    ranked_other = (min(len(word) for word in other), -len(other))
    return other if ranked_other > ranked_one else one


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters every match of ``pattern`` (with ``re.ASCII``) starts with.

    None if it may match empty or where they are not known (see :func:`_following`).
    """
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    chars, empty = _first_of(parsed)
    return None if chars is None or empty else frozenset(chars)


def _first_of(items: list[Any]) -> tuple[set[str] | None, bool]:
    """The first characters of a parsed sequence (None: unknown) and whether it may match empty."""
    chars: set[str] = set()
    for op, value in items:
        got, empty = _first_of_item(str(op), value)
        if got is None:
            return None, True
        chars |= got
        if not empty:
            return chars, False
    return chars, True


def _first_of_item(name: str, value: Any) -> tuple[set[str] | None, bool]:  # noqa: PLR0911 - one return per kind
    """The first characters of one parsed item (None: unknown) and whether it may match empty."""
    if name == "LITERAL":
        return {chr(value)}, False
    if name == "IN":
        return _class_chars(value), False
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, sub = value
        got, empty = _first_of(list(sub))
        return got, empty or low == 0
    if name == "SUBPATTERN":
        _, added, _, sub = value
        return (None, True) if added & re.IGNORECASE else _first_of(list(sub))
    if name == "ATOMIC_GROUP":
        return _first_of(list(value))
    if name == "BRANCH":
        chars: set[str] = set()
        empty = False
        for branch in value[1]:
            part, part_empty = _first_of(list(branch))
            if part is None:
                return None, True
            chars |= part
            empty = empty or part_empty
        return chars, empty
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width: it only narrows what follows
        return set(), True
    return None, True  # any character, a negated one, a group reference, ...: unknown


_CATEGORIES: Final = {
    "CATEGORY_DIGIT": "0123456789",
    "CATEGORY_SPACE": " \t\n\r\x0b\x0c",
    "CATEGORY_WORD": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
}  # with re.ASCII, as the admitted regexes are compiled


def _class_chars(items: list[Any]) -> set[str] | None:
    """The characters of a parsed class ``[...]`` (None: a negated class or another category)."""
    chars: set[str] = set()
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(value))
        elif name == "RANGE" and value[1] - value[0] < 256:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        elif name == "CATEGORY" and str(value) in _CATEGORIES:
            chars.update(_CATEGORIES[str(value)])
        else:
            return None
    return chars


def _sre_parser() -> Any:
    """The parser ``re`` compiles with: ``re._parser`` (Python 3.11+), ``sre_parse`` on 3.10 (not public)."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # Python 3.10: the same parser under its old name
        return importlib.import_module("sre_parse")


_SRE_PARSER: Final[Any] = _sre_parser()  # the parser re compiles with (not public: a
# pattern it cannot read, or a change of its shapes, gives None above, and the regex runs as before)
_TRIE_MAGIC: Final = 0x43504645  # "EFPC", the first word of a phrase table
_NO_CHILD: Final = 0


def phrase_table(prefixes: Sequence[str]) -> bytes:
    """The table ``phrase_starts`` walks: a path-compressed trie of ASCII prefixes (id ``i`` for ``prefixes[i]``).

    Layout (little-endian 32-bit words): the magic ``EFPC``, the number of nodes and of edges, the bytes of labels;
    the root's child by character (128 words, child + 1, 0 for none); a bitmap of the prefixes' first two characters
    (bit ``128 * first + second``, 512 words: a word start whose two characters start no prefix costs one bit test);
    per node the offset and length of its label (the characters from its parent to it, the first one its edge's:
    a chain of nodes with one child and no prefix is one node), its first edge, its number of edges and its prefix
    (id + 1, 0 for none); per edge its character and its child, the edges of a node sorted by character; then the
    labels, padded to a word. The strong phrases' 1,914 prefixes make some 4,000 nodes (100 KB) instead of 30,000.
    """
    children: list[dict[str, int]] = [{}]
    ends: list[int] = [0]
    pairs = bytearray(128 * 128 // 8)
    for number, prefix in enumerate(prefixes):
        if len(prefix) < 2 or not prefix.isascii():
            raise ValueError(f"prefixes are ASCII, at least two characters: {prefix!r}")
        pair = ord(prefix[0]) * 128 + ord(prefix[1])
        pairs[pair >> 3] |= 1 << (pair & 7)
        node = 0
        for char in prefix:
            child = children[node].get(char)
            if child is None:
                child = len(children)
                children[node][char] = child
                children.append({})
                ends.append(0)
            node = child
        if not ends[node]:
            ends[node] = number + 1
    nodes: list[list[int]] = []  # label offset, label length, first edge, edges, prefix + 1
    edges: list[int] = []
    labels = bytearray()
    # Compressed nodes in the order they are reached (depth first), each entered by the character of its edge.
    pending: list[tuple[str, int, int]] = []  # (the edge's character, the trie node it leads to, the node to fill)

    def add(char: str, node: int) -> int:
        label = char
        while not ends[node] and len(children[node]) == 1:
            ((next_char, next_node),) = children[node].items()
            label += next_char
            node = next_node
        number = len(nodes)
        nodes.append([len(labels), len(label), 0, 0, ends[node]])
        labels.extend(label.encode("ascii"))
        pending.append((char, node, number))
        return number

    root = [_NO_CHILD] * 128
    for char in sorted(children[0]):
        root[ord(char)] = add(char, children[0][char]) + 1
    while pending:
        _, node, number = pending.pop(0)
        nodes[number][2] = len(edges) // 2
        nodes[number][3] = len(children[node])
        for char in sorted(children[node]):
            edges.extend((ord(char), 0))
        for index, char in enumerate(sorted(children[node])):
            edges[2 * (nodes[number][2] + index) + 1] = add(char, children[node][char])
    words = [_TRIE_MAGIC, len(nodes), len(edges) // 2, len(labels), *root]
    header = struct.pack(f"<{len(words)}I", *words)
    body = struct.pack(f"<{5 * len(nodes) + len(edges)}I", *(field for node in nodes for field in node), *edges)
    return header + bytes(pairs) + body + bytes(labels) + bytes(-len(labels) % 4)


def walk_table(prefixes: Sequence[str]) -> bytes | None:
    """:func:`phrase_table`, where the C walk was compiled (None elsewhere: :func:`walk` then answers None)."""
    return phrase_table(prefixes) if _STARTS is not None else None


def walk(table: bytes | None, text: str) -> list[int] | None:
    """The C walk of a :func:`walk_table` over a text, or None where it does not answer (no extension, such text)."""
    if table is None or _STARTS is None:
        return None
    return _STARTS(table, text)


def phrase_starts_python(prefixes: Sequence[str], text: str) -> list[int] | None:
    r"""The specification of the C walk: ``[start, id, ...]`` of the longest prefix at each word start, or None.

    A word start is the text's first character or one after a character other than ``[A-Za-z0-9_]``; None for a
    text that is not ASCII or holds one of ``\x1c``-``\x1f`` (the regex path reads those).
    """
    if not text.isascii() or any("\x1c" <= char <= "\x1f" for char in text):
        return None
    found: list[int] = []
    for start in range(len(text)):
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        best = -1
        for number, prefix in enumerate(prefixes):
            if text.startswith(prefix, start) and (best < 0 or len(prefix) > len(prefixes[best])):
                best = number
        if best >= 0:
            found.extend((start, best))
    return found


def _native() -> Callable[[bytes, str], list[int] | None] | None:
    """The C walk (``_cfingerprint.phrase_starts``), or None where the extension was not compiled."""
    try:
        from errorflow.classify import _cfingerprint
    except ImportError:  # no compiler at install: the combined regex runs
        return None
    return getattr(_cfingerprint, "phrase_starts", None)  # None: a build older than the walk


def _native_literal_at() -> Callable[[bytes, str, int], int] | None:
    """The C ``literal_at`` (with the walk: ``_scan_starts`` runs only where the walk does), or None."""
    try:
        from errorflow.classify import _cfingerprint
    except ImportError:  # no compiler at install: the combined regex runs
        return None
    return getattr(_cfingerprint, "literal_at", None)


_LITERAL_AT: Final = _native_literal_at()
_STARTS: Final = _native()
NATIVE: Final = _STARTS is not None
"""Whether :meth:`PhraseSet.scan` finds word starts with the C walk (the extension was compiled at install)."""


def _common_prefix(words: Sequence[str]) -> str:
    first, last = min(words), max(words)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def _order(item: tuple[int, str, re.Pattern[str]]) -> int:
    return item[0]


def factor(forms: Sequence[tuple[str, str]]) -> str:
    """One alternation of the forms, factored by their literal prefixes, which gives what the plain one gives.

    ``re`` tries the alternatives of an alternation one after another, so the
    forms that start alike ("no such", "not found", "no space" ...) are put behind
    their common characters, one level per character. At one position, forms whose
    next literal characters differ cannot both match, so they are grouped by that
    character in any order; a form with no literal character left may match
    anything, so groups never move across it and the priority order stays the same.
    """
    branches: list[str] = []
    groups: dict[str, list[tuple[str, str]]] = {}

    def flush() -> None:
        for char, group in groups.items():
            if len(group) == 1:
                branches.append(group[0][0])
            else:
                branches.append(char + "(?:" + factor([(form[1:], literal[1:]) for form, literal in group]) + ")")
        groups.clear()

    for form, literal in forms:
        if literal:
            groups.setdefault(literal[0], []).append((form, literal))
        else:
            flush()
            branches.append(form)
    flush()
    return "|".join(branches)
