# Traceback source lines and their markers (PEP 657): non-ASCII and wide characters before and inside the marked expression
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
d = {}
def t1():
    return "é" if False else d["k"]
show(t1)
def t2():
    return "€" if False else d["k"]
show(t2)
def t3():
    return "😀" if False else d["k"]
show(t3)
def t4():
    return "😀😀" if False else d["k"]
show(t4)
def t5():
    return "" if False else d["😀"]
show(t5)
def t6():
    return "" if False else d["😀😀"]
show(t6)
def t7():
    return "" if False else 1 + "😀😀" + d["😀😀"]
show(t7)
def t8():
    return "" if False else "😀😀" + 1
show(t8)
def t9():
    return "" if False else "€€" + 1
show(t9)
