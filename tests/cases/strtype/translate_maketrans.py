t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "333", "😀": "smile"})
print(sorted(t2.items()), "abc😀".translate(t2))
t3 = str.maketrans("ab", "cd", "xyz")
print(sorted(t3.items()), "abxyzab".translate(t3))
print("abc".translate({97: None, 98: 120}), "abc".translate({}), "abc".translate([None, None]), "hello".translate({ord("l"): "L" * 3}))
class Lookup:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A"
        raise LookupError
print("banana".translate(Lookup()))
for args in [("ab", "c"), ("a",), ({"ab": 1},), ({1.5: "x"},), (1, 2)]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}]:
    try:
        "a".translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("a".translate({97: 0x10FFFF}) == "\U0010ffff", "abc".translate(str.maketrans("", "", "b")))
