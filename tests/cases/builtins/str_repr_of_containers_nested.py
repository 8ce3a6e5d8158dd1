data = [1, "two", 3.0, None, True, (4, "five"), {"six": [7]}, {8}, frozenset(), b"9", 1j, [], ()]
print(data)
print(str(data) == repr(data), len(repr(data)))
print((1,), ((1,),), [(), [()]], {(): []}, {"a": {"b": {"c": None}}})
print(repr("quote's"), repr(['quote"s']), repr({"k": "v'v"}))
print([float("inf"), float("-inf"), -0.0, 1e100, 1.5e-10])
print({1: [1, {2: (3,)}]}, [[[[]]]], [{}], [set()])
