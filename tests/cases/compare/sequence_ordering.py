print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print((1, "a") < (1, "b"), (1, 2) == (1, 2), (1, 2) != (1, 2.0), () == ())
print("abc" < "abd", "Z" < "a", "" < "a", "abc" > "ab", "b" > "abc")
print([1, [2, 3]] < [1, [2, 4]], [[]] == [[]], [(1, 2)] < [(1, 3)])
print("é" > "z", "\u00ff" < "\u0100")
print(max("apple", "banana", "cherry"), min(["b", "a"], ["a", "z"]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1, None) < (1, None), (1, None) < (2, None))
    (1, None) < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, None) == (1, None), (1, None) <= (2, None))
print(b"abc" < b"abd", b"" == b"", bytearray(b"x") == b"x")
