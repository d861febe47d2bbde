#!/usr/bin/env python3
"""Keeps the docs honest.

  docs.py sync    rewrites every snippet block in README.md and docs/*.md from the tagged region of
                  compiled source it names
  docs.py check   fails if a snippet block differs from its source region, if a relative link points to
                  a missing file, or if an anchor names no heading; lists external URLs without fetching
                  them (the network is closed)

A snippet block in Markdown:

    <!-- snippet: path/from/repo/root/File.java#tag -->
    ```java
    ...generated...
    ```
    <!-- /snippet -->

and in the source, the region between `// tag::tag[]` and `// end::tag[]` (`-- tag::tag[]` in SQL).
"""
import os
import re
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNIPPET = re.compile(r'(<!-- snippet: (?P<src>[^#\s]+)#(?P<tag>[\w-]+) -->\n)(?P<body>.*?)(<!-- /snippet -->)', re.S)
LINK = re.compile(r'(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)|!\[[^\]]*\]\(([^)\s]+)\)')


def markdown_files():
    files = [os.path.join(ROOT, 'README.md')]
    docs = os.path.join(ROOT, 'docs')
    for name in sorted(os.listdir(docs)):
        if name.endswith('.md'):
            files.append(os.path.join(docs, name))
    return files


def region(src, tag):
    path = os.path.join(ROOT, src)
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    start = end = None
    for i, line in enumerate(lines):
        if line.strip() in ('// tag::%s[]' % tag, '-- tag::%s[]' % tag):
            start = i + 1
        elif line.strip() in ('// end::%s[]' % tag, '-- end::%s[]' % tag):
            end = i
    if start is None or end is None:
        raise SystemExit('%s has no region %s' % (src, tag))
    body = [l for l in lines[start:end] if not re.match(r'\s*(//|--) (tag|end)::', l)]
    return textwrap.dedent('\n'.join(body)).strip('\n')


def render(match):
    lang = {'.java': 'java', '.sql': 'sql'}.get(os.path.splitext(match.group('src'))[1], '')
    code = region(match.group('src'), match.group('tag'))
    return '%s```%s\n%s\n```\n%s' % (match.group(1), lang, code, match.group(5))


def slug(heading):
    text = re.sub(r'[`*_\[\]()]', '', heading.strip().lower())
    text = re.sub(r'[^\w\- ]', '', text)
    return text.replace(' ', '-')


def anchors(path):
    with open(path, encoding='utf-8') as f:
        content = re.sub(r'```.*?```', '', f.read(), flags=re.S)
    found = set()
    for line in content.split('\n'):
        m = re.match(r'#{1,6}\s+(.*)', line)
        if m:
            base = slug(m.group(1))
            name, n = base, 1
            while name in found:
                name = '%s-%d' % (base, n)
                n += 1
            found.add(name)
    return found


def check_links(path, problems, external):
    with open(path, encoding='utf-8') as f:
        content = re.sub(r'```.*?```', '', f.read(), flags=re.S)
    for m in LINK.finditer(content):
        target = m.group(1) or m.group(2)
        if re.match(r'[a-z]+://', target) or target.startswith('mailto:'):
            external.add(target)
            continue
        file_part, _, anchor = target.partition('#')
        dest = os.path.normpath(os.path.join(os.path.dirname(path), file_part)) if file_part else path
        where = os.path.relpath(path, ROOT)
        if not os.path.exists(dest):
            problems.append('%s: broken link %s' % (where, target))
        elif anchor and dest.endswith('.md') and anchor not in anchors(dest):
            problems.append('%s: no heading for anchor #%s in %s' % (where, anchor, os.path.relpath(dest, ROOT)))


def main(mode):
    problems, external = [], set()
    for path in markdown_files():
        with open(path, encoding='utf-8') as f:
            content = f.read()
        synced = SNIPPET.sub(render, content)
        if synced != content:
            if mode == 'sync':
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(synced)
                print('synced', os.path.relpath(path, ROOT))
            else:
                problems.append('%s: a snippet differs from its source; run .ci/docs.py sync'
                                % os.path.relpath(path, ROOT))
        check_links(path, problems, external)
    for url in sorted(external):
        print('external (not fetched):', url)
    for problem in problems:
        print('ERROR', problem)
    print('docs: %d files, %d problems' % (len(markdown_files()), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'check'))
