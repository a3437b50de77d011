"""Rules: one piece of evidence (or a conjunction) mapped to a category.

A :class:`Rule` is a frozen value object, validated when it is built, so a bad
rule fails at start-up and never in the middle of a stream. Its conditions are
ANDed; each list inside a condition is ORed::

    Rule(id="acme.quota", category="resource",
         exc_type=("acme.errors.QuotaError",), message=r"quota .* exceeded")

Default rules also carry a :class:`Stage`, the evidence tier they belong to;
user rules are always consulted before every default rule.

The default rules' message regexes are compiled on first use instead
(:func:`deferred_compiles`): the thousand of them took about 0.2 s of every
process that classifies, and most are never searched, the phrase walk finding
their words first. A test compiles every one, so a bad default pattern still
fails in CI rather than in a stream.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from errorflow.classify._phrases import _SRE_PARSER
from errorflow.classify._tables import LINUX_ERRNO, normalize_code
from errorflow.classify.model import Category, Severity, Strategy

if TYPE_CHECKING:
    from errorflow.classify.evidence import Link

__all__ = ["Rule", "Stage", "code_pattern", "deferred_compiles", "search_message", "type_pattern"]

_DEFERRED = ContextVar("errorflow_rules_deferred", default=False)


@contextmanager
def deferred_compiles() -> Iterator[None]:
    """Rules built inside compile their message regex on first use, not when built.

    For rules known to be valid (errorflow's defaults, which a test compiles): a user's rule
    must fail when its file is loaded, so rules built elsewhere compile at once.
    """
    token = _DEFERRED.set(True)
    try:
        yield
    finally:
        _DEFERRED.reset(token)


class Stage(IntEnum):
    """Evidence tiers of the default rules, strongest first; lower values are consulted first."""

    HTTP_STATUS = 10
    """A decisive HTTP status (401, 404, 429, 503, ...)."""
    ERRNO = 20
    """An OS error number."""
    DB_CODE = 30
    """A SQLSTATE or a MySQL error number."""
    SERVICE_CODE = 40
    """A gRPC status, AWS, Kafka, MongoDB or AMQP error code, or a vendor code (``ORA-00060``, ``card_declined``)."""
    CODE_PATTERN = 45
    """A pattern over a service code (``*THROTTL*``, ``*NOTFOUND*``): weaker than an exact code or status."""
    EXC_TYPE = 50
    """An exception class (or base class) whose meaning does not depend on its message."""
    MESSAGE_STRONG = 60
    """A specific message phrase (``deadlock detected``, ``no space left on device``)."""
    MESSAGE = 70
    """A general message phrase (``not found``, ``timed out``)."""
    WEAK_TYPE = 80
    """A container class whose message decides first (``OperationalError``, ``OSError``) and name patterns."""
    HTTP_FAMILY = 90
    """An HTTP status family (``4xx``, ``5xx``) when nothing more specific matched."""


_STATUS_FAMILY = re.compile(r"^([1-5])xx$", re.IGNORECASE)


def type_pattern(name: str) -> re.Pattern[str] | None:
    """Return a compiled glob for a type name containing ``*`` or ``?``, else None (exact name)."""
    if "*" not in name and "?" not in name:
        return None
    return re.compile(_glob_to_regex(name))


def code_pattern(code: str) -> str:
    """Return the comparison form of a code condition: :func:`normalize_code` for exact codes, kept globs."""
    if "*" in code or "?" in code:
        return re.sub(r"[^A-Z0-9*?]", "", code.upper())
    return normalize_code(code)


def _glob_to_regex(glob: str) -> str:
    return "".join(".*" if char == "*" else "." if char == "?" else re.escape(char) for char in glob)


def _as_tuple(value: Any) -> tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, int)):
        return (value,)
    if isinstance(value, Iterable):
        return tuple(value)
    return (value,)


@dataclass(frozen=True, slots=True)
class Rule:
    """Maps evidence about a failure to a category (and optionally severity, strategy, retryability).

    Every given condition must hold (AND); within one condition any listed
    value may match (OR). At least one condition is required.
    """

    id: str
    """Unique id, reported as ``rule_id`` of the classifications this rule decides."""
    category: Category
    """The category this rule assigns."""
    exc_type: tuple[str, ...] = ()
    """Qualified class names; match the exception's class or any base.

    ``*`` and ``?`` glob; a pattern without a dot (``*Timeout*``) matches the class name alone.
    """
    message: str | None = None
    """Regular expression searched in the message, case-insensitive."""
    http_status: tuple[int | str, ...] = ()
    """HTTP statuses (``404``) or families (``"5xx"``)."""
    errno: tuple[int | str, ...] = ()
    """errno numbers or names (``28``, ``"ENOSPC"``), Linux numbering."""
    code: tuple[str, ...] = ()
    """Library codes: SQLSTATE (``"40001"``, class glob ``"53???"``), MySQL number, gRPC/AWS/Kafka name."""
    severity: Severity | None = None
    """Pinned severity; criticality no longer shifts it, frequency still raises it."""
    strategy: Strategy | None = None
    """Strategy instead of the category's default."""
    retryable: bool | None = None
    """Retryability instead of the category's default."""
    description: str = ""
    """Why the rule exists, for the documentation and ``--explain`` style listings."""
    stage: Stage | None = None
    """Evidence tier (default rules); derived from the strongest condition when omitted."""

    _regex: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _types: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _type_globs: tuple[tuple[re.Pattern[str], bool], ...] = field(default=(), init=False, repr=False, compare=False)
    _statuses: frozenset[int] = field(default=frozenset(), init=False, repr=False, compare=False)
    _families: frozenset[int] = field(default=frozenset(), init=False, repr=False, compare=False)
    _errnos: frozenset[int] = field(default=frozenset(), init=False, repr=False, compare=False)
    _codes: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _code_globs: tuple[re.Pattern[str], ...] = field(default=(), init=False, repr=False, compare=False)
    single: bool = field(default=False, init=False, repr=False, compare=False)
    """Whether the rule has exactly one exact condition (one status, errno, code or class list, no globs)."""

    def __post_init__(self) -> None:
        _set = object.__setattr__
        if not isinstance(self.id, str) or not self.id.strip():
            raise ValueError("a rule needs a non-empty string 'id'")
        _set(self, "category", _enum(Category, self.category, "category"))
        if self.severity is not None:
            _set(self, "severity", _enum(Severity, self.severity, "severity", upper=True))
        if self.strategy is not None:
            _set(self, "strategy", _enum(Strategy, self.strategy, "strategy"))
        if self.retryable is not None and not isinstance(self.retryable, bool):
            raise ValueError(f"'retryable' must be true or false, not {self.retryable!r}")
        self._init_types()
        self._init_message()
        self._init_statuses()
        self._init_errnos()
        self._init_codes()
        if not (self.exc_type or self.message is not None or self.http_status or self.errno or self.code):
            raise ValueError("a rule needs at least one condition: exc_type, message, http_status, errno or code")
        conditions = [bool(self.exc_type), self.message is not None, bool(self.http_status), bool(self.errno)]
        conditions.append(bool(self.code))
        exact = not (self._type_globs or self._code_globs or self._families)
        _set(self, "single", sum(conditions) == 1 and self.message is None and exact)
        if self.stage is None:
            _set(self, "stage", self._derived_stage())
        else:
            _set(self, "stage", Stage(self.stage))

    def _init_types(self) -> None:
        names = _as_tuple(self.exc_type)
        if not all(isinstance(name, str) and name.strip() for name in names):
            raise ValueError(f"'exc_type' must be qualified class names, not {self.exc_type!r}")
        globs = tuple(
            (pattern, "." in name)
            for name, pattern in ((name, type_pattern(name)) for name in names)
            if pattern is not None
        )
        object.__setattr__(self, "exc_type", names)
        object.__setattr__(self, "_types", frozenset(name for name in names if type_pattern(name) is None))
        object.__setattr__(self, "_type_globs", globs)

    def _init_message(self) -> None:
        if self.message is None:
            return
        if not isinstance(self.message, str) or not self.message:
            raise ValueError(f"'message' must be a non-empty regular expression, not {self.message!r}")
        if not _DEFERRED.get():
            self._compile_message()

    def _compile_message(self) -> re.Pattern[str]:
        """Compile the message condition and keep it (two threads compiling it at once keep equal patterns)."""
        assert self.message is not None
        try:
            regex = re.compile(self.message, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"'message' is not a valid regular expression ({exc}): {self.message!r}") from exc
        object.__setattr__(self, "_regex", regex)
        return regex

    def _init_statuses(self) -> None:
        statuses: set[int] = set()
        families: set[int] = set()
        for value in _as_tuple(self.http_status):
            if isinstance(value, int) and not isinstance(value, bool) and 100 <= value <= 599:
                statuses.add(value)
                continue
            family = _STATUS_FAMILY.match(str(value)) if isinstance(value, str) else None
            if family is None:
                raise ValueError(f"'http_status' values must be 100-599 or a family like \"5xx\", not {value!r}")
            families.add(int(family.group(1)))
        object.__setattr__(self, "http_status", _as_tuple(self.http_status))
        object.__setattr__(self, "_statuses", frozenset(statuses))
        object.__setattr__(self, "_families", frozenset(families))

    def _init_errnos(self) -> None:
        numbers: set[int] = set()
        for value in _as_tuple(self.errno):
            if isinstance(value, int) and not isinstance(value, bool):
                numbers.add(value)
            elif isinstance(value, str) and value.upper() in LINUX_ERRNO:
                numbers.add(LINUX_ERRNO[value.upper()])
            else:
                raise ValueError(f"'errno' values must be numbers or Linux errno names like \"ENOSPC\", not {value!r}")
        object.__setattr__(self, "errno", _as_tuple(self.errno))
        object.__setattr__(self, "_errnos", frozenset(numbers))

    def _init_codes(self) -> None:
        exact: set[str] = set()
        globs: list[re.Pattern[str]] = []
        for value in _as_tuple(self.code):
            if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
                raise ValueError(f"'code' values must be non-empty strings, not {value!r}")
            pattern = code_pattern(str(value))
            if not pattern.strip("*?"):
                raise ValueError(f"'code' value {value!r} has nothing to compare")
            if "*" in pattern or "?" in pattern:
                globs.append(re.compile(_glob_to_regex(pattern)))
            else:
                exact.add(pattern)
        object.__setattr__(self, "code", tuple(str(value) for value in _as_tuple(self.code)))
        object.__setattr__(self, "_codes", frozenset(exact))
        object.__setattr__(self, "_code_globs", tuple(globs))

    def _derived_stage(self) -> Stage:
        if self.http_status:
            return Stage.HTTP_FAMILY if self._families and not self._statuses else Stage.HTTP_STATUS
        if self.errno:
            return Stage.ERRNO
        if self.code:
            return Stage.SERVICE_CODE
        if self.exc_type:
            return Stage.EXC_TYPE
        return Stage.MESSAGE

    @property
    def regex(self) -> re.Pattern[str] | None:
        """The compiled message condition (case-insensitive), if any; a deferred one is compiled now."""
        regex = self._regex
        if regex is None and self.message is not None:
            return self._compile_message()
        return regex

    def matches_type(self, link: Link) -> bool:
        """Whether the link's class or one of its bases satisfies the ``exc_type`` condition."""
        if not self.exc_type:
            return True
        names = (link.type, *link.bases)
        if any(name in self._types for name in names):
            return True
        for glob, qualified in self._type_globs:
            for name in names:
                if glob.fullmatch(name if qualified else name.rpartition(".")[2]):
                    return True
        return False

    def matches_code(self, link: Link) -> bool:
        """Whether one of the link's codes satisfies the ``code`` condition."""
        if not self.code:
            return True
        if any(code in self._codes for code in link.codes):
            return True
        return any(glob.fullmatch(code) for glob in self._code_globs for code in link.codes)

    def matches(self, link: Link) -> bool:  # noqa: PLR0911 - one return per condition reads best
        """Whether every condition of the rule holds for one link of a failure."""
        if self.http_status:
            status = link.status
            if status is None or (status not in self._statuses and status // 100 not in self._families):
                return False
        if self.errno and link.errno not in self._errnos:
            return False
        if self.code and not self.matches_code(link):
            return False
        if self.exc_type and not self.matches_type(link):
            return False
        regex = self._regex
        if regex is None:
            if self.message is None:
                return True
            regex = self._compile_message()
        text = link.text
        if not text.isascii():
            return regex.search(text) is not None
        copy = _lower_copy(regex)
        if copy.flags & _IGNORECASE:  # not case-free: the copy search_message reads ASCII text with
            if _CAPITAL.search(text) is not None:
                copy = _ascii_copy(regex)
        else:
            # A case-free pattern (no capitals, no range through A-Z, no inline flags): folded, it reads each ASCII
            # character's lower case only, so the lower-cased text matches as the text does, and there the copy
            # without folding matches alike; ``re`` can lead that one by its first characters (a folded search
            # enters the matcher at every position).
            text = link.lowered
        return copy.search(text) is not None


def search_message(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``regex.search(text)`` for a rule's message regex: on ASCII text through an ASCII copy (same match).

    On ASCII text without capitals (the lower-cased text the phrase checks read) through a case-sensitive copy
    where the pattern is case-free (:func:`_case_free`): ``re`` then skips to its literal prefix or first
    characters, which case folding hides from it (3-5x faster on the echo checks' patterns).
    """
    if not text.isascii():
        return regex.search(text)
    if _CAPITAL.search(text) is None:
        return _lower_copy(regex).search(text)
    return _ascii_copy(regex).search(text)


def _ascii_copy(regex: re.Pattern[str]) -> re.Pattern[str]:
    r"""The regex with ASCII classes and case folding, where it matches ASCII text as the regex does (memoised).

    A rule's message regex is case-insensitive; on ``str`` text ``re`` then folds every character it compares
    through the Unicode database, where an ASCII copy reads a table. On ASCII text the two match alike when the
    pattern names no character beyond ASCII (a non-ASCII literal, or a ``\u``, ``\U``, ``\x``, ``\N`` or
    octal escape: U+017F folds to ``s`` in Unicode only), so such a pattern keeps its regex, as does one
    ``re.ASCII`` refuses. Every rule compiles its message with the same flags, so the pattern is the key.
    """
    copy = _ASCII_COPIES.get(regex.pattern)
    if copy is None:
        copy = regex
        if regex.pattern.isascii() and _WIDE_ESCAPE.search(regex.pattern) is None:
            try:
                copy = re.compile(regex.pattern, regex.flags & ~re.UNICODE | re.ASCII)
            except (re.error, ValueError):  # an inline (?u) is incompatible with ASCII: the regex stays
                copy = regex
        if len(_ASCII_COPIES) < _MAX_ASCII_COPIES:
            _ASCII_COPIES[regex.pattern] = copy
    return copy


def _lower_copy(regex: re.Pattern[str]) -> re.Pattern[str]:
    r"""The regex without case folding, where it matches ASCII text without capitals alike (memoised).

    A case-insensitive regex compares a lower-case letter of such text with the pattern's letters folded; when
    the pattern holds no capital (nor ``\S``, ``\W``, ... spelled with one), no range reaching ``A``-``Z``
    (``[0-_]`` folds to hold ``a``-``z``) and no inline flags, folding changes nothing on such text.
    """
    copy = _LOWER_COPIES.get(regex.pattern)
    if copy is None:
        copy = _ascii_copy(regex)
        if _case_free(regex.pattern):
            try:
                copy = re.compile(regex.pattern, re.ASCII)
            except (re.error, ValueError):
                copy = _ascii_copy(regex)
        if len(_LOWER_COPIES) < _MAX_ASCII_COPIES:
            _LOWER_COPIES[regex.pattern] = copy
    return copy


def _case_free(pattern: str) -> bool:
    """Whether case folding cannot change what ``pattern`` (ASCII) matches in ASCII text without capitals."""
    if not pattern.isascii() or pattern != pattern.lower() or _WIDE_ESCAPE.search(pattern) is not None:
        return False
    try:
        parsed = _SRE_PARSER.parse(pattern, re.ASCII)
    except (re.error, ValueError, TypeError, RecursionError):
        return False
    return not parsed.state.flags & ~(re.ASCII | re.UNICODE) and _case_free_items(list(parsed))


def _case_free_items(items: list[Any]) -> bool:
    for op, value in items:
        name = str(op)
        if name == "RANGE":
            if value[0] <= ord("Z") and value[1] >= ord("A"):
                return False
            continue
        if name == "SUBPATTERN" and (value[1] or value[2]):
            return False
        children = _children(name, value)
        if children is None or not all(_case_free_items(list(child)) for child in children):
            return False
    return True


def _children(name: str, value: Any) -> list[Any] | None:  # noqa: PLR0911 - one return per kind of item
    """The parsed sequences inside one item, or None for a construct not listed (then the folding copy runs)."""
    if name in ("LITERAL", "NOT_LITERAL", "ANY", "AT", "CATEGORY", "GROUPREF", "NEGATE"):
        return []
    if name in ("IN", "ATOMIC_GROUP"):
        return [value]
    if name == "SUBPATTERN":
        return [value[3]]
    if name == "BRANCH":
        return list(value[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return [value[2]]
    if name in ("ASSERT", "ASSERT_NOT"):
        return [value[1]]
    return None


# _SRE_PARSER is the parser re compiles with (a shape it does not know makes _case_free_items answer False:
# the folding copy runs)
_CAPITAL = re.compile("[A-Z]")
_IGNORECASE = int(re.IGNORECASE)  # an int: ``flags & re.IGNORECASE`` runs the enum's Python ``__and__``
_LOWER_COPIES: dict[str, re.Pattern[str]] = {}
_ASCII_COPIES: dict[str, re.Pattern[str]] = {}
_MAX_ASCII_COPIES = 16384  # patterns of the rules in use; user rules beyond it keep their regex
_WIDE_ESCAPE = re.compile(r"\\[uUNx0-9]")  # an escape that may name a character beyond ASCII (or a group)


def _enum(enum: Any, value: Any, name: str, *, upper: bool = False) -> Any:
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        text = value.strip().upper() if upper else value.strip().lower()
        for member in enum:
            if member.value == text:
                return member
    allowed = ", ".join(member.value for member in enum)
    raise ValueError(f"unknown {name} {value!r}; expected one of: {allowed}")
