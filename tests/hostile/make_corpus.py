#!/usr/bin/env python3
"""Writes the hostile corpus (issue 18) into a folder, with manifest.tsv: one line per file,
   name <TAB> expected CLI exit (0 or 2) <TAB> what stderr must hold (the field, the problem).
   Large files are made here, at test time, never committed.
     tests/hostile/make_corpus.py OUT_DIR [--max-bytes N]   (N: skip larger files, for fuzz seeds)
"""
import os
import sys

HEAD = '{"format":"fasthold-case","version":1'
NOTE = '{"id":"e1","date":"2026-01-05","kind":"note","note":%s}'
DEEP_MSG = 'nests lists or objects deeper than a case file can (8 levels at most)'


def deep(n, inner='1'):
    return '[' * n + inner + ']' * n


def deep_objects(n):
    return '{"k":' * n + '1' + '}' * n


def case(rest):
    return HEAD + rest + '}'


# name, content (str or bytes), exit, stderr fragment
def corpus():
    yield 'deep-facts-array-100k', case(',"nickname":"x","facts":' + deep(100_000)), 2, '/facts/0/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-facts-array-200k', case(',"nickname":"x","facts":' + deep(200_000)), 2, '/facts/0/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-facts-objects-100k', case(',"facts":' + deep_objects(100_000)), 2, '/facts/k/k/k/k/k/k/k: ' + DEEP_MSG
    yield 'deep-fact-value-100k', case(',"facts":{"birth_date":' + deep(100_000) + '}'), 2, '/facts/birth_date/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-note-100k', case(',"nickname":"x","log":[' + NOTE % deep(100_000) + ']'), 2, '/log/0/note/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-note-200k', case(',"nickname":"x","log":[' + NOTE % deep(200_000) + ']'), 2, '/log/0/note/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-adapted-100k', case(',"log":[{"id":"a","date":"2026-01-05","kind":"agreement","adapted":' + deep(100_000) + '}]'), 2, '/log/0/adapted/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-nickname-100k', case(',"nickname":' + deep(100_000)), 2, '/nickname/0/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-absence-100k', case(',"absence_periods":[{"first_day":' + deep(100_000) + '}]'), 2, '/absence_periods/0/first_day/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-checklist-100k', case(',"checklist":{"x":' + deep(100_000) + '}'), 2, '/checklist/x/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-log-100k', case(',"log":' + deep(100_000)), 2, '/log/0/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-version-100k', '{"format":"fasthold-case","version":' + deep(100_000) + '}', 2, '/version/0/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-unknown-field-100k', case(',"extra":' + deep(100_000)), 2, '/extra/0/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-document-100k', deep(100_000), 2, '/0/0/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-facts-20k', case(',"nickname":"x","facts":' + deep(20_000)), 2, '/facts/0/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'deep-fact-9-levels', case(',"facts":{"birth_date":' + deep(7) + '}'), 2, '/facts/birth_date/0/0/0/0/0/0: ' + DEEP_MSG
    yield 'nested-8-levels-read', case(',"facts":{"birth_date":' + deep(6, '"1980-01-01"') + '}'), 2, '/facts/birth_date: [[[...]]] must be a date'
    big = 'a' * (20 << 20)
    yield 'string-20mb-note', case(',"nickname":"x","log":[' + NOTE % ('"' + big + '"') + ']'), 0, ''
    yield 'string-20mb-unknown-fact', case(',"facts":{"diagnosis":"' + big + '"}'), 2, '/facts/diagnosis: "' + 'a' * 48 + '..." is the value of an unknown fact'
    yield 'string-1mb-date', case(',"facts":{"birth_date":"' + big[:1 << 20] + '"}'), 2, '/facts/birth_date: "' + 'a' * 48 + '..." is not a real date'
    entries = ','.join('{"id":"e%d","date":"2026-01-05","kind":"note","note":"n"}' % i for i in range(200_000))
    yield 'entries-200k', case(',"nickname":"x","log":[' + entries + ']'), 0, ''
    yield 'key-1mb-fact', case(',"facts":{"' + 'k' * (1 << 20) + '":1}'), 2, '/facts/' + 'k' * 40 + '...: 1 is the value of an unknown fact "' + 'k' * 40 + '..."'
    yield 'key-1mb-field', case(',"' + 'k' * (1 << 20) + '":1'), 2, '/' + 'k' * 40 + '...: 1 is not a known field'
    yield 'key-1mb-entry', case(',"log":[{"id":"e","date":"2026-01-05","kind":"note","' + 'k' * (1 << 20) + '":1}]'), 2, '/log/0/' + 'k' * 40 + '...'
    yield 'nul-nickname', case(',"nickname":"a\\u0000b"'), 2, '/nickname: "a\\u0000b" holds a control character (U+0000)'
    yield 'nul-note', case(',"log":[' + NOTE % '"a\\u0000b"' + ']'), 2, '/log/0/note: "a\\u0000b" holds a control character (U+0000)'
    yield 'bell-entry-id', case(',"log":[{"id":"e\\u0007","date":"2026-01-05","kind":"note"}]'), 2, '/log/0/id: "e\\u0007" holds a control character (U+0007)'
    yield 'escape-agreement-text', case(',"log":[{"id":"a","date":"2026-01-05","kind":"agreement","adapted_text":"x\\u001b[31m"}]'), 2, '/log/0/adapted_text: "x\\u001b[31m" holds a control character (U+001B)'
    yield 'del-nickname', case(',"nickname":"a\\u007fb"'), 2, '/nickname: "a\\u007fb" holds a control character (U+007F)'
    yield 'c1-nickname', case(',"nickname":"a\\u0085b"'), 2, '/nickname: "a\\u0085b" holds a control character (U+0085)'
    yield 'tab-newline-note', case(',"log":[' + NOTE % '"line 1\\nline 2\\r\\n\\tindented"' + ']'), 0, ''
    yield 'newline-nickname', case(',"nickname":"two\\nlines"'), 2, '/nickname: "two\\nlines" holds a control character (U+000A)'
    yield 'invalid-utf8', HEAD.encode() + b',"nickname":"\xff\xfe"}', 2, 'is not a valid JSON file (reading stopped at character 51)'
    yield 'overlong-utf8', HEAD.encode() + b',"nickname":"\xc0\xaf"}', 2, 'is not a valid JSON file (reading stopped at character 51)'
    yield 'lone-high-surrogate', case(',"nickname":"\\ud800"'), 2, 'is not a valid JSON file (reading stopped at character'
    yield 'lone-low-surrogate', case(',"nickname":"\\udc00x"'), 2, 'is not a valid JSON file (reading stopped at character'
    yield 'bom', b'\xef\xbb\xbf' + case(',"nickname":"x"').encode(), 0, ''
    yield 'duplicate-keys', case(',"nickname":"a","nickname":"b"'), 2, '/nickname: appears twice in one object'
    yield 'duplicate-format', '{"format":"other","format":"fasthold-case","version":1}', 2, '/format: appears twice in one object'
    yield 'nan', case(',"facts":{"absence_hours_per_week":NaN}'), 2, 'is not a valid JSON file (reading stopped at character'
    yield 'infinity', case(',"facts":{"absence_hours_per_week":Infinity}'), 2, 'is not a valid JSON file (reading stopped at character'
    yield 'minus-infinity', case(',"facts":{"absence_hours_per_week":-Infinity}'), 2, 'is not a valid JSON file (reading stopped at character'
    yield 'number-400-digits', case(',"facts":{"absence_hours_per_week":' + '9' * 400 + '}'), 2, '/facts/absence_hours_per_week: ' + '9' * 40 + '... is a number too large to read'
    yield 'number-400-digits-version', '{"format":"fasthold-case","version":' + '1' * 400 + '}', 2, '/version: ' + '1' * 40 + '... is a number too large to read'
    yield 'number-400-digit-fraction', case(',"facts":{"absence_hours_per_week":0.' + '0' * 398 + '1}'), 0, ''
    yield 'empty', '', 2, 'is not a valid JSON file (reading stopped at character 1)'
    yield 'spaces', ' ' * 4096, 2, 'is not a valid JSON file (reading stopped at character 4097)'


def main():
    out = sys.argv[1]
    max_bytes = int(sys.argv[sys.argv.index('--max-bytes') + 1]) if '--max-bytes' in sys.argv else None
    os.makedirs(out, exist_ok=True)
    lines = []
    for name, content, code, fragment in corpus():
        data = content.encode() if isinstance(content, str) else content
        if max_bytes is not None and len(data) > max_bytes:
            continue
        with open(os.path.join(out, name + '.json'), 'wb') as f:
            f.write(data)
        assert '\t' not in fragment and '\n' not in fragment
        lines.append(f'{name}\t{code}\t{fragment}\n')
    with open(os.path.join(out, 'manifest.tsv'), 'w', encoding='utf-8') as f:
        f.writelines(lines)


if __name__ == '__main__':
    main()
