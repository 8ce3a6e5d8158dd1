# Traceback source lines and their markers (PEP 657): binary operators, subscripts, calls, attributes, multi-line expressions
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
class A:
    pass
a = A()
a.b = A()
d = {}
def f(x):
    return lambda y: y / 0
def g():
    raise ValueError("g")
x = 0
lst = [1]
def t1(): 1/0
show(t1)
def t2():
    return 1/0
show(t2)
def t3():
    a.b.c
show(t3)
def t4():
    return f(x)(1)
show(t4)
def t5():
    d["k"]
show(t5)
def t6():
    return d["k"]
show(t6)
def t7():
    return (1 +
            "a")
show(t7)
def t8():
    y = (x
         / 0)
show(t8)
def t9():
    g()
show(t9)
def t10():
    v = g()
show(t10)
def t11():
    return lst[5] + 1
show(t11)
def t12():
    return x // 0   # comment
show(t12)
def t13():
    g()   # comment
show(t13)
def t14():
    return (x) / (0)
show(t14)
def t15():
    return lst [ 10 ]
show(t15)
def t16():
    return d['é'] + 'ü'
show(t16)
def t17():
    return 'ééé' + x
show(t17)
def t18():
    return x.foo.bar
show(t18)
def t19():
    return g(
        1, 2)
show(t19)
def t20():
    return [1, 2][x + 5]
show(t20)
def t21():
    return x**-1 if False else 1 % x
show(t21)
def t22():
	return 1/0
show(t22)
def t23():
    x = 1; y = 1 / 0
show(t23)
def t24():
    return lst[0][1]
show(t24)
def t25():
    return a.missing()
show(t25)
def t26():
    return {}["a"]["b"]
show(t26)
def t27():
    assert x, "msg"
show(t27)
def t28():
    return int("x")
show(t28)
def t29():
    return x + int("x") + 1
show(t29)
def t30():
    del d["z"]
show(t30)
def t31():
    lst[7] = 1
show(t31)
def t32():
    for i in x: pass
show(t32)
def t33():
    return [i / 0 for i in range(3)]
show(t33)
def t34():
    x += "s"
show(t34)
def t35():
    global x
    x += "s"
show(t35)
def t36():
    return not_defined + 1
show(t36)
def t37():
    return (1, 2) + x
show(t37)
def t38():
    return -"a"
show(t38)
def t39():
    return 1 if x / 0 else 2
show(t39)
def t40():
    return d[
        "k"
    ]
show(t40)
def t41():
    return f(x)(1) + (
        1)
show(t41)
def t42():
    return x < "a"
show(t42)
def t43():
    return 1 + 2 + 3 + "a"
show(t43)
def t44():
    return "a" + 1 + 2
show(t44)
def t45():
    import nosuchmod
show(t45)
def t46():
    a, b = 1, 2, 3
show(t46)
def t47():
    with x: pass
show(t47)
def t48():
    return x @ x
show(t48)
def t49():
    return (lambda: 1/0)()
show(t49)
def t50():
    return lst[1:2:0]
show(t50)
