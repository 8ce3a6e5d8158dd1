def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long from {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case _:
            return "not a sequence"


for v in ([], [1], (1, 2), [1, 2, 3], list(range(10)), "abc", {"a": 1}, 42, range(3), [[1, 2]]):
    print(repr(v), shape(v))


def nested(p):
    match p:
        case [(x, y), [z, *_]]:
            return x + y + z
        case [_, _]:
            return "pair of something"
    return "no match"


print(nested([(1, 2), [3, 4, 5]]), nested([1, 2]), nested([(1, 2, 3), [4]]), nested([]))
