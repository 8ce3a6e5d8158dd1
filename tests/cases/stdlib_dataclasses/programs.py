# Typical data class programs: orders with properties, frozen ordered versions, trees,
# callable instances, identity-hashed instances.
import dataclasses
from dataclasses import dataclass, field, asdict
from typing import List, Optional, Dict
# typical dataclass programs
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    @property
    def total(self) -> float: return self.price * self.qty
@dataclass
class Order:
    id: int
    items: List[Item] = field(default_factory=list)
    notes: Optional[str] = None
    tags: Dict[str, str] = field(default_factory=dict)
    def add(self, item: Item) -> 'Order':
        self.items.append(item)
        return self
    @property
    def total(self): return sum(i.total for i in self.items)
o = Order(1).add(Item('a', 2.5, 2)).add(Item('b', 1.0))
print(o, o.total, asdict(o))
print(sorted([Item('z', 1), Item('a', 2)], key=lambda i: i.name))
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    @classmethod
    def parse(cls, s: str) -> 'Version': return cls(*map(int, s.split('.')))
    def __str__(self): return f'{self.major}.{self.minor}.{self.patch}'
vs = [Version.parse(s) for s in ['1.2.3', '1.10.0', '1.2']]
print(sorted(vs), max(vs), str(min(vs)), {vs[0]: 'x'}, len(set(vs + [Version(1, 2, 3)])))
@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)
    def walk(self):
        yield self.val
        for c in self.children: yield from c.walk()
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()), tree)
print(dataclasses.astuple(tree))
@dataclass
class Counter:
    count: int = 0
    def __call__(self): self.count += 1; return self.count
c = Counter()
c(); c()
print(c, c == Counter(2), c != Counter(3))
@dataclass(eq=False)
class Ident:
    v: int
s = {Ident(1), Ident(1)}
print(len(s))
