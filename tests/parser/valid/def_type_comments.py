# Type comments are plain comments for ast.parse() without type_comments=True.
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass


def g(a, b):  # type: (int, str) -> bool
    return True


x = []  # type: List[int]
y = 1  # type: ignore
z = 2  # type: ignore[attr-defined]
for i in range(3):  # type: int
    pass
with open(p) as fh:  # type: IO[str]
    pass
# type: ignore
