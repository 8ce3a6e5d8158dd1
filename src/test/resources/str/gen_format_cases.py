#!/usr/bin/env python3
"""Writes format_random.cases: format(value, spec) for pseudo-random specs of the mini-language
over values of every formattable builtin type (a fixed seed, so the output is stable)."""
import random

VALUES = {
    'int': ['0', '1', '-1', '7', '-42', '255', '1234', '-98765', '123456789', '10**20', '-(2**70)', '65',
            '0x10ffff', 'True', 'False'],
    'float': ['0.0', '-0.0', '1.5', '-2.5', '0.1', '2.675', '1234567.891', '-0.000123456', '1e-10', '1e16',
              '1e22', '1.5e300', '5e-324', '1.7976931348623157e308', "float('inf')", "float('-inf')",
              "float('nan')", '123.456', '0.5', '9.999999', '99.5', '0.05', '-1e-7', '3.0', '100.0'],
    'complex': ['0j', '1+2j', '-1.5-0.25j', '-0.0+0j', '1e20j', '1.5e-7-3j', "complex('inf-nanj')", '3+0j'],
    'str': ["''", "'abc'", "'h\\xe9llo'", "'\\U0001f600x'", "'a b'", "'0123456789abcdef'"],
}
FILLS = ['', '', '', 'x', '*', '0', ' ', '\U0001f600', '=', '{']
ALIGNS = ['', '', '<', '>', '^', '=']
SIGNS = ['', '', '+', '-', ' ']
TYPES = {
    'int': ['', '', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's'],
    'float': ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x'],
    'complex': ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'],
    'str': ['', '', 's', 'd'],
}


def spec(r, kind):
    s = ''
    align = r.choice(ALIGNS)
    if align:
        s += r.choice(FILLS) + align
    s += r.choice(SIGNS)
    if r.random() < 0.1:
        s += 'z'
    if r.random() < 0.25:
        s += '#'
    if r.random() < 0.25:
        s += '0'
    if r.random() < 0.6:
        s += str(r.choice([0, 1, 2, 5, 8, 10, 12, 15, 20, 25, 40]))
    if r.random() < 0.25:
        s += r.choice([',', '_'])
    if r.random() < 0.5:
        s += '.' + str(r.choice([0, 0, 1, 2, 3, 5, 6, 10, 17, 20, 30]))
    s += r.choice(TYPES[kind])
    return s


def main():
    r = random.Random(311)
    for kind, values in VALUES.items():
        for v in values:
            for _ in range(25):
                print(f'format({v}, {spec(r, kind)!r})')


main()
