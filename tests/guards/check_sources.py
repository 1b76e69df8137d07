#!/usr/bin/env python3
"""Guard: every project-local include names its folder from the project root.

  check_sources.py [ROOT]        exit 1 and list each include that does not
  check_sources.py --self-test   the check must find the faults planted in a scratch tree

A quoted include must be a path from the project root to a file that exists
(`#include "secrets/connectionstore.h"`); only generated files (tst_x.moc, ui_x.h, moc_x.cpp) may be
named alone. And the project root must be the only include directory a CMakeLists.txt adds.
scripts/fix_includes.py rewrites what this check refuses.
"""
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
INCLUDE_DIR = re.compile(r"target_include_directories\(\s*[\w-]+\s+(?:PUBLIC|PRIVATE|INTERFACE)\s+([^)]*)\)")
GENERATED = re.compile(r"(\.moc|^ui_.*\.h|^moc_.*\.cpp)$")


def folders(root):
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if (os.path.isdir(path) and not name.startswith((".", "build"))
                and os.path.isfile(os.path.join(path, "CMakeLists.txt"))
                and not os.path.isfile(os.path.join(path, "CMakeCache.txt"))):
            yield path


def problems(root):
    found = []
    for folder in folders(root):
        for directory, subdirectories, files in os.walk(folder):
            subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
            for name in sorted(files):
                path = os.path.join(directory, name)
                shown = os.path.relpath(path, root)
                if name.endswith((".h", ".hpp", ".cpp")):
                    with open(path, encoding="utf-8") as file:
                        text = file.read()
                    for include in INCLUDE.findall(text):
                        if GENERATED.search(include) and "/" not in include:
                            continue
                        if "/" not in include or include.startswith(".") or not os.path.isfile(
                                os.path.join(root, include)):
                            found.append(f'{shown}: #include "{include}" does not name its folder from the root')
                elif name == "CMakeLists.txt":
                    with open(path, encoding="utf-8") as file:
                        text = file.read()
                    for directories in INCLUDE_DIR.findall(text):
                        if directories.strip() != "${PROJECT_SOURCE_DIR}":
                            found.append(f"{shown}: include directory {directories.strip()} "
                                         "(the project root is the only one)")
    return found


def self_test():
    with tempfile.TemporaryDirectory() as root:
        def write(relative, text):
            os.makedirs(os.path.dirname(os.path.join(root, relative)), exist_ok=True)
            with open(os.path.join(root, relative), "w", encoding="utf-8") as file:
                file.write(text)
        write("core/CMakeLists.txt", "target_include_directories(avfall_core PUBLIC ${PROJECT_SOURCE_DIR})\n")
        write("core/a.h", "#pragma once\n")
        write("core/a.cpp", '#include "core/a.h"\n#include <QString>\n')
        write("secrets/CMakeLists.txt",
              "target_include_directories(avfall_secrets PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})\n")
        write("secrets/b.cpp", '#include "a.h"\n#include "../core/a.h"\n#include "core/missing.h"\n')
        write("tests/CMakeLists.txt", "")
        write("tests/tst_b.cpp", '#include "core/a.h"\n#include "tst_b.moc"\n')
        found = problems(root)
        expected = ['secrets/b.cpp: #include "a.h"', 'secrets/b.cpp: #include "../core/a.h"',
                    'secrets/b.cpp: #include "core/missing.h"', "secrets/CMakeLists.txt: include directory"]
        missed = [item for item in expected if not any(line.startswith(item) for line in found)]
        if missed or len(found) != len(expected):
            print("self-test failed; found:", *found, "missed:", *missed, sep="\n  ")
            return 1
        print(f"self-test: the check found all {len(expected)} planted faults and nothing else")
        return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    found = problems(root)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} includes or include directories do not name their folder; "
              "run scripts/fix_includes.py", file=sys.stderr)
        return 1
    print("every include names its folder")
    return 0


if __name__ == "__main__":
    sys.exit(main())
