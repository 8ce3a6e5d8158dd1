def inner():
    yield 1
    raise KeyError("inner failure")


def middle():
    try:
        yield from inner()
    except KeyError as e:
        yield f"middle caught {e}"
        raise ValueError("middle re-raise") from e


def outer():
    try:
        yield from middle()
    except ValueError as e:
        yield f"outer caught {e} (cause {e.__cause__!r})"


print(list(outer()))
