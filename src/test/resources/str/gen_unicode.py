#!/usr/bin/env python3
"""Writes unicode.txt: Python 3.11's view of every code point, for StrUnicodeTest.

"P name ranges..." lists the code points (hex ranges) for which a one-character predicate
holds; "M name cp -> cps" lists every code point whose case mapping is not itself."""
import sys

PREDICATES = {
    'isalpha': str.isalpha, 'isdecimal': str.isdecimal, 'isdigit': str.isdigit,
    'isnumeric': str.isnumeric, 'isspace': str.isspace, 'isprintable': str.isprintable,
    'islower': str.islower, 'isupper': str.isupper, 'istitle': str.istitle,
    'idstart': str.isidentifier, 'idcontinue': lambda c: ('a' + c).isidentifier(),
}
MAPPINGS = {'upper': str.upper, 'lower': str.lower, 'title': str.title, 'casefold': str.casefold}


def main():
    out = []
    chars = [chr(i) for i in range(0x110000)]
    for name, f in PREDICATES.items():
        ranges, start = [], None
        for i, c in enumerate(chars + ['']):
            ok = i < 0x110000 and f(c)
            if ok and start is None:
                start = i
            elif not ok and start is not None:
                ranges.append(f'{start:x}' if start == i - 1 else f'{start:x}-{i - 1:x}')
                start = None
        out.append('P ' + name + ' ' + ' '.join(ranges))
    for name, f in MAPPINGS.items():
        for i, c in enumerate(chars):
            m = f(c)
            if m != c:
                out.append(f'M {name} {i:x} ' + ','.join(f'{ord(x):x}' for x in m))
    sys.stdout.write('\n'.join(out) + '\n')


main()
