# Traceback source lines and their markers (PEP 657): multi-line expressions whose first line has multi-byte text and trailing blanks
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
def t5():
    x = g("𐀀𐀀",
      1)
show(t5)
def t6():
    x = g("éé",   
      1)
show(t6)
def t7():
    x = "éé" + g("éé",   
      1)
show(t7)
def t8():
    x = "éé" + g("éé") + "é"
show(t8)
def t9():
    x = "𐀀" + g("𐀀") + "é"
show(t9)
def t10():
    "𐀀" + g("𐀀") + "é"
show(t10)
def t11():
    "中" + g("𐀀") + "é"
show(t11)
