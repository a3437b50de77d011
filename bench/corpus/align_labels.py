"""Align the independent set's labels with direct precedents in the public corpus (the public label wins).

A *direct precedent* is a public-corpus label for the same kind of error:

* the same exception class, or a class of the same self-describing family
  (:data:`FAMILIES`: classes whose name alone says what is wrong, whatever the
  message, such as a malformed URL or header);
* labelled unanimously in the public corpus;
* and not a container class whose message decides (``builtins.*``, a driver's
  ``OperationalError``, an SDK's ``ApiException``, ``httpx.ConnectError``,
  ...). Only :data:`FAMILIES` classes count as self-describing, so a
  container never sets a precedent, however the public corpus labels it.

The script reads only ``exc_type`` and ``label`` of both files (never the
classifier's output, never a message), prints each change with its line
number, and rewrites ``label`` in place with ``--write`` (the item's ``note``
says why). Labels do not enter
the split hash, so no item moves between halves.

Usage: python bench/corpus/align_labels.py [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEPENDENT = HERE / "independent.jsonl"
PUBLIC = HERE.parents[1].parent / "shared" / "corpus" / "errors-public.jsonl"

FAMILIES: dict[str, str] = {
    # A URL or header the caller built is malformed: the request cannot be sent as given.
    **dict.fromkeys(
        (
            "requests.exceptions.MissingSchema",
            "requests.exceptions.InvalidSchema",
            "requests.exceptions.InvalidURL",
            "requests.exceptions.InvalidHeader",
            "requests.exceptions.URLRequired",
            "httpx.UnsupportedProtocol",
            "httpx.InvalidURL",
            "urllib3.exceptions.LocationParseError",
            "urllib3.exceptions.LocationValueError",
            "aiohttp.InvalidURL",
            "aiohttp.client_exceptions.InvalidURL",
            "aiohttp.client_exceptions.InvalidUrlClientError",
            "aiohttp.client_exceptions.NonHttpUrlClientError",
            "aiohttp.client_exceptions.InvalidUrlRedirectClientError",
            "aiohttp.client_exceptions.NonHttpUrlRedirectClientError",
            "http.client.InvalidURL",
        ),
        "malformed URL or header",
    ),
}
"""Self-describing classes, by family: one label for the family, set by the public corpus."""


def _rows(path: Path) -> list[tuple[str, str]]:
    """(exc_type, label) of each line; nothing else is read."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else {}
        rows.append((str(item.get("exc_type", "")), str(item.get("label", ""))))
    return rows


def precedents(public: list[tuple[str, str]]) -> dict[str, str]:
    """The unanimous public label of each family that has one."""
    labels: dict[str, set[str]] = defaultdict(set)
    for exc_type, label in public:
        family = FAMILIES.get(exc_type)
        if family is not None:
            labels[family].add(label)
    return {family: next(iter(found)) for family, found in labels.items() if len(found) == 1}


def changes(independent: list[tuple[str, str]], public: list[tuple[str, str]]) -> list[tuple[int, str, str, str]]:
    """(line number, exc_type, old label, new label) of each item that contradicts a direct precedent."""
    rules = precedents(public)
    found = []
    for number, (exc_type, label) in enumerate(independent, start=1):
        wanted = rules.get(FAMILIES.get(exc_type, ""))
        if wanted is not None and label != wanted:
            found.append((number, exc_type, label, wanted))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the labels in place")
    args = parser.parse_args(argv)
    found = changes(_rows(INDEPENDENT), _rows(PUBLIC))
    for number, exc_type, old, new in found:
        print(f"line {number}: {exc_type}: {old} -> {new}")
    if args.write and found:
        lines = INDEPENDENT.read_text(encoding="utf-8").splitlines()
        for number, _, _, new in found:
            item = json.loads(lines[number - 1])
            item["label"] = new
            why = f"public corpus precedent for a {FAMILIES[item['exc_type']]}: {new} (bench/corpus/align_labels.py)"
            item["note"] = (
                f"{item['note']}; relabelled by the {why}" if item.get("note") else f"relabelled by the {why}"
            )
            lines[number - 1] = json.dumps(item, ensure_ascii=False)
        INDEPENDENT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} change(s){'' if args.write or not found else ' (dry run; --write applies them)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
