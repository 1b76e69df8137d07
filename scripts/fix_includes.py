#!/usr/bin/env python3
"""Makes every project-local include name its folder, with the project root the only include dir.

  scripts/fix_includes.py          rewrite in place (idempotent: a second run changes nothing)
  scripts/fix_includes.py --check  change nothing; list what would change, exit 1 if anything would

`#include "connectionstore.h"` becomes `#include "secrets/connectionstore.h"`, from where the header
lives (the including file's own folder first, then the only header of that name in the project), each
run of includes sorted the way clang-format sorts it.
Qt and system includes (<...>) and generated files (tst_x.moc, ui_x.h) are left alone. In the
CMakeLists.txt files, `target_include_directories(<target> PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}...)`
becomes `${PROJECT_SOURCE_DIR}`. Source folders are found the way translations/ finds them: every
top-level folder with a CMakeLists.txt, build trees left out.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp")
INCLUDE = re.compile(r'^(\s*#\s*include\s+)"([^"]+)"', re.MULTILINE)
INCLUDE_DIR = re.compile(
    r"(target_include_directories\(\s*[\w-]+\s+(?:PUBLIC|PRIVATE|INTERFACE)\s+)"
    r"\$\{CMAKE_CURRENT_SOURCE_DIR\}[^\s)]*(\s*\))")


def source_folders():
    folders = []
    for name in sorted(os.listdir(ROOT)):
        path = os.path.join(ROOT, name)
        if (os.path.isdir(path) and not name.startswith((".", "build"))
                and os.path.isfile(os.path.join(path, "CMakeLists.txt"))
                and not os.path.isfile(os.path.join(path, "CMakeCache.txt"))):
            folders.append(name)
    return folders


def walk(folders, wanted):
    for folder in folders:
        for directory, subdirectories, files in os.walk(os.path.join(ROOT, folder)):
            subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
            for name in sorted(files):
                if wanted(name):
                    yield os.path.join(directory, name)


def header_index(folders):
    index = {}
    for path in walk(folders, lambda name: name.endswith((".h", ".hpp"))):
        index.setdefault(os.path.basename(path), []).append(os.path.relpath(path, ROOT))
    return index


def resolve(name, including, index):
    """The root-relative path of an include, or None to leave it as it is."""
    if os.path.isfile(os.path.join(ROOT, name)) and "/" in name and not name.startswith("."):
        return name
    beside = os.path.normpath(os.path.join(os.path.dirname(including), name))
    if os.path.isfile(beside):
        return os.path.relpath(beside, ROOT)
    candidates = index.get(os.path.basename(name), [])
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        top = os.path.relpath(including, ROOT).split("/")[0]
        same = [c for c in candidates if c.split("/")[0] == top]
        if len(same) == 1:
            return same[0]
        raise SystemExit(f"{os.path.relpath(including, ROOT)}: \"{name}\" is ambiguous: {candidates}")
    return None  # generated (moc, ui) or not ours


def rewrite_includes(path, index):
    with open(path, encoding="utf-8") as file:
        text = file.read()

    def replace(match):
        resolved = resolve(match.group(2), path, index)
        return match.group(0) if resolved is None else f'{match.group(1)}"{resolved}"'

    return text, sort_include_blocks(INCLUDE.sub(replace, text), path)


def sort_include_blocks(text, path):
    """Each run of #include lines in the order clang-format (.clang-format: SortIncludes,
    IncludeBlocks: Preserve) gives it: the file's own header first, "..." before <...>, then by name."""
    stem = os.path.splitext(os.path.basename(path))[0]

    def key(line):
        match = re.match(r'\s*#\s*include\s+([<"])([^">]+)[">]', line)
        quoted, name = match.group(1) == '"', match.group(2)
        main = quoted and os.path.splitext(os.path.basename(name))[0] == stem
        return (0 if main else 1 if quoted else 3, name)

    lines = text.split("\n")
    result, run = [], []
    for line in lines + [None]:
        if line is not None and re.match(r"\s*#\s*include\s+[<\"]", line):
            run.append(line)
            continue
        result += sorted(run, key=key)
        run = []
        if line is not None:
            result.append(line)
    return "\n".join(result)


def rewrite_cmake(path):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    return text, INCLUDE_DIR.sub(r"\1${PROJECT_SOURCE_DIR}\2", text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing, exit 1 if something would change")
    arguments = parser.parse_args()
    folders = source_folders()
    index = header_index(folders)
    changed = []
    jobs = [(path, lambda p: rewrite_includes(p, index))
            for path in walk(folders, lambda name: name.endswith(SOURCE_SUFFIXES))]
    jobs += [(path, rewrite_cmake) for path in walk(folders, lambda name: name == "CMakeLists.txt")]
    for path, rewrite in jobs:
        before, after = rewrite(path)
        if before != after:
            changed.append(os.path.relpath(path, ROOT))
            if not arguments.check:
                with open(path, "w", encoding="utf-8") as file:
                    file.write(after)
    verb = "would change" if arguments.check else "changed"
    for path in changed:
        print(f"{verb}: {path}")
    print(f"{len(changed)} files {verb}", file=sys.stderr)
    return 1 if arguments.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
