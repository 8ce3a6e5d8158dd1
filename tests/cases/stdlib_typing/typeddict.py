# TypedDict: class syntax, total, Required/NotRequired, inheritance, the functional form, errors.
from typing import TypedDict, Required, NotRequired, List, is_typeddict, get_type_hints


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


class M3(TypedDict):
    a: Required[int]
    b: NotRequired[str]


class M4(TypedDict, total=False):
    c: Required[List[int]]
    d: 'str'


m = Movie(title='x', year=1999)
print(m, type(m), Movie.__annotations__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__),
      Movie2.__total__, Movie.__total__, sorted(M3.__required_keys__), sorted(M3.__optional_keys__), M3.__annotations__)
print(Movie.__mro__, Movie2.__bases__, Movie.__module__, Movie.__name__, Movie2.__annotations__, sorted(M4.__required_keys__),
      sorted(M4.__optional_keys__), M4.__annotations__, type(Movie2.__required_keys__).__name__)
F = TypedDict('F', {'a': int, 'b': str}, total=False)
print(F, F(a=1), F.__annotations__, F.__total__, sorted(F.__optional_keys__), F.__module__, is_typeddict(F),
      is_typeddict(Movie), is_typeddict(dict), is_typeddict(m), get_type_hints(M3), get_type_hints(M3, include_extras=True))
print(Movie(title='t'), Movie(), Movie({'title': 1}), Movie([('a', 1)]), Movie(m, year=2), get_type_hints(M4))
for src in ["isinstance(m, Movie)", "issubclass(dict, Movie)", "class X(TypedDict, int): pass", "class X(Movie, dict): pass",
            "TypedDict('X', {'a': int}, b=3)", "class X(TypedDict):\n def f(self): pass\nprint(X.f.__name__)",
            "class X(TypedDict, metaclass=type): pass", "TypedDict('X', {'a': 'int'}).__annotations__"]:
    try:
        exec(src)
        print('ok')
    except TypeError as e:
        print(type(e).__name__, e)
