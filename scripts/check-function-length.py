#!/usr/bin/env python3
"""Fails listing every function longer than --max lines (STYLE.md: short functions with names).

Usage: check-function-length.py [--max N] [--root DIR] [PATH...]
PATHs are .cpp files or directories searched for them (default: the source
directories below). Run by ctest as style.function_length.

pmccabe measures each function (its 5th column: lines from the signature to
the closing brace). It does not see every function: it stops at the first
construct it cannot parse ("too many }'s", a file it reads to EOF), and it
skips pybind11's chained `.def(...)` calls without a word, so python/*.cpp
would never be checked. A small brace counter therefore measures every file
too; a function it finds that pmccabe does not cover is judged by its count.
"""
import argparse
import os
import re
import subprocess
import sys

SOURCE_DIRS = ["common", "indexer", "searcher", "python", "tools", "bench", "eval"]

# Functions over the limit that another change is splitting (path, pmccabe's name).
# Each entry is temporary: delete it when its function is short.
ALLOWED: set = set()


def blank_literals(text):
    """Comments, string and character literals as spaces (newlines kept), so braces in them
    do not count and line numbers stay."""
    out = []
    i, n = 0, len(text)
    keep = lambda s: re.sub(r"[^\n]", " ", s)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif c == "R" and text.startswith('R"', i) and not (i and (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'R"([^()\\ ]{0,16})\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', i + m.end())
            j = n if end < 0 else end + len(m.group(1)) + 2
        elif c in "\"'":
            if c == "'" and i and text[i - 1].isdigit() and text[i + 1 : i + 2].isalnum():  # 1'000
                out.append(c)
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
        else:
            out.append(c)
            i += 1
            continue
        out.append(keep(text[i:j]))
        i = j
    return "".join(out)


def without_preprocessor(text):
    return re.sub(r"(?m)^[ \t]*#.*(?:\\\n.*)*$", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


NAMESPACE = re.compile(r"(?:\bnamespace\b[\w\s:]*|\bextern\s*)$")
CLASS = re.compile(r"\b(?:class|struct|union)\b[^()]*$")
# What ends a function's head: its parameter list, then qualifiers or a trailing return type,
# or a constructor's initialiser list.
FUNCTION_END = re.compile(
    r"\)\s*(?:const|noexcept|override|final|mutable|&&|&|->[\w:<>,\s*&]+|\s)*$"
    r"|\)\s*:(?:[^;{}]|\{[^{}]*\})*[\w>)\]}]\s*[({][^{}]*[)}]\s*$")
ACCESS = re.compile(r"^\s*(?:(?:public|private|protected)\s*:(?!:))+")


def brace_functions(text):
    """(first line, last line, name) of each function body at namespace or class scope."""
    code = without_preprocessor(blank_literals(text))
    found = []
    # "scope" (namespace, class), "other" (initialisers, enums), "init" (a brace inside a
    # head: default argument, member initialiser) or a function (first char, name).
    stack = []
    start = 0  # where the head of the next declaration at scope level begins
    parens = 0  # open parentheses of the head: a brace in them is a default argument
    at_scope = lambda: not stack or stack[-1] == "scope"
    for pos, c in enumerate(code):
        if c in "()" and at_scope():
            parens = max(0, parens + (1 if c == "(" else -1))
        elif c == ";" and at_scope():
            start, parens = pos + 1, 0
        elif c == "{":
            if not at_scope() or parens:
                stack.append("other" if not at_scope() else "init")
                continue
            head = code[start:pos]
            access = ACCESS.match(head)
            if access:
                start += access.end()
                head = head[access.end():]
            if re.search(r"[\w>]\s*$", head) and re.search(r"\)\s*:", head) and "=" not in head:
                stack.append("init")  # a member's brace initialiser in a constructor's list
                continue
            if NAMESPACE.search(head) or CLASS.search(head):
                stack.append("scope")
            elif "(" in head and FUNCTION_END.search(head) and not re.search(r"=\s*$", head):
                first = start + len(head) - len(head.lstrip())
                names = re.findall(r"(~?[\w:]+)\s*\(", head)
                stack.append((first, names[0] if names else "?"))
            else:
                stack.append("other")
            start, parens = pos + 1, 0
        elif c == "}" and stack:
            top = stack.pop()
            if isinstance(top, tuple):
                first, name = top
                found.append((code.count("\n", 0, first) + 1, code.count("\n", 0, pos) + 1, name))
            if top != "init" and at_scope():
                start, parens = pos + 1, 0
    return found


def pmccabe_functions(paths):
    """{path: [(first, last, name)]} and the files pmccabe could not parse."""
    result = subprocess.run(["pmccabe"] + paths, capture_output=True, text=True)
    functions = {}
    for line in result.stdout.splitlines():
        cols = line.split("\t")
        m = re.match(r"(.*)\((\d+)\): (.*)", cols[5]) if len(cols) >= 6 else None
        if m:
            first, length = int(m.group(2)), int(cols[4])
            functions.setdefault(m.group(1), []).append((first, first + length - 1, m.group(3)))
    unparsed = set(re.findall(r'^"([^"]+)", line \d+', result.stderr, re.M))
    return functions, unparsed


def cpp_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for top, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(("build", ".")))
                yield from (os.path.join(top, f) for f in sorted(files) if f.endswith(".cpp"))
        elif path.endswith(".cpp"):
            yield path


def long_functions(paths, limit):
    files = list(cpp_files(paths))
    measured, unparsed = pmccabe_functions(files) if files else ({}, set())
    too_long = []
    for path in files:
        known = [] if path in unparsed else measured.get(path, [])
        for first, last, name in known:
            too_long.append((path, first, last - first + 1, name, "pmccabe"))
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for first, last, name in brace_functions(text):
            covered = any(a <= last and first <= b for a, b, _ in known)
            if not covered:
                too_long.append((path, first, last - first + 1, name, "brace count"))
    return [t for t in too_long if t[2] > limit]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=60)
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    os.chdir(args.root)
    paths = args.paths or [d for d in SOURCE_DIRS if os.path.isdir(d)]
    found = [(os.path.relpath(p), *rest) for p, *rest in long_functions(paths, args.max)]
    failures = [f for f in found if (f[0], f[3]) not in ALLOWED]
    for path, line, length, name, how in found:
        if (path, name) in ALLOWED:
            print(f"function_length: allowed for now: {path}:{line}: {name}: {length} lines ({how})")
    scanned = {os.path.relpath(p) for p in cpp_files(paths)}
    for path, name in sorted(e for e in ALLOWED - {(f[0], f[3]) for f in found} if e[0] in scanned):
        print(f"function_length: {path}: {name} is short now (or gone): drop it from ALLOWED")
    for path, line, length, name, how in failures:
        print(f"function_length: over {args.max} lines: {path}:{line}: {name}: {length} lines ({how})",
              file=sys.stderr)
    if failures:
        print("function_length: split them into named stages (STYLE.md)", file=sys.stderr)
        return 1
    print(f"function_length: no function over {args.max} lines in {' '.join(paths)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
