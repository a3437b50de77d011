"""The classifier: weighs the evidence of a failure, strongest first, and returns a verdict with its confidence.

Order of evaluation (first match wins; later tiers still speak as agreement or
disagreement, which sets the confidence and is kept as the evidence chain)::

    1. user rules                    on the exception itself, in the order given
    2. decisive default evidence     exact codes (SQLSTATE, MySQL, vendor, gRPC/AWS/Kafka) >
                                     errno > HTTP status (refined by its body's reason) >
                                     code patterns > exception class (or base)
    3. the cause chain               each cause, outermost first (including the
                                     exception a wrapper names in its message and
                                     "Caused by" text): user rules, then steps 2 and 4 on it
    4. message phrases               specific phrases, then general ones; a phrase that only
                                     names a setting ("timeout must be positive") is no evidence
    5. weak evidence                 the exception's own retriable flag, container
                                     classes (OperationalError, OSError, ...) and
                                     class-name patterns, on the exception then causes
    6. HTTP status family            3xx -> permanent, 4xx -> validation, 5xx -> transient
    7. nothing matched, or the       unknown (retried once, then dead-lettered)
       evidence is below the
       classifier's confidence floor

Every pattern is compiled once, when the classifier is built; default rules are
indexed by the evidence they need (dictionaries for statuses, errnos, codes
and classes, one regex for all class-name patterns, one word-start trie regex
for all message phrases), so one classification is a handful of dictionary
lookups and regex scans, whatever the number of rules.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from mypy_extensions import mypyc_attr

from errorflow.classify._literals import any_literal
from errorflow.classify._phrases import PhraseSet, necessary_words
from errorflow.classify._vendor_codes import GENERIC_CODES
from errorflow.classify.defaults import default_rules
from errorflow.classify.evidence import Link, short_name, without_reason_phrase
from errorflow.classify.fingerprint import app_frames, fingerprint, mask_ids
from errorflow.classify.model import (
    Category,
    Cause,
    Classification,
    Criticality,
    ErrorSignal,
    Evidence,
    Severity,
    Strategy,
)
from errorflow.classify.rules import Rule, Stage, search_message
from errorflow.classify.severity import SeverityPolicy

__all__ = ["DEFAULT_MIN_CONFIDENCE", "DEFAULT_STRATEGIES", "Classifier"]

# Enum members read on the hot path, as module constants: Python 3.11 reads ``Stage.X`` through a
# descriptor (about 50 ns), a global costs about 6 ns, and a classification reads some 30 of them.
_C_RESOURCE: Final = Category.RESOURCE
_C_TRANSIENT: Final = Category.TRANSIENT
_C_UNKNOWN: Final = Category.UNKNOWN
_C_VALIDATION: Final = Category.VALIDATION
_S_CODE_PATTERN: Final = Stage.CODE_PATTERN
_S_EXC_TYPE: Final = Stage.EXC_TYPE
_S_HTTP_FAMILY: Final = Stage.HTTP_FAMILY
_S_HTTP_STATUS: Final = Stage.HTTP_STATUS
_S_MESSAGE: Final = Stage.MESSAGE
_S_MESSAGE_STRONG: Final = Stage.MESSAGE_STRONG
_S_WEAK_TYPE: Final = Stage.WEAK_TYPE

DEFAULT_MIN_CONFIDENCE: Final = 0.4
"""Below this confidence the classifier answers ``unknown``: only conflicting weak evidence is that low."""

DEFAULT_STRATEGIES: Final[dict[Category, Strategy]] = {
    Category.TRANSIENT: Strategy.RETRY_WITH_BACKOFF,
    Category.RESOURCE: Strategy.WAIT_FOR_RESOURCES,
    Category.VALIDATION: Strategy.FAIL_FAST,
    Category.PERMANENT: Strategy.DEAD_LETTER,
    Category.UNKNOWN: Strategy.RETRY_ONCE,
}
"""The strategy of each category when the deciding rule does not name one (``DESIGN.md``)."""

_RETRYABLE: Final = frozenset({Category.TRANSIENT, Category.RESOURCE, Category.UNKNOWN})
# Within one stage, message phrases of these categories are tried in this order.
_CATEGORY_ORDER: Final = (
    Category.RESOURCE,
    Category.PERMANENT,
    Category.VALIDATION,
    Category.TRANSIENT,
    Category.UNKNOWN,
)
_DECISIVE: Final = (
    Stage.DB_CODE,
    Stage.SERVICE_CODE,
    Stage.ERRNO,
    Stage.HTTP_STATUS,
    Stage.CODE_PATTERN,
    Stage.EXC_TYPE,
)
_MESSAGES: Final = (Stage.MESSAGE_STRONG,)  # both message stages, in one pass
_CAUSE_STAGES: Final = _DECISIVE + _MESSAGES
# A generic wrapper says nothing of its own: even a weak class of its cause
# (a ValidationError named by tenacity's RetryError) speaks before its phrases.
_CAUSE_STAGES_OF_WRAPPER: Final = (*_CAUSE_STAGES, Stage.WEAK_TYPE)
_WRAPPERS: Final = frozenset(
    {
        "builtins.Exception", "builtins.RuntimeError", "builtins.BaseException", "tenacity.RetryError",
        "tenacity._utils.RetryError", "backoff.RetryError", "concurrent.futures.process._RemoteTraceback",
        "celery.exceptions.Retry", "builtins.ExceptionGroup", "builtins.BaseExceptionGroup",
    }
)  # fmt: skip

_RETRIABLE_RULE: Final = Rule(
    id="attr.retriable",
    category=Category.TRANSIENT,
    exc_type=("*",),
    stage=Stage.WEAK_TYPE,
    description="the exception says it is retriable (aiokafka/kafka-python KafkaError.retriable)",
)
_UNKNOWN_ID: Final = "unknown"
_MAX_CACHED_TRACEBACK: Final = 16_384  # longer tracebacks are not kept in the cache (bounded memory)
_MAX_REMEMBERED_CODES: Final = 4096  # per stage: codes whose glob rule (or none) is kept
_MAX_REMEMBERED_CODE: Final = 128  # characters of a code whose glob rule is kept
_Outcome = tuple[Category, Severity, Strategy, bool, str]


class _GlobSet:
    """Single-condition glob rules compiled into one regex; ``first`` returns the earliest rule matching a name.

    With ``remember``, what a name matched is kept (bounded): the regex's alternatives are ``.*WORD.*`` patterns tried
    one after the other, and a code's fullmatch over the service code globs cost 10-50 us (``NOTENOUGHREPLICAS``),
    where codes are a small vocabulary that repeats (session 17: the code-token reader gives codes to more links).
    """

    __slots__ = ("_regex", "_remembered", "_rules", "active", "remember")

    def __init__(self, rules: Sequence[tuple[_Facts, Sequence[str]]], *, remember: bool = False) -> None:
        self.remember = remember
        self._remembered: dict[str, _Facts | None] = {}
        self._rules: dict[str, _Facts] = {}
        alternatives: list[str] = []
        for rule, patterns in rules:
            for pattern in patterns:
                group = f"g{len(self._rules)}"
                self._rules[group] = rule
                alternatives.append(f"{pattern}(?P<{group}>)")
        self._regex = re.compile("|".join(alternatives)) if alternatives else None
        self.active = self._regex is not None

    def first(self, names: Iterable[str]) -> _Facts | None:
        if self._regex is None:
            return None
        if self.remember:
            return self._first_remembered(names)
        fullmatch = self._regex.fullmatch
        for name in names:
            found = fullmatch(name)
            if found is not None:
                return self._rules[found.lastgroup or ""]
        return None

    def _first_remembered(self, names: Iterable[str]) -> _Facts | None:
        remembered = self._remembered
        for name in names:
            if name in remembered:
                rule = remembered[name]
            else:
                found = self._regex.fullmatch(name) if self._regex is not None else None
                rule = None if found is None else self._rules[found.lastgroup or ""]
                # bounded: codes are read from the caller's text (longer names than real codes are not kept)
                if len(remembered) < _MAX_REMEMBERED_CODES and len(name) <= _MAX_REMEMBERED_CODE:
                    remembered[name] = rule
            if rule is not None:
                return rule
        return None


class _StageIndex:
    """Default rules of one stage, indexed by the evidence each needs.

    Within a stage: exact statuses, errnos and codes (in rule order), then
    code globs, then classes (the exception's own class before its bases), then
    class-name globs, then rules without an index key, then message phrases.
    """

    __slots__ = (
        "by_code",
        "by_errno",
        "by_family",
        "by_short",
        "by_status",
        "by_type",
        "code_globs",
        "general",
        "linear",
        "name_globs",
        "parts",
        "phrase_rules",
        "plans",
        "required",
        "strong",
        "unkeyed_parts",
    )

    def __init__(self, rules: Sequence[_Facts]) -> None:
        self.by_status: dict[int, list[_Facts]] = {}
        self.by_family: dict[int, list[_Facts]] = {}
        self.by_errno: dict[int, list[_Facts]] = {}
        self.by_code: dict[str, list[_Facts]] = {}
        self.by_type: dict[str, list[_Facts]] = {}
        # Rules the index cannot key, checked one by one, each behind what its class condition needs (see _needs).
        self.linear: list[tuple[_Facts, tuple[str, ...]]] = []
        # What the class lookups try, per (class, bases): see _named.
        self.plans: dict[tuple[str, tuple[str, ...]], tuple[tuple[_Facts, bool], ...]] = {}
        code_globs: list[tuple[_Facts, Sequence[str]]] = []
        name_globs: list[tuple[_Facts, Sequence[str]]] = []
        phrase_rules: list[_Facts] = []
        for facts in rules:
            rule = facts.rule
            keyed = _index_key(rule)
            if keyed == "code_glob":
                code_globs.append((facts, [glob.pattern for glob in rule._code_globs]))
            elif keyed == "name_glob":
                name_globs.append((facts, [glob.pattern for glob, _ in rule._type_globs]))
            elif keyed == "phrase":
                phrase_rules.append(facts)
            elif keyed == "linear":
                self.linear.append((facts, _needs(rule)))
            else:
                self._add_keyed(keyed, facts)
        self.by_short = _by_short_name(self.by_type)
        self.code_globs = _GlobSet(code_globs, remember=True)
        self.name_globs = _GlobSet(name_globs)
        # Phrases are ranked by stage, then category (resource, permanent,
        # validation, transient), then definition order; the best found wins.
        phrase_rules.sort(key=_phrase_rank)
        self.phrase_rules = {str(rank): facts for rank, facts in enumerate(phrase_rules)}
        strong = [(key, facts.rule) for key, facts in self.phrase_rules.items() if facts.stage is not _S_MESSAGE]
        general = [(key, facts.rule) for key, facts in self.phrase_rules.items() if facts.stage is _S_MESSAGE]
        self.strong = PhraseSet([(key, rule.message or "") for key, rule in strong]) if strong else None
        self.general = PhraseSet([(key, rule.message or "") for key, rule in general]) if general else None
        # Only the matchers this stage needs, so an empty one costs no call on the hot path.
        has_keys = bool(self.by_status or self.by_family or self.by_errno or self.by_code or self.code_globs.active)
        has_names = bool(self.by_type or self.name_globs.active or self.linear)
        # Phrases that all start with one literal ("[winerror ...") are scanned only in a message holding it.
        sets = [phrases for phrases in (self.strong, self.general) if phrases is not None]
        self.required = tuple(phrases.required for phrases in sets) if all(p.required for p in sets) else ()
        phrased = self._phrased_behind_literal if self.required else self._phrased
        self.parts: tuple[Callable[[Link], _Facts | None], ...] = tuple(
            part
            for part, used in ((self._keyed, has_keys), (self._named, has_names), (phrased, bool(phrase_rules)))
            if used
        )
        # A link without status, errno or code (most) skips the keyed lookups, which could only miss.
        self.unkeyed_parts = tuple(part for part in self.parts if part != self._keyed)

    def _add_keyed(self, keyed: str, entry: _Facts) -> None:
        rule = entry.rule
        if keyed == "status":
            for status in rule._statuses:
                self.by_status.setdefault(status, []).append(entry)
            for family in rule._families:
                self.by_family.setdefault(family, []).append(entry)
        elif keyed == "errno":
            for number in rule._errnos:
                self.by_errno.setdefault(number, []).append(entry)
        elif keyed == "code":
            for code in rule._codes:
                self.by_code.setdefault(code, []).append(entry)
        else:
            for name in rule._types:
                self.by_type.setdefault(name, []).append(entry)

    def match(self, link: Link) -> _Facts | None:
        """Return the first rule that the link satisfies."""
        parts = self.parts if link.status is not None or link.errno is not None or link.codes else self.unkeyed_parts
        for part in parts:
            rule = part(link)
            if rule is not None:
                return rule
        return None

    def _keyed(self, link: Link) -> _Facts | None:
        rule: _Facts | None = None
        if link.status is not None and (self.by_status or self.by_family):
            rule = _first_match(link, self.by_status.get(link.status, ()), self.by_family.get(link.status // 100, ()))
        if rule is None and link.errno is not None and self.by_errno:
            if self.strong is not None and "[winerror " in link.lowered:
                # A Windows error code is more exact than the errno Python derives from it: ERROR_SHARING_VIOLATION
                # (32, a file another process holds open) and ERROR_ACCESS_DENIED (5) both become EACCES.
                rule = self._phrased(link)
            if rule is None:
                rule = _first_match(link, self.by_errno.get(link.errno, ()), ())
        if rule is None and link.codes:
            for code in link.codes:
                rule = _first_match(link, self.by_code.get(code, ()), ())
                if rule is not None:
                    return rule
            rule = self.code_globs.first(link.codes)
        return rule

    def _named(self, link: Link) -> _Facts | None:
        """The first class rule the link satisfies: the plan of its class names (``_plan``), each rule checked in turn.

        Which rules the class lookups try, and which of them hold by the class alone, depend on the class and its
        bases only: worked out once per (class, bases), the call checks the message conditions of the few rules left.
        """
        key = (link.type, link.bases)
        plan = self.plans.get(key)
        if plan is None:
            plan = self._plan(link.type, link.bases)
            # bounded: classes are the caller's strings (longer names than real ones are not kept)
            if len(self.plans) < _MAX_PLANS and len(link.type) + sum(map(len, link.bases)) <= _MAX_PLANNED_NAMES:
                self.plans[key] = plan
        for facts, final in plan:
            if final or facts.holds(link):
                return facts
        return None

    def _plan(self, exc_type: str, bases: tuple[str, ...]) -> tuple[tuple[_Facts, bool], ...]:
        """The rules the class lookups try for these names, in order, each with whether its class alone decides.

        In order: rules keyed by the class, then by each base (a class-only rule holds by its key); the unambiguous
        short name of a class named in text ("raised ReadTimeout"); the first class-name glob; the rules checked one
        by one whose class condition the names may meet (see ``_needs``). The plan ends at the first rule that holds
        by the names alone.
        """
        plan: list[tuple[_Facts, bool]] = []
        names = (exc_type, *bases)
        if self.by_type:
            for name in names:
                for rule in self.by_type.get(name, ()):
                    plan.append((rule, rule.single))
                    if rule.single:
                        return tuple(plan)
            if "." not in exc_type:  # a cause named in text ("raised ReadTimeout"): its unambiguous short name
                short = self.by_short.get(exc_type)
                if short is not None:
                    plan.append((short, True))
                    return tuple(plan)
        if self.name_globs.active:
            found = self.name_globs.first(short_name(name) for name in names)
            if found is not None:
                plan.append((found, True))
                return tuple(plan)
        for rule, needs in self.linear:
            if needs and not _names_hold(names, needs):
                continue  # none of the class names holds what the rule's class condition needs
            plan.append((rule, False))
        return tuple(plan)

    def found(self, link: Link) -> list[_Facts]:
        """Every specific phrase rule found in the message, best ranked first (for weighing, not deciding)."""
        if self.strong is None:
            return []
        rules = self.phrase_rules
        keys = self.strong.scan(link.phrased)
        if not keys:
            return []  # most messages: no set and no sort
        found = [rules[keys[0]]] if len(keys) == 1 else [rules[key] for key in sorted(set(keys), key=int)]
        if any(rule.category is _C_TRANSIENT for rule in found) and _names_a_setting(link):
            found = [rule for rule in found if rule.category is not _C_TRANSIENT]
        return found

    def _phrased_behind_literal(self, link: Link) -> _Facts | None:
        """``_phrased``, where the message holds the literal every phrase of the stage starts with."""
        phrased = link.phrased
        for required in self.required:
            if required in phrased:
                return self._phrased(link)
        return None

    def _phrased(self, link: Link) -> _Facts | None:
        rules = self.phrase_rules
        for phrases in (self.strong, self.general):
            if phrases is not None:
                found = phrases.scan(link.phrased)
                if found:
                    rule = rules[min(found, key=int)]
                    if rule.category is not _C_TRANSIENT or not _names_a_setting(link):
                        return rule
                    # "timeout must be positive": the phrase names a setting, not a failure.
                    others = [key for key in found if rules[key].category is not _C_TRANSIENT]
                    if others:
                        return rules[min(others, key=int)]
        return None


# A retry-ish word used as the name of a setting or argument, with what is wrong about it.
_SETTING_WORDS: Final = (
    r"(?:connect_|read_|write_|pool_|request_|socket_|statement_|lock_|idle_)?(?:timeout|backoff|retry|retries|"
    r"max_retries|deadline|delay|interval|ttl|keepalive|heartbeat|rate[ _]?limit)(?:[ _](?:value|parameter|argument|"
    r"setting|option|factor|seconds|ms|config(?:uration)?|period|policy))?s?"
)
_NAMES_A_SETTING: Final = re.compile(
    "|".join(
        (
            rf"\b(?:invalid|negative|bad|illegal|unknown|unsupported|wrong|non-numeric) (?:value (?:for|of) )?"
            rf"(?:the )?['\"`]?{_SETTING_WORDS}\b",
            rf"\b['\"`]?{_SETTING_WORDS}['\"`]? (?:must|should|cannot|can't|has to|needs to|may not|"
            r"is not (?:a )?valid|is invalid|expects|expected|of type|argument|"
            r"(?:is|was) (?:too (?:large|small|long|big|short)|negative|out of range|"
            r"not (?:a )?(?:number|positive|valid)))\b",
            rf"\b{_SETTING_WORDS}\b[^.;]{{0,60}}\b(?:must|should) (?:be|not)\b",
            rf"\b(?:expected|must be|should be) .{{0,40}}\b(?:for|as) (?:the )?['\"`]?{_SETTING_WORDS}\b",
        )
    )
)
# One of these occurs in every match of _NAMES_A_SETTING (each alternative holds _SETTING_WORDS).
_SETTING_CORES: Final = (
    "timeout", "backoff", "retr", "deadline", "delay", "interval", "ttl", "keepalive", "heartbeat", "rate",
)  # fmt: skip
_CONFIG_NAMES: Final = re.compile(
    r"Value|Type|Config|Argument|Setting|Validation|Schema|Usage|Option|Overflow", re.IGNORECASE
)
# Whether a class or one of its bases is named like a configuration or argument error, by (class, bases).
_CONFIG_CLASSES: Final[dict[tuple[str, tuple[str, ...]], bool]] = {}
_MAX_CONFIG_CLASSES: Final = 4096


def _names_a_setting(link: Link) -> bool:
    """Whether a configuration or argument error only names a timeout/backoff setting ("timeout must be positive")."""
    # Cheapest test first: the class names (once per class), then the words every alternative of the
    # regex needs (it has no literal prefix, so ``re`` enters it at every position of the message).
    key = (link.type, link.bases)
    configured = _CONFIG_CLASSES.get(key)
    if configured is None:
        configured = any(_CONFIG_NAMES.search(short_name(name)) for name in (link.type, *link.bases))
        # bounded: classes are the caller's strings (longer names than real ones are not kept)
        if len(_CONFIG_CLASSES) < _MAX_CONFIG_CLASSES and len(link.type) + sum(map(len, link.bases)) <= 4096:
            _CONFIG_CLASSES[key] = configured
    if not configured:
        return False
    lowered = link.lowered
    if not any(word in lowered for word in _SETTING_CORES):
        return False
    return _NAMES_A_SETTING.search(lowered) is not None


def _needs(rule: Rule) -> tuple[str, ...]:
    """Substrings one of which a link's class or base names must hold for the rule's class condition, or () for any.

    Each of the rule's ``exc_type`` entries holds when a name equals it or its glob matches a name (or the name's last
    part): either way the name holds the entry's longest run of characters between ``*`` and ``?``. A rule without a
    class condition, or with an entry that is all wildcards, gets () and is checked whatever the names.
    """
    literals = tuple(max(re.split(r"[*?]", name), key=len) for name in rule.exc_type)
    return literals if literals and all(literals) else ()


def _names_hold(names: tuple[str, ...], needs: tuple[str, ...]) -> bool:
    """Whether a class or base name holds one of ``needs`` (a necessary condition of ``exc_type``)."""
    for literal in needs:
        for name in names:
            if literal in name:
                return True
    return False


_MAX_PLANS: Final = 4096  # per stage
_MAX_PLANNED_NAMES: Final = 4096  # characters of a class and its bases whose plan is kept


def _by_short_name(by_type: dict[str, list[_Facts]]) -> dict[str, _Facts]:
    """Class rules by short class name, for names every library that defines them agrees on."""
    candidates: dict[str, list[_Facts]] = {}
    for name, rules in by_type.items():
        for rule in rules:
            if rule.bare:
                candidates.setdefault(short_name(name), []).append(rule)
    return {
        short: rules[0]
        for short, rules in candidates.items()
        if len({rule.category for rule in rules}) == 1 and short not in _AMBIGUOUS_SHORT_NAMES
    }


_AMBIGUOUS_SHORT_NAMES: Final = frozenset(
    {"Error", "Exception", "TimeoutError", "ConnectionError", "NotFound", "Forbidden"}
)


def _first_match(link: Link, first: Sequence[_Facts], second: Sequence[_Facts]) -> _Facts | None:
    candidates = sorted((*first, *second), key=_ordinal) if second else first
    for rule in candidates:
        if rule.single or rule.holds(link):  # a single-condition rule found by its key needs no check
            return rule
    return None


def _ordinal(item: _Facts) -> int:
    return item.ordinal


def _phrase_rank(rule: _Facts) -> tuple[int, int]:
    return (int(rule.stage), _CATEGORY_ORDER.index(rule.category))


def _index_key(rule: Rule) -> str:  # noqa: PLR0911 - one return per way of indexing reads best
    """Return how a rule is indexed: by its strongest exact key, as a pure glob, as a phrase, or not at all."""
    if rule.http_status:
        return "status"
    if rule.errno:
        return "errno"
    others = rule.message is not None
    if rule.code:
        if not rule._code_globs:
            return "code"
        return "code_glob" if not (rule._codes or rule.exc_type or others) else "linear"
    if rule.exc_type:
        if not rule._type_globs:
            return "type"
        pure = not (rule._types or others) and all(not qualified for _, qualified in rule._type_globs)
        return "name_glob" if pure else "linear"
    if rule.message is not None and rule.message == rule.message.lower():
        return "phrase"  # a lower-case default phrase joins the stage's phrase set
    return "linear"


class _Index:
    """All default stages, built once per distinct set of default rules."""

    __slots__ = ("capacity", "decisive", "decisive_unkeyed", "messages", "stages", "strong")

    def __init__(self, rules: Sequence[Rule]) -> None:
        grouped: dict[Stage, list[_Facts]] = {stage: [] for stage in Stage}
        for ordinal, rule in enumerate(rules):
            facts = _Facts(rule, ordinal)
            grouped[facts.stage].append(facts)
        self.stages = {stage: _StageIndex(members) for stage, members in grouped.items()}
        # Both message stages are scanned in one pass; the rank keeps strong phrases first.
        self.messages = _StageIndex(grouped[_S_MESSAGE_STRONG] + grouped[_S_MESSAGE])
        self.strong = self.stages[_S_MESSAGE_STRONG]
        # The few phrases most decisions can be refined by (capacity, process state): a small, fast scan.
        self.capacity = _StageIndex(
            [facts for facts in grouped[_S_MESSAGE_STRONG] if facts.category is _C_RESOURCE or facts.id in _OVERRIDING]
        )
        # The decisive stages' matchers in order, flattened: the hot path is one loop.
        self.decisive = tuple(part for stage in _DECISIVE for part in self.stages[stage].parts)
        self.decisive_unkeyed = tuple(part for stage in _DECISIVE for part in self.stages[stage].unkeyed_parts)

    def match(self, link: Link, stages: Iterable[Stage]) -> _Facts | None:
        for stage in stages:
            rule = self.messages.match(link) if stage is _S_MESSAGE_STRONG else self.stages[stage].match(link)
            if rule is not None:
                return rule
        return None

    def match_decisive(self, link: Link) -> _Facts | None:
        """Steps 2.1 to 2.5: status, errno, database code, service code, class."""
        keyed = link.status is not None or link.errno is not None or link.codes
        for part in self.decisive if keyed else self.decisive_unkeyed:
            rule = part(link)
            if rule is not None:
                return rule
        return None


@lru_cache(maxsize=8)
def _index(excluded: frozenset[str]) -> _Index:
    return _Index([rule for rule in default_rules() if rule.id not in excluded])


@mypyc_attr(allow_interpreted_subclasses=True)  # compiled by mypyc (setup.py), still a class users may extend
class Classifier:
    """Classifies failures into category, severity, strategy, retryability and fingerprint.

    Built once at start-up (bad rules fail here, never mid-stream) and then
    shared: ``classify`` is thread-safe and does no I/O.

    Args:
        rules: User rules, consulted before every default rule, in this order.
            A user rule with the id of a default rule replaces it.
        include_defaults: Whether errorflow's default rules apply after the user rules.
        disable: Ids of default rules to switch off.
        severity_policy: How severity is derived (defaults to the documented table).
        cache_size: How many distinct signals keep their verdict (0 disables the cache).
            The same failures recur in real streams with different ids: the cache key is
            the whole signal with the message's ids zeroed (:func:`mask_ids`) and only the
            traceback's application frames, which the rules and the fingerprint answer
            alike, so a cached verdict is exactly the one they would give.
        min_confidence: Verdicts whose confidence is below this floor are reported as
            ``unknown`` (the evidence chain keeps what the rules would have said):
            a wrong category costs more than ``unknown``.
    """

    def __init__(
        self,
        rules: Iterable[Rule] = (),
        *,
        include_defaults: bool = True,
        disable: Iterable[str] = (),
        severity_policy: SeverityPolicy | None = None,
        cache_size: int = 4096,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    ) -> None:
        user = tuple(rules)
        seen: set[str] = set()
        for rule in user:
            if not isinstance(rule, Rule):
                raise TypeError(f"rules must be Rule objects, not {type(rule).__name__}")
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r}")
            seen.add(rule.id)
        disabled = frozenset(disable)
        default_ids = {rule.id for rule in default_rules()}
        unknown = sorted(disabled - default_ids)
        if unknown:
            raise ValueError(f"cannot disable unknown default rule(s): {', '.join(unknown)}")
        self._user = user
        self._include_defaults = include_defaults
        self._disabled = disabled
        self._index = _index(disabled | (seen & default_ids)) if include_defaults else None
        self._policy = severity_policy or SeverityPolicy()
        self._cache_size = max(0, int(cache_size))
        if not 0.0 <= float(min_confidence) <= 1.0:
            raise ValueError(f"min_confidence must be within [0, 1], not {min_confidence!r}")
        self._min_confidence = float(min_confidence)
        self._cache: dict[tuple[Any, ...], _Cached] = {}
        # The verdict of a rule for a criticality never changes: computed once.
        self._outcomes: dict[str, dict[str, _Outcome]] = {}  # by criticality, then by rule id
        self._escalate_from = self._policy.escalate_at[0] if self._policy.escalate_at else 1 << 62

    @classmethod
    def default(cls, *, cache_size: int = 4096) -> Classifier:
        """Return a classifier with only the default rules (their patterns are compiled once per process)."""
        return cls(cache_size=cache_size)

    @classmethod
    def from_settings(
        cls, settings: Any = None, *, rules_file: Path | str | None = None, cache_size: int = 4096
    ) -> Classifier:
        """Return a classifier with the user rules of a TOML or YAML file over the defaults.

        Args:
            settings: An object with a ``rules_file`` attribute (errorflow's ``Settings``); optional.
            rules_file: The rules file; takes precedence over ``settings.rules_file``. None: defaults only.
            cache_size: See :class:`Classifier`.

        Raises:
            RulesFileError: The file cannot be read or a rule in it is invalid.
        """
        path = rules_file if rules_file is not None else getattr(settings, "rules_file", None)
        if path is None:
            return cls(cache_size=cache_size)
        from errorflow.classify.config import load_rules_file

        loaded = load_rules_file(Path(path))
        return cls(
            loaded.rules,
            include_defaults=loaded.include_defaults,
            disable=loaded.disable,
            cache_size=cache_size,
        )

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule in effect: user rules first, then the default rules still enabled."""
        if self._index is None:
            return self._user
        replaced = self._disabled | {rule.id for rule in self._user}
        return self._user + tuple(rule for rule in default_rules() if rule.id not in replaced)

    @property
    def severity_policy(self) -> SeverityPolicy:
        """The severity policy in use."""
        return self._policy

    def classify(self, signal: ErrorSignal, *, recent_count: int = 0) -> Classification:
        """Classify one failure.

        Args:
            signal: The failure.
            recent_count: How often this failure repeated recently (this one included), as
                counted by the caller; repeated failures raise severity. The pipeline's
                agents pass none: a stored verdict is a function of the event alone.
        """
        fields = _fields(signal)
        exc_type, message, http_status, errno, code, bases, causes, retriable, traceback, criticality = fields
        if not self._cache_size or (traceback is not None and len(traceback) > _MAX_CACHED_TRACEBACK):
            return self._verdict(
                self._decided(fields), criticality, fingerprint(exc_type, message, traceback), recent_count
            )
        # The key is the message with its ids zeroed (mask_ids: the fingerprint and the
        # rules give the same answer either way) and the traceback's application frames
        # (the only part of it the fingerprint reads; the rules do not read it).
        key = (
            exc_type,
            mask_ids(message),
            http_status,
            errno,
            code,
            bases,
            causes,
            retriable,
            app_frames(traceback) if traceback else None,
            criticality,
        )
        cached = self._cache.get(key)
        if cached is None:
            decision = self._decided(fields)
            print_ = fingerprint(exc_type, message, traceback)
            cached = _Cached(decision, print_, self._verdict(decision, criticality, print_, 0))
            if len(self._cache) >= self._cache_size:
                try:
                    del self._cache[next(iter(self._cache))]
                except (KeyError, StopIteration, RuntimeError):  # another thread evicted first
                    pass
            self._cache[key] = cached
        if recent_count < self._escalate_from:
            return cached.verdict  # verdicts are immutable: one object serves every hit
        return self._verdict(cached.decision, criticality, cached.fingerprint, recent_count)

    def explain(self, signal: ErrorSignal) -> Rule | None:
        """Return the rule that decides a failure, or None when it is unknown (for rule authors)."""
        return self._decided(_fields(signal)).rule

    @property
    def min_confidence(self) -> float:
        """Verdicts whose confidence is below this floor are reported as ``unknown``."""
        return self._min_confidence

    def _verdict(self, decision: _Decision, criticality: Criticality, print_: str, recent_count: int) -> Classification:
        rule = decision.rule
        rule_id = rule.id if rule is not None else _UNKNOWN_ID
        # by criticality, then by rule: two lookups of strings, whose hashes are kept, where a (rule, criticality)
        # key was a tuple built, hashed and compared on every call
        outcomes = self._outcomes.get(criticality)
        if outcomes is None:
            outcomes = {}
            self._outcomes[criticality] = outcomes
        outcome = outcomes.get(rule_id)
        if outcome is None:
            outcome = self._outcome(rule, criticality)
            outcomes[rule_id] = outcome
        category, severity, strategy, retryable, rule_id = outcome
        if recent_count >= self._escalate_from:
            pinned = rule.severity if rule is not None else None
            severity = self._policy.severity(category, criticality, recent_count=recent_count, pinned=pinned)
        new = _NEW_SLOTTED
        if new is not None:  # the fields in the order CPython stores the slots (by name; see _new_slotted)
            verdict: Classification = new(
                Classification, category, decision.confidence, decision.evidence, print_, retryable, rule_id, severity,
                strategy,
            )  # fmt: skip
            return verdict
        # Positional: the field order of Classification (keyword matching costs more than the work).
        return Classification(
            category, severity, strategy, retryable, rule_id, print_, decision.confidence, decision.evidence
        )

    def _outcome(self, rule: Rule | None, criticality: Criticality) -> _Outcome:
        if rule is None:
            category = _C_UNKNOWN
            severity = self._policy.severity(category, criticality)
            return category, severity, DEFAULT_STRATEGIES[category], True, _UNKNOWN_ID
        category = rule.category
        return (
            category,
            self._policy.severity(category, criticality, pinned=rule.severity),
            rule.strategy or DEFAULT_STRATEGIES[category],
            rule.retryable if rule.retryable is not None else category in _RETRYABLE,
            rule.id,
        )

    def _decide(self, signal: ErrorSignal) -> _Decision:
        return self._decided(_fields(signal))

    def _decided(self, fields: _Fields) -> _Decision:
        decision = self._weigh_all(fields)
        if decision.rule is not None and decision.confidence < self._min_confidence:
            note = Evidence("confidence", _C_UNKNOWN, "floor", f"below {self._min_confidence:g}")
            return _Decision(None, decision.confidence, (*decision.evidence, note))
        return decision

    def _weigh_all(self, fields: _Fields) -> _Decision:
        exc_type, message, http_status, errno, code, bases, causes, retriable, _, _ = fields
        link = Link(exc_type, message, bases=bases, http_status=http_status, errno=errno, code=code)
        index = self._index
        rule = self._user_rule(link)
        if rule is not None:
            return _Decision(rule, 1.0, (_evidence(rule.id, rule.category, "user", "decided"),))
        if index is not None:
            decisive = index.match_decisive(link)
            if decisive is not None:
                return _weigh(index, decisive, link, _HERE)
        links = _cause_links(link, causes)
        decision = self._from_causes(
            index, links, _CAUSE_STAGES_OF_WRAPPER if link.type in _WRAPPERS else _CAUSE_STAGES
        )
        if decision is not None or index is None:
            return decision or _NO_DECISION
        return _weaker(index, link, links, retriable)

    def _from_causes(self, index: _Index | None, causes: list[Link], stages: tuple[Stage, ...]) -> _Decision | None:
        """User rules, decisive evidence and phrases of each cause, outermost first."""
        for position, cause in enumerate(causes, start=1):
            where = f"cause {position}: {cause.type}"
            rule = self._user_rule(cause)
            if rule is not None:
                return _Decision(rule, _CAUSE_SCALE, (_evidence(rule.id, rule.category, "user", "decided", where),))
            if index is not None:
                facts = index.match(cause, stages)
                if facts is not None:
                    return _weigh(index, facts, cause, where, scale=_CAUSE_SCALE)
        return None

    def _user_rule(self, link: Link) -> Rule | None:
        for rule in self._user:
            if rule.matches(link):
                return rule
        return None


def _weaker(index: _Index, link: Link, causes: list[Link], retriable: bool | None) -> _Decision:
    """Message phrases, then the retriable flag, then weak classes, then HTTP families."""
    phrase = index.match(link, _MESSAGES)
    if phrase is not None:
        return _weigh(index, phrase, link, _HERE)
    if retriable is True:
        flag = _evidence(_RETRIABLE_RULE.id, _RETRIABLE_RULE.category, "flag", "decided")
        return _Decision(_RETRIABLE_RULE, _TIER_WEIGHT[_S_MESSAGE], (flag,))
    for stage in (_S_WEAK_TYPE, _S_HTTP_FAMILY):
        for position, candidate in enumerate((link, *causes)):
            facts = index.match(candidate, (stage,))
            if facts is not None:
                where = f"cause {position}: {candidate.type}" if position else _HERE
                return _weigh(index, facts, candidate, where, scale=_CAUSE_SCALE if position else 1.0)
    return _NO_DECISION


def _evidence(rule_id: str, category: Category, tier: str, role: str, where: str = "exception") -> Evidence:
    """The evidence item with these fields, built once: items are immutable and the same few recur on every call."""
    key = (rule_id, category, tier, role, where)  # user rules of two classifiers may share an id
    item = _EVIDENCE.get(key)
    if item is None:
        item = Evidence(rule_id, category, tier, role, where)
        if len(_EVIDENCE) < _MAX_EVIDENCE:  # bounded: ``where`` names cause classes, which streams can vary
            _EVIDENCE[key] = item
    return item


_EVIDENCE: Final[dict[tuple[str, Category, str, str, str], Evidence]] = {}
_MAX_EVIDENCE: Final = 8192


# An ErrorSignal's fields as the classifier reads them, in this order (the cache key's).
_Fields = tuple[
    str,  # exc_type
    str,  # message
    int | None,  # http_status
    int | None,  # errno
    str | None,  # code
    tuple[str, ...],  # bases
    tuple[Cause, ...],  # causes
    bool | None,  # retriable
    str | None,  # traceback
    Criticality,
]
# The fields of ErrorSignal by name, the order CPython stores its slots in (_cfingerprint.slot_names).
_SIGNAL_SLOTS: Final = (
    "bases",
    "causes",
    "code",
    "criticality",
    "errno",
    "exc_type",
    "http_status",
    "message",
    "retriable",
    "traceback",
)


def _fields(signal: ErrorSignal) -> _Fields:
    """The signal's fields the classifier reads (:data:`_Fields`): from its slots in one C call where that is exact.

    From compiled code each read of a field by name is CPython's generic attribute lookup (some 160 instructions;
    ten a call). ``_cfingerprint.slot_values`` reads an instance's slots directly: used for an instance of exactly
    ``ErrorSignal`` (a subclass may define properties or slots of its own) where :func:`_slot_values` found its slots
    to be its fields; otherwise each field is read by name.
    """
    read = _SLOT_VALUES
    if read is not None and type(signal) is _ERROR_SIGNAL:
        bases, causes, code, criticality, errno, exc_type, http_status, message, retriable, traceback = read(signal)
        return exc_type, message, http_status, errno, code, bases, causes, retriable, traceback, criticality
    return (
        signal.exc_type,
        signal.message,
        signal.http_status,
        signal.errno,
        signal.code,
        signal.bases,
        signal.causes,
        signal.retriable,
        signal.traceback,
        signal.criticality,
    )


def _slot_values() -> Callable[[ErrorSignal], tuple[Any, ...]] | None:
    """``_cfingerprint.slot_values``, where ErrorSignal's slots are its fields in :data:`_SIGNAL_SLOTS`, else None.

    An attribute read by name finds the slot's member descriptor only where nothing else answers first: the class
    must not define ``__getattribute__`` or ``__getattr__``, and each field's class attribute must be its slot.
    """
    read = _slotted_function("slot_values", ErrorSignal, _SIGNAL_SLOTS)
    if read is None:  # no compiler at install, or a build older than the function: the fields are read by name
        return None
    if ErrorSignal.__getattribute__ is not object.__getattribute__ or hasattr(ErrorSignal, "__getattr__"):
        return None
    if any(type(ErrorSignal.__dict__.get(name)).__name__ != "member_descriptor" for name in _SIGNAL_SLOTS):
        return None
    found: Callable[[ErrorSignal], tuple[Any, ...]] = read
    return found


def _slotted_function(name: str, cls: type, order: tuple[str, ...]) -> Any:
    """The extension's function ``name``, where ``cls``'s slots are its dataclass fields in ``order``; else None."""
    try:
        from errorflow.classify import _cfingerprint
    except ImportError:  # no compiler at install
        return None
    names = getattr(_cfingerprint, "slot_names", None)
    function = getattr(_cfingerprint, name, None)
    if names is None or function is None:  # a build older than the function
        return None
    fields = sorted(field.name for field in dataclasses.fields(cls))
    if names(cls) != order or fields != list(order):
        return None
    return function


_SLOT_VALUES: Final = _slot_values()
_ERROR_SIGNAL: Final = ErrorSignal  # compiled, a Final is a C static; an imported name is a lookup in the module's dict

# The fields of Classification by name, the order CPython stores a class's slots in (_cfingerprint.slot_names).
_SLOT_ORDER: Final = (
    "category",
    "confidence",
    "evidence",
    "fingerprint",
    "retryable",
    "rule_id",
    "severity",
    "strategy",
)


def _new_slotted() -> Callable[..., Classification] | None:
    """``_cfingerprint.new_slotted``, where it builds exactly what ``Classification(...)`` builds, else None.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (about 0.5 µs for the eight);
    the C function stores the eight values into a new instance's slots directly. It is used only when the slots are
    the dataclass's fields, in :data:`_SLOT_ORDER`, and ``__init__`` does nothing else (no ``__post_init__``).
    """
    new = _slotted_function("new_slotted", Classification, _SLOT_ORDER)
    if new is None:  # no compiler at install, or a build older than the function: the dataclass's __init__ runs
        return None
    if hasattr(Classification, "__post_init__"):
        return None
    built: Callable[..., Classification] = new
    return built


_NEW_SLOTTED: Final = _new_slotted()


class _Decision:
    """The deciding rule (None: unknown), the confidence in it and the evidence chain behind it."""

    __slots__ = ("confidence", "evidence", "rule")

    def __init__(self, rule: Rule | None, confidence: float, evidence: tuple[Evidence, ...]) -> None:
        self.rule = rule
        if rule is None:
            self.confidence = 0.0
        else:  # round() costs more than the rest of a decision; the few weights and scales recur
            rounded = _ROUNDED.get(confidence)
            if rounded is None:
                rounded = round(confidence, 2)
                if confidence > 0 and len(_ROUNDED) < _MAX_ROUNDED:
                    _ROUNDED[confidence] = rounded
            self.confidence = rounded
        self.evidence = evidence


class _Cached:
    """A cached decision, its fingerprint and its verdict (a class: compiled, a tuple is unpacked on every hit)."""

    __slots__ = ("decision", "fingerprint", "verdict")

    def __init__(self, decision: _Decision, fingerprint: str, verdict: Classification) -> None:
        self.decision = decision
        self.fingerprint = fingerprint
        self.verdict = verdict


_ROUNDED: Final[dict[float, float]] = {}
_MAX_ROUNDED: Final = 4096


_NO_DECISION: Final = _Decision(None, 0.0, ())
_CAUSE_SCALE: Final = 0.95  # evidence read on a cause is a step removed from the failure itself

# How strongly one tier of evidence alone supports a category.
_TIER_WEIGHT: Final[dict[Stage, float]] = {
    Stage.DB_CODE: 0.95,
    Stage.SERVICE_CODE: 0.92,
    Stage.ERRNO: 0.92,
    Stage.HTTP_STATUS: 0.9,
    Stage.CODE_PATTERN: 0.75,
    Stage.EXC_TYPE: 0.9,
    Stage.MESSAGE_STRONG: 0.8,
    Stage.MESSAGE: 0.6,
    Stage.WEAK_TYPE: 0.55,
    Stage.HTTP_FAMILY: 0.5,
}
_NAME_PATTERN_WEIGHT: Final = 0.45  # a class-name pattern (*Timeout*) guesses from a word in a name
_AGREE_BONUS: Final = 0.06
_DISAGREE_PENALTY: Final = 0.2
# Conflicts the evidence cannot settle; weighed below the confidence floor, so the verdict is unknown:
# * a general phrase ("invalid", "not found", "retry") against the family of the HTTP status the
#   failure carries (a 5xx whose body says "invalid"): one weak word against how the server answered;
# * a validation class (ValueError, a schema error, a 400 class) whose message says the environment
#   is at fault (configuration, credentials, something missing, unsupported): bad input or bad setup?
_CONFLICT_WEIGHT: Final = 0.35
# * a general phrase alone on a generic wrapper (Exception("something invalid")): nothing else speaks.
_LONE_WORD_WEIGHT: Final = 0.35
_FAMILIES: Final = {3: Category.PERMANENT, 4: Category.VALIDATION, 5: Category.TRANSIENT}
# The phrases that spell a generic code's own name ("RESOURCE_EXHAUSTED", "FORBIDDEN", "validation").
_CODE_ECHOES: Final = frozenset(
    {"message.exhausted", "message.access_denied", "message.schema", "message.quota_exhausted"}
)
# What a transient status, code or class cannot retry away (each reads as one, and fails the same way on every retry):
_SETUP = frozenset(
    {
        # TLS verification, and hosts that do not exist (also in infrastructure tools' words, NXDOMAIN);
        "message.tls_certificate", "message.dns_nonexistent", "message.dns_nxdomain",
        # a GPU host that cannot run the work (a driver older than the CUDA runtime, a kernel image missing for the
        # device, a compute capability below what the dtype needs): a model server's gRPC INTERNAL around "CUDA
        # driver version is insufficient";
        "message.gpu_environment", "message.gpu_compute_capability",
        # a TLS protocol or cipher the peers do not share, spelt as OpenSSL's reason code (gRPC UNAVAILABLE around
        # "OPENSSL_internal:WRONG_VERSION_NUMBER": TLS spoken to a plaintext port), and a server whose listening
        # socket cannot bind (a port another process holds).
        "message.tls_reason_code", "message.server_cannot_bind",
    }
)  # fmt: skip
# ... and twisted's listening or local socket that cannot bind ("Couldn't listen on any:8080: [Errno 98] ...")
_SETUP = _SETUP | {"message.twisted_cannot_bind"}
# The phrases that spell the response's status written into its body (a problem document's or Spring's "status":
# 403): behind the status itself, an echo like its reason phrase, which does not vote.
_STATUS_ECHOES: Final = frozenset(
    f"message.tpl_{name}"
    for name in (
        "problem_status_invalid", "problem_status_refused", "problem_status_busy", "envelope_status_missing",
        "envelope_status_invalid",
    )
)  # fmt: skip
_SETUP_BEHIND_STATUS: Final = _SETUP | {"message.access_denied", "message.unsupported"}
_SETUP_STAGES: Final = frozenset({Stage.EXC_TYPE, Stage.HTTP_STATUS, Stage.DB_CODE, Stage.SERVICE_CODE, Stage.ERRNO})
_STATUS_CLASSES: Final = frozenset({"type.validation.http"})  # BadRequest, BadRequestError, InvalidArgument, ...
# Classes that stand for a generic status (gRPC FAILED_PRECONDITION: "the system is not in a state required for
# the operation"), said of a missing index, a non-empty directory and a NOT NULL violation alike: like a generic
# code, any specific reason in the message refines them, and so it does the HTTP status the client library
# derived from that code (google-api-core gives RESOURCE_EXHAUSTED 429, said of a quota and of a message larger
# than the channel's maximum alike).
_GENERIC_CLASSES: Final = frozenset(
    {"google.api_core.exceptions.FailedPrecondition", "google.api_core.exceptions.ResourceExhausted"}
)
# The words that spell such a class's own status in its message ("429 Resource exhausted. Please try again later."
# on google-api-core's ResourceExhausted: the gRPC status's name, which api-core and Vertex print as the message):
# like a generic code's name, an echo that does not vote. The phrase rule it would match still votes when the
# message says more in its words ("insufficient resources"): only the echo is taken out before the rule is asked.
_CLASS_ECHOES: Final[dict[str, tuple[str, re.Pattern[str]]]] = {
    "google.api_core.exceptions.ResourceExhausted": (
        "message.exhausted",
        re.compile(r"\bresources?(?: has been | is | was | |_)exhausted\b"),
    ),
}
_NOT_THE_INPUT: Final = frozenset(
    {
        "message.config", "message.access_denied", "message.tls_certificate", "message.missing_dependency",
        "message.dns_nonexistent", "message.not_found_db", "message.unsupported", "message.gpu_environment",
    }
)  # fmt: skip

# Statuses whose body's reason may be more specific than the status itself:
# a 403 that is throttling, a 429 whose datastore is out of disk, a 403 quota.
_NOTHING: Final[frozenset[Category]] = frozenset()
_CAPACITY: Final = frozenset({Category.RESOURCE})
_ANY: Final = frozenset(Category)
_REFINABLE_BY: Final[dict[int, frozenset[Category]]] = {
    400: frozenset({Category.RESOURCE, Category.TRANSIENT, Category.PERMANENT}),
    402: frozenset({Category.RESOURCE, Category.VALIDATION, Category.TRANSIENT}),  # a decline; credits; "try again"
    # a 422 is a 400 by another name (the request was not processed): its reason refines it as a 400's does
    422: frozenset({Category.RESOURCE, Category.TRANSIENT, Category.PERMANENT}),
    403: frozenset({Category.RESOURCE, Category.TRANSIENT}),
    409: frozenset({Category.RESOURCE, Category.TRANSIENT}),
    401: _NOTHING,
    404: _NOTHING,
    405: _NOTHING,
    501: _NOTHING,
}
# Statuses each vendor defines for itself: 402 Payment Required is a declined card (Stripe), used-up credits
# (Anthropic, Hugging Face), a plan's quota (Airtable) or a shop frozen for non-payment (Shopify). With no reason in
# the body that says which, the status alone weighs below the confidence floor: unknown, not a guess.
_VENDOR_DEFINED_STATUSES: Final = frozenset({402})
_STRUCTURED: Final = frozenset({Stage.DB_CODE, Stage.SERVICE_CODE, Stage.ERRNO})
_CAPACITY_REFINES: Final = frozenset({Category.TRANSIENT, Category.VALIDATION})
# Phrases that describe the state of the process, whatever class the error has
# ("sys.meta_path is None, Python is likely shutting down" is an ImportError).
_OVERRIDING: Final = frozenset({"message.shutdown"})
_REFINED_WEIGHT: Final = 0.85  # a status or code refined by the specific reason it carries
# A request larger than the whole budget it is counted against ("Request too large for model ... on tokens per
# minute: Limit 6000, Requested 9344", with the code rate_limit_exceeded or a 429): it never fits, however long the
# caller waits, so the phrase overrules a transient code, class or status as a broken setup does.
_NEVER_FITS: Final = frozenset({"message.request_exceeds_limit"})
# The window a limit is counted over decides how its capacity comes back: per minute it is throttling (transient),
# per day a quota (resource). Named, the window outranks the other capacity words of the same message ("You exceeded
# your current quota, please check your plan and billing details" over a per-minute quotaId).
_QUOTA_WINDOW = frozenset({"message.quota_per_minute", "message.per_day_limit"})
# ... and the windows named by a quota's own name (Vertex online prediction: per minute) or by a month
_QUOTA_WINDOW = _QUOTA_WINDOW | {"message.quota_per_minute_vertex", "message.per_month_limit"}
# ... and a daily window spelled out ("Too many tokens per day", Bedrock's per-day token quota as ThrottlingException)
_QUOTA_WINDOW = _QUOTA_WINDOW | {"message.per_day_tokens"}


def _refining(
    found: list[_Facts], rule: _Facts, refinable: frozenset[Category], stage: Stage, link: Link
) -> _Facts | None:
    """The best phrase that may refine the decision (the code's own name in its message does not count)."""
    # A generic code's name or a status's reason phrase is echoed in the message
    # ("StatusCode.RESOURCE_EXHAUSTED", "403 Forbidden"): the echo does not vote. Only the status's own reason phrase
    # is its echo: a phrase of the status's category in the body's other words ("Tunnel connection failed: 403
    # Forbidden", a proxy refusing the tunnel) agrees with the status, and a later phrase does not refine it.
    if rule.category is _C_TRANSIENT and stage in _SETUP_STAGES:
        never_fits = next((candidate for candidate in found if candidate.never_fits), None)
        if never_fits is not None:
            return never_fits
    window = next((candidate for candidate in found if candidate.window), None)
    if window is not None and (window.category is rule.category or window.category in refinable):
        return window  # agreeing, it keeps other capacity words from refining the decision
    status = stage is _S_HTTP_STATUS
    echoes = rule.generic
    for candidate in found:
        if candidate.category is rule.category:
            # A code's echo is the phrase of its own name; any other phrase of its category agrees with it.
            if status and not _status_echo(candidate, link):
                return candidate  # the body's own words agree with the status
            if status or (echoes and candidate.code_echo):
                continue
            return None
        return candidate if _refines(candidate, rule, refinable, stage) else None
    return None


def _status_echo(candidate: _Facts, link: Link) -> bool:
    """Whether a phrase of the status's own category only repeats the status (see ``_STATUS_ECHOES``)."""
    # A vendor-defined status (402) has no meaning of its own that a phrase could agree with: its body's reason
    # decides, whichever category it reads as.
    if link.status is None or link.status in _VENDOR_DEFINED_STATUSES or candidate.id in _STATUS_ECHOES:
        return True
    # Found only in the reason phrase ("403 Forbidden", "Forbidden for url"), it is the status line's own word.
    regex = candidate.compiled()
    if regex is None:
        return True
    phrased = link.phrased
    blanked = without_reason_phrase(link.status, phrased)
    if blanked is phrased:
        # No reason phrase to blank (``re.sub`` returns the text itself when nothing is replaced): the candidate was
        # found by a phrase scan of this very text, so its regex matches it (no search: a regex led by ``\b`` enters
        # ``re``'s matcher at every position).
        return False
    return not candidate.found_in(blanked)


def _refines(candidate: _Facts, rule: _Facts, refinable: frozenset[Category], stage: Stage) -> bool:
    """Whether a phrase overrules the decision: a refinable category, the process state, a broken setup."""
    if candidate.category in refinable:
        return True
    if rule.category is _C_TRANSIENT:
        if candidate.never_fits and stage in _SETUP_STAGES:
            return True
        if stage is _S_HTTP_STATUS:
            return candidate.id in _SETUP_BEHIND_STATUS
        if (stage is _S_EXC_TYPE or stage in _STRUCTURED) and candidate.id in _SETUP:
            return True
    return stage is _S_EXC_TYPE and candidate.id in _OVERRIDING


def _generic(rule: Rule) -> bool:
    """Whether a code rule only says *that* something failed (SQLSTATE class, ``250001`` could not connect)."""
    return rule.id.startswith("sqlstate.class.") or not rule._codes.isdisjoint(GENERIC_CODES)


def _without_class_echo(found: list[_Facts], link: Link) -> list[_Facts]:
    """The phrases found, less the one that only spells the generic class's own status (see ``_CLASS_ECHOES``)."""
    for name in (link.type, *link.bases):
        echo = _CLASS_ECHOES.get(name)
        if echo is not None:
            rule_id, words = echo
            return [
                rule for rule in found if rule.id != rule_id or rule.bare or rule.found_in(words.sub(" ", link.phrased))
            ]
    return found


def _generic_class(link: Link) -> bool:
    """Whether the exception's class only names a generic status (FailedPrecondition), like a generic code."""
    # a loop, not frozenset.isdisjoint: compiled, each test is a set lookup, where the method costs a generic call
    return link.type in _GENERIC_CLASSES or any(base in _GENERIC_CLASSES for base in link.bases)


#: Needed words from which ``_Facts.found_in`` tests them in one C walk over the text (``any_literal``), not one ``in``
#: each (a walk costs about as much as four or five ``in`` scans of the same text). ``holds`` keeps its ``in`` loop:
#: there the first word is usually found at once, and the walk, which reads the whole text, cost more than it saved.
_GATE_WORDS: Final = 4
_TIER_NAMES: Final = {stage: stage.name.lower() for stage in Stage}


def _refinable_by(rule: _Facts, stage: Stage, link: Link) -> frozenset[Category]:
    """The categories of the phrases that may refine a structured or class decision."""
    if stage is _S_HTTP_STATUS:
        return _ANY if _generic_class(link) else _REFINABLE_BY.get(link.status or 0, _CAPACITY)
    if stage is _S_CODE_PATTERN or rule.generic or (stage is _S_EXC_TYPE and _generic_class(link)):
        return _ANY
    if rule.bare and (
        rule.id in _STATUS_CLASSES
        or (stage is _S_EXC_TYPE and rule.category is _C_VALIDATION and "BadRequest" in short_name(link.type))
    ):
        # A class that stands for a 400 is refined as a 400 is, by its body's reason; a rule that matched the class
        # together with that reason has read it already, so a general phrase of the same body does not overrule it.
        return _REFINABLE_BY[400]
    if (stage is _S_EXC_TYPE and rule.category is not _C_RESOURCE) or (
        stage in _STRUCTURED and rule.category is _C_TRANSIENT
    ):
        return _CAPACITY  # a class or transient code whose message names the exhausted capacity behind it
    if stage is _S_EXC_TYPE and ("shut" in link.lowered or "sigterm" in link.lowered):
        return _CAPACITY  # only the process-state phrases can overrule a resource class
    return _NOTHING


def _own_class_of_status(
    index: _Index, rule: _Facts, link: Link, *, where: str, refinable: frozenset[Category], scale: float
) -> _Decision | None:
    """The client's own class read with a vendor-defined status, deciding over the status's body; or None.

    Only a rule written for the class together with that status (``http_status`` among its conditions): it names the
    vendor's meaning of the status. A class the client raises for every such status (Stripe's CardError for each
    402) names none, and the body's reason still refines the status ("Try again in a little bit": transient).
    """
    own = index.stages[_S_EXC_TYPE].match(link)
    if own is None or own.category not in refinable or not own.rule.http_status:
        return None
    return _Decision(own.rule, _REFINED_WEIGHT * scale, (own.said(_DECIDED, where), rule.said(_OVERRULED, where)))


def _own_class_refines_status(
    index: _Index, rule: _Facts, link: Link, *, where: str, refinable: frozenset[Category], scale: float
) -> _Decision | None:
    """The client's own capacity class, where no phrase of the body refines the status: it does, as a reason would.

    A client that maps its vendor's error to a class of its own has read the vendor's reason (b2sdk raises
    StorageCapExceeded for B2's 403 "storage_cap_exceeded": the account's cap, which a body's "quota exceeded"
    would have made resource). Only a class listed as resource (the exhausted capacity, the one refinement every
    status admits), where the status may be refined to it; a generic class (refinable by anything) is not asked. A
    transient or permanent class is not read against the status: a 403 or 422 printed in a relayed text says more
    than the class of the hop that relayed it. None otherwise.
    """
    if _C_RESOURCE not in refinable:
        return None
    own = index.stages[_S_EXC_TYPE].match(link)
    if own is None or own.category is not _C_RESOURCE or rule.category is _C_RESOURCE:
        return None
    return _Decision(own.rule, _REFINED_WEIGHT * scale, (own.said(_DECIDED, where), rule.said(_OVERRULED, where)))


def _own_template_of_status(
    index: _Index, rule: _Facts, link: Link, second: _Facts, *, where: str, refinable: frozenset[Category], scale: float
) -> _Decision | None:
    """The client's own class and a template of its body, where a phrase of the same body would refine the status.

    A rule written for the class together with the body's template has read that body already (pydruid's
    ProgrammingError with Druid's own error code first, "Query capacity exceeded (...)": the 429 it is sent with is
    throttling, whatever capacity words the rest says; a class-and-status rule likewise). So it decides before the
    general phrase: the status's own category, or one the status may be refined to. None where no such rule matches,
    where the phrase says what the template says, or where the template's category is one the status may not become.
    """
    if second.stage is _S_EXC_TYPE:
        return None
    own = index.stages[_S_EXC_TYPE].match(link)
    if own is None or (own.bare and not own.rule.http_status) or own.category is second.category:
        return None  # no template, or the phrase's refinement says what the template says (it stays the reason)
    if own.category is not rule.category and own.category not in refinable:
        return None
    if own.category is rule.category:
        return _Decision(own.rule, _REFINED_WEIGHT * scale, (own.said(_DECIDED, where), rule.said(_AGREES, where)))
    return _Decision(own.rule, _REFINED_WEIGHT * scale, (own.said(_DECIDED, where), rule.said(_OVERRULED, where)))


def _vendor_status_by_class(
    index: _Index,
    rule: _Facts,
    link: Link,
    *,
    where: str,
    refinable: frozenset[Category],
    scale: float,
    decided: Evidence,
) -> _Decision:
    """A vendor-defined status (402) with no reason in its body: the client's own class, if it names one, says which.

    The client library that maps the vendor's status to a class of its own has read the vendor's meaning
    (geopy raises GeocoderQuotaExceeded for a geocoder's 402: a used-up quota); its class speaks for the status.
    A class that names no meaning of its own leaves the status alone, below the confidence floor.
    """
    own = index.stages[_S_EXC_TYPE].match(link)
    if own is not None and own.category in refinable:
        reason = own.said(_DECIDED, where)
        overruled = rule.said(_OVERRULED, where)
        return _Decision(own.rule, _REFINED_WEIGHT * scale, (reason, overruled))
    return _Decision(rule.rule, _CONFLICT_WEIGHT * scale, (decided,))


def _weigh(index: _Index, rule: _Facts, link: Link, where: str, *, scale: float = 1.0) -> _Decision:  # noqa: PLR0911, PLR0912
    """The confidence of a decision: its tier's weight, moved by what the next tier on the same link says.

    Structured evidence is checked against the message's specific phrases only
    where the phrase can refine it (an HTTP status by its body's reason, a
    transient code or class by a capacity reason, a code pattern by anything
    specific), so the common case costs no second scan. The rules are read through their facts (``_Facts``):
    compiled fields, and the evidence items of the exception itself kept on them.
    """
    stage = rule.stage
    weight = rule.weight
    decided = rule.said(_DECIDED, where)
    if stage is _S_MESSAGE_STRONG or stage is _S_MESSAGE:
        return _against_class(index, rule, link, weight * scale, decided, where=where)
    if stage is _S_WEAK_TYPE:
        why = _class_alone_too_weak(link)
        if why is not None:
            return _class_alone(rule, decided, why, where, scale)
    refinable = _refinable_by(rule, stage, link)
    if not refinable:
        return _Decision(rule.rule, weight * scale, (decided,))
    # A validation class is also read against what its message says is not the input's fault.
    against_input = stage is _S_EXC_TYPE and rule.category is _C_VALIDATION
    # A transient class, code or status is also read for a setup that no retry fixes (a bad certificate, no such
    # host; behind a status also a disabled or retired API).
    setup = rule.category is _C_TRANSIENT and (stage in _SETUP_STAGES)
    if stage is _S_HTTP_STATUS and link.status in _VENDOR_DEFINED_STATUSES:
        # The client's own class, read with a vendor-defined status, speaks before the body's words: the vendor's
        # meaning of the status for that client (opencage raises RateLimitExceededError for OpenCage's 402, its
        # documented quota, whose text still says "rate limit").
        by_class = _own_class_of_status(index, rule, link, where=where, refinable=refinable, scale=scale)
        if by_class is not None:
            return by_class
    found = (index.capacity if refinable is _CAPACITY and not (against_input or setup) else index.strong).found(link)
    if found and refinable is _ANY and _generic_class(link):
        found = _without_class_echo(found, link)
    if not found:
        if stage is _S_HTTP_STATUS and link.status in _VENDOR_DEFINED_STATUSES:
            return _vendor_status_by_class(
                index, rule, link, where=where, refinable=refinable, scale=scale, decided=decided
            )
        if stage is _S_HTTP_STATUS and refinable is not _ANY:
            by_class = _own_class_refines_status(index, rule, link, where=where, refinable=refinable, scale=scale)
            if by_class is not None:
                return by_class
        return _Decision(rule.rule, weight * scale, (decided,))
    second = _refining(found, rule, refinable, stage, link)
    if second is None:
        second = found[0]
    if stage is _S_HTTP_STATUS and second.category is not rule.category and _refines(second, rule, refinable, stage):
        by_template = _own_template_of_status(index, rule, link, second, where=where, refinable=refinable, scale=scale)
        if by_template is not None:
            return by_template
    if second.category is rule.category:
        return _Decision(rule.rule, min(1.0, weight + _AGREE_BONUS) * scale, (decided, second.said(_AGREES, where)))
    if _refines(second, rule, refinable, stage):
        if stage is _S_HTTP_STATUS:
            reason = _evidence(second.id, second.category, "http_reason", "decided", where)
        else:
            reason = second.said(_DECIDED, where)
        return _Decision(second.rule, _REFINED_WEIGHT * scale, (reason, rule.said(_OVERRULED, where)))
    if against_input and second.id in _NOT_THE_INPUT:
        own = next(
            (candidate for candidate in found if candidate.category is rule.category and not candidate.code_echo),
            None,
        )
        if own is None and not rule.bare:
            # The rule matched the class together with the reason that names the input's fault (a connector
            # configuration's missing required value): that reason was read, and the setup word around it
            # ("configuration is invalid") describes the same bad input; the class and its reason stand.
            other = second.said(_DISAGREES, where)
            return _Decision(rule.rule, (weight - _DISAGREE_PENALTY / 2) * scale, (decided, other))
        if own is None:
            other = second.said(_CONFLICTS, where)
            return _Decision(rule.rule, _CONFLICT_WEIGHT * scale, (decided, other))
        # The message also names the input's fault, in other words than the class's own ("violates foreign key
        # constraint because key ... does not exist"): the setup word describes the bad input; the class stands.
        agrees = own.said(_AGREES, where)
        other = second.said(_DISAGREES, where)
        return _Decision(rule.rule, (weight - _DISAGREE_PENALTY / 2) * scale, (decided, agrees, other))
    other = second.said(_DISAGREES, where)
    return _Decision(rule.rule, (weight - _DISAGREE_PENALTY / 2) * scale, (decided, other))


# When a built-in class is too weak to decide alone, its message read by no rule (issue 10: when evidence is weak, say
# unknown). Measured on each collection batch's tune half with the classifier as it was before the batch was tuned on
# (families no rule was written for), where these verdicts were wrong about as often as right, and a wrong verdict
# costs more than unknown:
# * a ValueError: raised for a bad value and for a bad setting, a missing setup step or API misuse alike;
# * a RuntimeError, OSError or ValueError whose message reports a command's exit status ("helm upgrade ... failed
#   (exit 1): <stderr>", "sbatch exited with status 1: ..."): the class is the command runner's, the failure is the
#   command's, and its output decides or nothing does, as for CalledProcessError ("exit status 1" alone is unknown).
# A RuntimeError or OSError that says something of its own stays the bug its class usually is (CPython's and the
# libraries' own RuntimeErrors are misuse: "This event loop is already running").
_VALUE_ALONE: Final = "builtins.ValueError"
_COMMAND_RUNNERS: Final = frozenset({"builtins.RuntimeError", "builtins.OSError", "builtins.ValueError"})
_EXIT_STATUS: Final = re.compile(
    r"\((?:exit|exit code|exit status|rc)[ =:]?\s?-?\d+\)|\bexit(?:ed)? (?:with )?(?:a )?(?:non-?zero )?(?:exit )?"
    r"(?:status|code)(?: of)?[ =:]?\s?-?\d+|\bnon-zero exit status -?\d+|\breturn(?:ed)? code[ =:]?\s?-?\d+"
)
# Weighed below the confidence floor, so the verdict is unknown, the class's reading kept in the evidence chain.
_CLASS_ALONE_WEIGHT: Final = 0.35
_VALUE_ALONE_ID: Final = "weak.value_error_alone"
_COMMAND_OUTPUT_ID: Final = "weak.command_output"
_WEAK_ROLE: Final = "weak"


def _class_alone_too_weak(link: Link) -> str | None:
    """Why the exception's own built-in class cannot decide alone (an evidence id), or None when it can."""
    name = link.type if "." in link.type else f"builtins.{link.type}"
    if name not in _COMMAND_RUNNERS:
        return None
    lowered = link.lowered
    if ("exit" in lowered or "return" in lowered) and _EXIT_STATUS.search(lowered) is not None:
        return _COMMAND_OUTPUT_ID
    return _VALUE_ALONE_ID if name == _VALUE_ALONE else None


def _class_alone(rule: _Facts, decided: Evidence, why: str, where: str, scale: float) -> _Decision:
    """A built-in class whose message no rule read, too weak to decide: below the floor, and why (role ``weak``).

    The class's conventional category (a ValueError's validation, a RuntimeError's bug) stays in the evidence chain
    as what would have decided; the second item says why it did not. A phrase that agrees with the class, a cause or
    any stronger evidence decides as before: only this tier alone is weighed down.
    """
    weak = _evidence(why, _C_UNKNOWN, rule.tier, _WEAK_ROLE, where)
    return _Decision(rule.rule, _CLASS_ALONE_WEIGHT * scale, (decided, weak))


def _against_class(  # noqa: PLR0911 - one return per outcome reads best
    index: _Index, rule: _Facts, link: Link, weight: float, decided: Evidence, *, where: str
) -> _Decision:
    """A message phrase weighed against what the exception's container class says."""
    if link.status is not None and link.status // 100 in _FAMILIES:
        family = _FAMILIES[link.status // 100]
        if family is not rule.category:
            other = _evidence(f"http.{link.status // 100}xx", family, "http_family", "conflicts", where)
            if rule.stage is _S_MESSAGE:
                return _Decision(rule.rule, min(weight, _CONFLICT_WEIGHT), (decided, other))
            weight -= _DISAGREE_PENALTY / 2
            if link.type in _WRAPPERS:
                return _Decision(rule.rule, weight, (decided, other))
    if link.type in _WRAPPERS:  # a generic wrapper's class says nothing against its message
        if rule.stage is _S_MESSAGE:  # ... nor for it: one general word is all there is
            return _Decision(rule.rule, min(weight, _LONE_WORD_WEIGHT), (decided,))
        return _Decision(rule.rule, weight, (decided,))
    second = index.stages[_S_WEAK_TYPE].match(link)
    if second is None:
        return _Decision(rule.rule, weight, (decided,))
    if second.category is rule.category:
        return _Decision(rule.rule, min(1.0, weight + _AGREE_BONUS), (decided, second.said(_AGREES, where)))
    return _Decision(rule.rule, weight - _DISAGREE_PENALTY, (decided, second.said(_DISAGREES, where)))


# The roles an evidence item plays (``Evidence.role``), by index into ``_Facts``' items of the exception itself.
_DECIDED: Final = 0
_AGREES: Final = 1
_DISAGREES: Final = 2
_CONFLICTS: Final = 3
_OVERRULED: Final = 4
_ROLES: Final = ("decided", "agrees", "disagrees", "conflicts", "overruled")
_HERE: Final = "exception"  # where the evidence was read: the exception itself (else a cause, named)


class _Facts:
    """What the weighing reads of one default rule, as one compiled record, with its evidence items kept.

    ``Rule`` is an interpreted frozen dataclass: each read of a field from compiled code goes through Python's
    generic attribute lookup (some 130 instructions), and a call read a few dozen; a field of this record is a
    C struct read. The evidence item of each role on the exception itself is built on first use and kept (the
    items of a cause, named by its class, go through ``_evidence``). User rules never reach the weighing (the
    first that matches decides), so only default rules have facts.
    """

    __slots__ = (
        "_gate", "_here", "_words", "bare", "category", "code_echo", "generic", "id", "never_fits", "ordinal", "regex",
        "rule", "single", "stage", "tier", "weight", "window",
    )  # fmt: skip

    def __init__(self, rule: Rule, ordinal: int) -> None:
        stage = rule.stage or _S_MESSAGE
        self.rule = rule
        self.id = rule.id
        self.category = rule.category
        self.stage = stage
        self.ordinal = ordinal
        self.tier = _TIER_NAMES[stage]
        self.single = rule.single
        self.bare = rule.message is None
        self.regex = rule._regex  # None until compiled(): default rules compile their message on first use
        self.weight = (
            _NAME_PATTERN_WEIGHT if stage is _S_WEAK_TYPE and rule.id.startswith("name.") else _TIER_WEIGHT[stage]
        )
        self.generic = _generic(rule)
        self.never_fits = rule.id in _NEVER_FITS
        self.window = rule.id in _QUOTA_WINDOW
        self.code_echo = rule.id in _CODE_ECHOES
        self._here: list[Evidence | None] = [None] * len(_ROLES)
        self._words: tuple[str, ...] | None = None  # read from the regex on first use (a parse per rule)
        self._gate: Callable[[str], int] | None = None  # the words in one C walk, where there are enough of them

    def holds(self, link: Link) -> bool:
        r"""``rule.matches(link)``, without its regex search where the link's text lacks what every match holds.

        A message condition not led by a literal (``\bdid not find \w+_api_key\b``, a pattern of ``IGNORECASE``
        with capitals) makes ``re`` enter its matcher at every position: some 10,000 instructions on a long message,
        for a rule its class admits and its message nearly never meets. The words of :func:`necessary_words` are a
        necessary condition of the regex on ASCII text; the conditions are ANDed, so a link without them fails the rule.
        """
        words = self._needed()
        if words and link.text.isascii():
            lowered = link.lowered
            for word in words:
                if word in lowered:
                    return self.rule.matches(link)
            return False
        return self.rule.matches(link)

    def found_in(self, lowered: str) -> bool:
        """Whether the rule's regex is found in a lower-cased text (``search_message``), behind its words as above."""
        regex = self.compiled()
        if regex is None:
            return False
        words = self._needed()
        if words and lowered.isascii():
            gate = self._gate
            if gate is not None:
                return gate(lowered) != 0 and search_message(regex, lowered) is not None
            for word in words:
                if word in lowered:
                    return search_message(regex, lowered) is not None
            return False
        return search_message(regex, lowered) is not None

    def compiled(self) -> re.Pattern[str] | None:
        """The rule's message regex (None for a rule without one), compiled on first use and kept."""
        regex = self.regex
        if regex is None and not self.bare:
            regex = self.regex = self.rule.regex
        return regex

    def _needed(self) -> tuple[str, ...]:
        """The words one of which every match of the rule's regex holds (:func:`necessary_words`), read once."""
        words = self._words
        if words is None:
            regex = self.compiled()
            words = () if regex is None else necessary_words(regex.pattern, regex.flags)
            self._words = words
            if len(words) >= _GATE_WORDS:
                self._gate = any_literal(words)
        return words

    def said(self, role: int, where: str) -> Evidence:
        """The evidence item of this rule in ``role`` (``_DECIDED``, ...), read on ``where``."""
        if where != _HERE:
            return _evidence(self.id, self.category, self.tier, _ROLES[role], where)
        item = self._here[role]
        if item is None:
            item = _evidence(self.id, self.category, self.tier, _ROLES[role], where)
            self._here[role] = item
        return item


def _cause_links(link: Link, signal_causes: tuple[Cause, ...]) -> list[Link]:
    links: list[Link] = []
    implied = link.implied
    while implied is not None and len(links) < 4:
        links.append(implied)
        implied = implied.implied
    for cause in signal_causes:
        current: Link | None = Link(cause.type, cause.message)
        while current is not None and len(links) < 16:
            links.append(current)
            current = current.implied
    return links
