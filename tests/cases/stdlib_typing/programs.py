# Typical annotated programs: a generic repository class, aliases, recursive JSON type,
# generators, callbacks, TypedDict and NamedTuple in use.
import typing
from typing import *
# Runtime uses seen in real programs
T = TypeVar('T')
class Repo(Generic[T]):
    def __init__(self, items: Optional[List[T]] = None):
        self.items: List[T] = items or []
    def add(self, x: T) -> None: self.items.append(x)
    def __len__(self): return len(self.items)
    def __iter__(self) -> Iterator[T]: return iter(self.items)
r: Repo[int] = Repo()
r.add(1); r.add(2)
print(list(r), len(r), Repo.__annotations__ if hasattr(Repo, '__annotations__') else {}, __annotations__)
Vector = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2.0, [1.0, 2.0]), Vector, scale.__annotations__)
ConnectionOptions = Dict[str, str]
Address = Tuple[str, int]
Server = Tuple[Address, ConnectionOptions]
print(Server)
JSON = Union[Dict[str, 'JSON'], List['JSON'], str, int, float, bool, None]
print(JSON)
print(get_type_hints(scale))
def fib() -> Generator[int, None, None]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 8)))
Callback = Callable[[str, int], Awaitable[None]]
print(Callback, Callback.__args__)
def process(cb: Callable[..., Any], *args: Any, **kwargs: Any) -> Any: return cb(*args, **kwargs)
print(process(max, 1, 5, 3))
class Config(TypedDict, total=False):
    host: str
    port: int
cfg: Config = {'host': 'x'}
print(cfg, Config.__optional_keys__ == {'host', 'port'})
class Pt(NamedTuple):
    x: float
    y: float
    def dist(self) -> float: return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).dist(), Pt(3, 4)._asdict(), sorted([Pt(2, 1), Pt(1, 2)]))
print(isinstance(Pt(1, 2), tuple), Pt.__annotations__)
