# raise statements.
raise
raise E
raise E()
raise E("message")
raise E from e
raise E() from None
raise E from (e)
raise E("a", "b") from f()
raise mod.E
raise E[0]
raise (E)
raise E if x else F
raise E from e if x else None
raise E(*args, **kw)


def f():
    try:
        pass
    except E as e:
        raise
    except F as e:
        raise G from e
    raise lambda: 0
