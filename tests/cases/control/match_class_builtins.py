def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"str {s}"
        case list([x, y]):
            return f"list pair {x} {y}"
        case tuple((x, *_)):
            return f"tuple starting {x}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case _:
            return type(v).__name__


for v in (True, -3, 5, 1.5, "", "s", [1, 2], [1, 2, 3], (9, 8), (), {"k": 0}, {1, 2}, frozenset(), None, b"b"):
    print(repr(v), "->", kind(v))
