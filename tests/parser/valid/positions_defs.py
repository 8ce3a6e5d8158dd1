# Definitions: decorators, end positions with nested blocks, comments and blank lines.
@decorator
def f():
    pass


@a
@b(c)
class C:
    @d
    def m(self):
        return 1  # trailing comment

    # comment after the method


@e
async def g(
    a,
    b,
):
    if a:
        return b
    # comment


def h(): return 1  # comment


def i(a: int = 1,
      *, b: str = "é") -> None:
    """Doc
    string."""
    x = 1;


class D(
    Base,
    metaclass=Meta,
):
    x: int = 1

    class E: pass


def j():
    def k():
        def l():
            pass



    return k
