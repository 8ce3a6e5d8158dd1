def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"bad int {s!r}") from e


def parse_pair(text):
    try:
        a, b = text.split(",")
        return parse_int(a), parse_int(b)
    except TypeError as e:
        raise ValueError(f"bad pair {text!r}") from e


for t in ["1,2", "x,2", "1,2,3"]:
    try:
        print(parse_pair(t))
    except ValueError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(f"{type(cur).__name__}: {cur}")
            cur = cur.__cause__ or cur.__context__
        print(" <- ".join(chain))
