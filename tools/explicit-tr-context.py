#!/usr/bin/env python3
"""Rewrites file-local `tr("...")` helpers into explicit QCoreApplication::translate calls.

lupdate assigns the context of a bare tr() call from the enclosing class or namespace, while a
file-local helper `QString tr(const char *) { return QCoreApplication::translate("X", ...); }`
uses "X" at run time. When the two differ the translation silently never applies. Explicit
translate("X", "...") calls are read identically by both. Usage: explicit-tr-context.py FILE...
"""
import re
import sys

HELPER = re.compile(
    r'(?:inline\s+)?QString\s+tr\(const char \*(\w+)\)\s*\{\s*return QCoreApplication::translate\("([^"]+)",\s*\1\);\s*\}\n?')
CALL = re.compile(r'(?<![\w:.>])tr\(')

for path in sys.argv[1:]:
    text = open(path, encoding='utf-8').read()
    m = HELPER.search(text)
    if not m:
        continue
    context = m.group(2)
    text = text[:m.start()] + text[m.end():]
    text = CALL.sub('QCoreApplication::translate("%s", ' % context, text)
    text = re.sub(r'namespace \{\s*\} // namespace\n\n?', '', text)
    open(path, 'w', encoding='utf-8').write(text)
    print(f'{path}: context {context}')
