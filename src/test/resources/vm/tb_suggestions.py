import sys
class A:
    def __init__(self): self.value = 1; self.other = 2
def check(src, g):
    try:
        exec(src, g)
    except (NameError, AttributeError) as e:
        sys.excepthook(type(e), e, e.__traceback__)
g = {"values": 1, "A": A}
check("valuez", g)
check("A().valu", g)
check("A().VALUE", g)
check("prnt('x')", {})
check("lenn", {})
check("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", {"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyy": 1})
check("import sys; sys.argvv", {})
check("A.valu", g)
check("x", {"y": 1})
check("ab", {"ba": 1})
check("abc", {"abd": 1})
check("abcd", {"abce": 1, "abcf": 2})
check("def f():\n  total = 1\n  return totl\nf()", {})
