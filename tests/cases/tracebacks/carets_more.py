# Traceback source lines and their markers (PEP 657): f-strings, class bodies, lambdas, comprehensions, odd spacing and parentheses
import io, sys
def show(fn):
    buf = io.StringIO()
    saved, sys.stderr = sys.stderr, buf
    try:
        fn()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.stderr = saved
    print(buf.getvalue().replace(__file__, "HERE"), end="")
x = 0
d = {}
def t1():
    return f"{1/0}"
show(t1)
def t2():
    return f"a{x}b{d['k']}"
show(t2)
def t3():
    return f"""
    {x / 0}
    """
show(t3)
def t4():
    raise ValueError("v") from None
show(t4)
def t5():
    class C:
        y = 1 / 0
show(t5)
def t6():
    return list(map(lambda v: v / 0, [1]))
show(t6)
def t7():
    return sum(i / 0 for i in [1])
show(t7)
def deco(fn):
    raise KeyError("deco")
def t8():
    @deco
    def inner(): pass
show(t8)
def t9():
    return max(1, key=lambda v: v / 0)
show(t9)
def t10():
    return sorted([1, 2], key=lambda v: d[v])
show(t10)
def t11():
    return x.__class__.__name__.nope
show(t11)
def t12():
    s = "é" * 3; return s + x + s
show(t12)
def t13():
    return (
        x
        +
        "s"
    )
show(t13)
def t14():
    return print(1, 2, sep=x/0)
show(t14)
def t15():
    return d.get("k")["z"]
show(t15)
def t16():
    return d.get("k").z
show(t16)
def t17():
    return x . real . nope
show(t17)
def t18():
    return x(1)
show(t18)
def t19():
    return int.from_bytes(b"", "bad")
show(t19)
def t20():
    return 1 + \
        "a"
show(t20)
def t21():
    return (1 +  # why
            "a")
show(t21)
def t22():
    return [1][x] [5]
show(t22)
def t23():
    return "%d" % "s"
show(t23)
def t24():
    return x or 1 / x
show(t24)
def t25():
    return x<<-1
show(t25)
def t26():
    return x ** -1
show(t26)
def t27():
    return (x)and(1/0)
show(t27)
def t28():
    return 1+ (x) /(0)
show(t28)
def t29():
    y = 5; y //= 0
show(t29)
def t30():
    y = [1]; y[0] /= 0
show(t30)
def t31():
    return d [ "a" ] [ "b" ]
show(t31)
def t32():
    return d[x, 1:2]
show(t32)
def t33():
    return "😀" if False else d["😀"]
show(t33)
def t34():
    return 1/0 # trailing
show(t34)
def t35():
    return (1/0)
show(t35)
def t36():
    return  1/0
show(t36)
async def t37c():
    return 1 / 0
def t37():
    t37c().send(None)
show(t37)
def gen():
    yield 1 / 0
def t38():
    next(gen())
show(t38)
def t39():
    return [*x]
show(t39)
def t40():
    return {**x}
show(t40)
def t41():
    return f(**x)
show(t41)
def t42():
    return d["a"] if x else d["b"]
show(t42)
def t43():
    lambda_ = lambda: d["q"]; return lambda_()
show(t43)
def t44():
    return x.y if True else 0
show(t44)
def t45():
    return type("X", (), {})().m()
show(t45)
