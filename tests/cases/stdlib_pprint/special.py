import pprint
import types
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque
from dataclasses import dataclass, field

print(pprint.pformat(OrderedDict((str(i), i) for i in range(12)), width=40))
print(pprint.pformat(OrderedDict(), width=1))
d = defaultdict(list)
for i in range(12):
    d["key%d" % i].append(i)
print(pprint.pformat(d, width=40))
print(pprint.pformat(defaultdict(int), width=1))
print(pprint.pformat(Counter("abracadabra" * 3 + "xyz"), width=30))
print(pprint.pformat(ChainMap({"a": 1, "b": list(range(10))}, {"c": 3}), width=30))
print(pprint.pformat(ChainMap(), width=1))
print(pprint.pformat(deque(range(25)), width=30))
print(pprint.pformat(deque(range(25), maxlen=30), width=30))
print(pprint.pformat(UserDict({i: str(i) * 5 for i in range(8)}), width=30))
print(pprint.pformat(UserList(range(30)), width=30))
print(pprint.pformat(UserString("word " * 20), width=30))
print(pprint.pformat(types.MappingProxyType({"a": list(range(20))}), width=40))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(15)), beta="text" * 10), width=40))


class NS(types.SimpleNamespace):
    pass


print(pprint.pformat(NS(x=list(range(20))), width=30))


@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


p = Point(1, list(range(30)))
print(pprint.pformat(p, width=40))
print(pprint.pformat([p, p], width=200))


@dataclass
class Node:
    value: int
    children: list


n = Node(1, [])
n.children.append(n)
print(pprint.pformat(n, width=10).replace(str(id(n)), "ID"))


@dataclass(repr=False)
class NoRepr:
    x: list


print(pprint.pformat(NoRepr(list(range(30))), width=20)[:25])
