# Values marshalled by tests of marshal (MarshalTest): run by CPython (regen) and by Taipan.
# Each output line: index, version, the hex of marshal.dumps(value, version), repr(loads(...)).
import marshal

shared_list = [1, 2]
big = 1000
DATA = [
    None, True, False, ..., StopIteration,
    0, 1, -1, 5, 255, 256, 257, -5, -6, 1000, -1000, 2**15, 2**30, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**32, 2**45 + 7, 2**62, 2**63, -2**63, 2**64 + 1, -2**100, 10**50, -(10**60) + 3, 2**1000,
    0.0, -0.0, 1.5, 0.1, -2.75, 1e300, 1e-300, 5e-324, 1e16, 123456789.123, float('inf'), -float('inf'),
    1j, 2 + 3j, -1.5 - 0.25j, complex(0.1, -1e200),
    '', 'a', 'abc', 'a b', 'with\nnewline', 'é', 'naïve café', '日本語', '\U0001F600 emoji', '\x00\x7f',
    'x' * 300, 'y z' * 100, 'é' * 200, 'identifier_like_123', '1abc', '_',
    b'', b'xy', b'\x00\xff' * 10, bytes(range(256)), bytearray(b'ba'),
    (), (1,), (1, 2), ('abc', 'abc'), (1, 'one', 1.0, None), tuple(range(300)), ((1, 2), (3, (4, (5,)))),
    [], [1, 2], [big, big], [shared_list, shared_list], ['abc', 'abc', 'a b', 'a b'], [[[]]], [None, [True, [False]]],
    {}, {1: 2}, {'a': 1, 'b': [2, 3], 'c': {'d': None}}, {(1, 2): 'tuple key', 3.5: 'float key'},
    set(), {1, 2, 3}, {'b', 'a', 'c', 'zz'}, frozenset(), frozenset({1, 2}), frozenset({'x', (1, 'y'), 2.5, 300}),
    {frozenset({1}), frozenset({2, 3})},
    [1, 'mixed', 2.5, (3, [4, {5: frozenset({6})}])],
]


def main():
    for i, value in enumerate(DATA):
        for version in range(5):
            data = marshal.dumps(value, version)
            back = marshal.loads(data)
            shown = repr(back) if not isinstance(back, (set, frozenset)) else repr(sorted(back, key=repr))
            print(i, version, data.hex(), shown)


main()
