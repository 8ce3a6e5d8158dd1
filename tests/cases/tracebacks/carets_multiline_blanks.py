# Traceback source lines and their markers (PEP 657): the first line of a multi-line call, with trailing blanks and comments
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
def t0():
    x = g("éé",
      a=1)
show(t0)
def t1():
    x = g("éé",   
      a=1)
show(t1)
def t2():
    x = g("𐀀𐀀",
      a=1)
show(t2)
def t3():
    x = g("𐀀𐀀",  
      a=1)
show(t3)
def t4():
    x = g("中中",
      a=1)
show(t4)
def t5():
    x = g("中中",   
      a=1)
show(t5)
def t6():
    x = g("ééééé",
      a=1)
show(t6)
def t7():
    x = g("ééééé",  
      a=1)
show(t7)
def t8():
    x = g(é=1,
      a=1)
show(t8)
def t9():
    x = g(é=1, #c
      a=1)
show(t9)
def t10():
    x = g("a",
      a=1)
show(t10)
def t11():
    x = g("a",   
      a=1)
show(t11)
def t12():
    x = g("𐀀",        
      a=1)
show(t12)
