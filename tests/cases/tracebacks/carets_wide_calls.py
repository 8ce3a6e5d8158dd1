# Traceback source lines and their markers (PEP 657): wide characters in calls on one and several lines
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
def g(*a):
    raise ValueError
def t1():
    g("中")
show(t1)
def t2():
    g("😀")
show(t2)
def t3():
    g("é")
show(t3)
def t4():
    g("中",
      1)
show(t4)
def t5():
    x = g("中",
      1)
show(t5)
def t6():
    x = g(
      "中中", 1)
show(t6)
def t7():
    x = {}["中"]
show(t7)
