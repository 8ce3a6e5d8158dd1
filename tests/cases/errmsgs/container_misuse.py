# list/dict/set/tuple/bytes error messages for common misuse
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
l = [1, 2, 3]
t("index", lambda: l.index(5)); t("index str", lambda: ["a"].index("b")); t("remove", lambda: l.remove(9)); t("pop empty", lambda: [].pop())
t("pop idx", lambda: l.pop(7)); t("ext slice", lambda: l.__setitem__(slice(None, None, 2), [1, 2, 3])); t("insert", lambda: l.insert("a", 1))
t("idx type", lambda: l["a"]); t("idx float", lambda: l[1.0]); t("mul", lambda: l * "a"); t("add", lambda: l + (1,)); t("iadd", lambda: l.__iadd__(5))
t("sort mixed", lambda: [1, "a"].sort()); t("sort kw", lambda: [].sort(lambda x: x)); t("del slice", lambda: l.__delitem__(slice(5, 1)))
t("neg repeat", lambda: [1] * -2); t("huge repeat", lambda: [1] * 2**62); t("big index", lambda: l[2**70]); t("count args", lambda: l.count())
d = {"a": 1}
t("pop", lambda: d.pop("x")); t("popitem", lambda: {}.popitem()); t("update int", lambda: {}.update(1)); t("seq len", lambda: dict([(1, 2, 3)]))
t("seq elem", lambda: dict([1])); t("or list", lambda: d | [1]); t("ior list", lambda: d.__ior__([("b", 2)])); t("ior bad", lambda: d.__ior__([1]))
t("getitem list", lambda: d[[1]]); t("fromkeys", lambda: dict.fromkeys(1)); t("keys & ", lambda: d.keys() & [("a")]); t("items &", lambda: d.items() | {("a", 1)})
t("dict kw", lambda: dict(1, 2)); t("dict str", lambda: dict("ab")); t("setdefault", lambda: {}.setdefault()); t("view sub", lambda: d.keys() - 1)
s = {1}
t("remove", lambda: s.remove(2)); t("pop", lambda: set().pop()); t("unhashable", lambda: {[]}); t("sub list", lambda: s - [1]); t("isub list", lambda: s.__isub__([1]))
t("lt", lambda: s < [1]); t("add list", lambda: s.add([])); t("fs op", lambda: frozenset([1]) | {2}); t("set | fs", lambda: {2} | frozenset([1]))
t("update int", lambda: s.update(3)); t("union int", lambda: s.union([1], 5)); t("discard unhash", lambda: s.discard([])); t("in unhash", lambda: [] in s)
t("frozenset in set", lambda: {1} in {frozenset({1})}); t("set in fs", lambda: set() in {frozenset()})
tp = (1, 2)
t("tuple assign", lambda: tp.__setitem__(0, 1)); t("tuple index", lambda: tp.index(3)); t("tuple idx", lambda: tp[5]); t("tuple + list", lambda: tp + [1])
t("bytes neg", lambda: bytes(-1)); t("bytes str", lambda: bytes("a")); t("fromhex", lambda: bytes.fromhex("zz")); t("fromhex odd", lambda: bytes.fromhex("abc"))
t("bytes item", lambda: b"abc"[5]); t("ba set", lambda: bytearray(b"a").__setitem__(0, 300)); t("bytes + str", lambda: b"a" + "b"); t("bytes in", lambda: 300 in b"a")
t("bytes in str", lambda: "a" in b"a"); t("bytes mod", lambda: b"%s" % "x"); t("bytes iter", lambda: bytes([1, "a"])); t("ba pop", lambda: bytearray().pop())
t("str item", lambda: "abc"[3]); t("str assign", lambda: "abc".__setitem__(0, "x")); t("str + int", lambda: "a" + 1); t("int + str", lambda: 1 + "a")
t("str * str", lambda: "a" * "b"); t("str in int", lambda: 1 in "abc"); t("range in", lambda: "a" in range(3)); t("chr", lambda: chr(-1)); t("chr big", lambda: chr(0x110000))
t("ord", lambda: ord("ab")); t("ord empty", lambda: ord("")); t("ord int", lambda: ord(1)); t("sum str", lambda: sum(["a"], "")); t("sum bytes", lambda: sum([b"a"], b""))
t("sum ba", lambda: sum([], bytearray())); t("min empty", lambda: min([])); t("max args", lambda: max()); t("max kw", lambda: max([1], key=None, default=0, x=1))
t("min default many", lambda: min(1, 2, default=3)); t("sorted rev", lambda: sorted([2, 1], reverse="yes")); t("bin float", lambda: bin(1.5)); t("abs str", lambda: abs("a"))
t("divmod str", lambda: divmod("a", 1)); t("round str", lambda: round("a")); t("iter int", lambda: iter(5)); t("next list", lambda: next([1])); t("len int", lambda: len(5))
t("call int", lambda: 5()); t("sub none", lambda: None[0]); t("attr none", lambda: None.x); t("neg str", lambda: -"a"); t("inv float", lambda: ~1.5)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(range(10), 0.5), sum([[1], [2]], []), sum([], 7), sum((1, 2), start=10))
