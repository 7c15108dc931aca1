#!/usr/bin/env python3
"""Fills unfinished messages of a Qt Linguist .ts file from a glossary, or lists what is missing.

The glossary (translations/zh_CN.glossary) is the source of truth: unfinished messages are filled
from it and finished ones that differ from it are brought in line. It is keyed by the English
source text, not the context,
so translations survive a context change (tools/explicit-tr-context.py renames contexts). Blocks:

    en: English source, with \\n for a newline
    zh: 中文译文
    ctx: Context        (optional, before en:, restricts the block to one context)

separated by blank lines; '#' starts a comment line. A numerus message gets the zh text as its
single plural form (Chinese has one).

Usage:
    ts-fill.py GLOSSARY TS            # fill; prints how many stay unfinished
    ts-fill.py --missing GLOSSARY TS  # print glossary blocks (zh: empty) for the unfinished ones
"""
import html
import re
import sys


def unescape_line(s):
    return s.replace('\\n', '\n').replace('\\t', '\t')


def escape_line(s):
    return s.replace('\n', '\\n').replace('\t', '\\t')


def read_glossary(path):
    entries = {}
    ctx = en = None
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip():
                ctx = en = None
                continue
            if line.startswith('#'):
                continue
            key, _, value = line.partition(': ')
            if key == 'ctx':
                ctx = value
            elif key == 'en':
                en = unescape_line(value)
            elif key == 'zh' and en is not None:
                if value.strip():
                    entries[(ctx, en)] = unescape_line(value)
                en = None
            else:
                sys.exit(f'{path}:{number}: expected "ctx: ", "en: " or "zh: "')
    return entries


def xml_text(s):
    return html.unescape(s)


def xml_escape(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)
FINISHED = re.compile(
    r'(<message>\s*<source>(?P<source>[^<]*)</source>(?:\s*<(?:extra)?comment>[^<]*</(?:extra)?comment>)*\s*<translation>)'
    r'(?P<old>[^<]*)</translation>')
MESSAGE = re.compile(
    r'(<message(?P<numerus> numerus="yes")?>\s*<source>(?P<source>[^<]*)</source>(?:\s*<(?:extra)?comment>[^<]*</(?:extra)?comment>)*\s*)'
    r'<translation type="unfinished"(?: */>|>(?P<old>.*?)</translation>)', re.S)


def main(argv):
    missing_mode = argv[:1] == ['--missing']
    if missing_mode:
        argv = argv[1:]
    if len(argv) != 2:
        sys.exit(__doc__)
    glossary = read_glossary(argv[0])
    ts_path = argv[1]
    text = open(ts_path, encoding='utf-8').read()
    remaining = []
    updated = []

    def fill_context(cm):
        context = xml_text(cm.group(1))

        def fill(m):
            source = xml_text(m.group('source'))
            zh = glossary.get((context, source), glossary.get((None, source)))
            if zh is None:
                remaining.append((context, source))
                return m.group(0)
            if m.group('numerus'):
                return m.group(1) + '<translation>\n            <numerusform>%s</numerusform>\n        </translation>' % xml_escape(zh)
            return m.group(1) + '<translation>%s</translation>' % xml_escape(zh)

        def sync(m):
            source = xml_text(m.group('source'))
            zh = glossary.get((context, source), glossary.get((None, source)))
            if zh is None or zh == xml_text(m.group('old')):
                return m.group(0)
            updated.append((context, source))
            return m.group(1) + xml_escape(zh) + '</translation>'

        body = FINISHED.sub(sync, MESSAGE.sub(fill, cm.group(2)))
        return cm.group(0)[:cm.start(2) - cm.start(0)] + body + '</context>'

    text = CONTEXT.sub(fill_context, text)
    if missing_mode:
        seen = set()
        for context, source in remaining:
            if source in seen:
                continue
            seen.add(source)
            print(f'# {context}\nen: {escape_line(source)}\nzh: \n')
        print(f'{len(seen)} distinct sources missing', file=sys.stderr)
        return
    open(ts_path, 'w', encoding='utf-8').write(text)
    messages = text.count('<message')
    print(f'{ts_path}: {messages} messages, {len(remaining)} unfinished, {len(updated)} updated from the glossary')
    for context, source in remaining:
        print(f'  [{context}] {escape_line(source)}')


if __name__ == '__main__':
    main(sys.argv[1:])
