import pprint

data = {
    "name": "Taipan",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"deep": (1, 2, 3) * 5}], "b": {"x": None, "y": True}},
    "tuple1": ("single",),
    "set": {5, 3, 1, 4, 2, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120},
    "frozen": frozenset({"b", "a", "c"}),
    "empty": [[], (), {}, set(), frozenset(), ""],
    3: "int key",
    (1, 2): "tuple key",
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=20, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=60)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=60)
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat([list(range(10))] * 6, width=30, compact=True))
print(pprint.pformat({"k" * 30: "v" * 30, "x": 1}, width=30))
print(pprint.pformat([("a" * 20, "b" * 20)] * 3, width=30))
print(pprint.pformat((("x" * 40,),), width=20))
print(pprint.pformat({i: i * i for i in range(30)}, width=40))
print(pprint.pformat([[[[[[1, 2, 3]]]]]], width=5))
print(pprint.pformat({3: 1, "a": 2, 1.5: 3, None: 4, (1,): 5}))
print(pprint.pformat({1, "a", 2.5, None, (1, 2)}, width=10))
print(pprint.pformat(12345678901234567890, underscore_numbers=True))
print(pprint.pformat([10**6, -10**7, True], underscore_numbers=True))


class MyList(list):
    pass


class MyDict(dict):
    def __repr__(self):
        return "MyDict!"


print(pprint.pformat(MyList(range(30)), width=30))
print(pprint.pformat(MyDict(a=1), width=3))
print(pprint.pformat([object] * 3, width=20))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
