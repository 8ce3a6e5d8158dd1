# An exception leaving a function while it runs a hot loop (compiled mid-loop by Taipan's
# second tier) has one traceback entry per frame, at the right lines.
def hot(n, fail_at):
    total = 0
    for i in range(n):
        total += i
        if i == fail_at:
            raise ValueError(total)
    return total


def hot_while(n):
    i = 0
    while i < n:
        i += 1
    return {}[i]


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


for args in ((5000, 4000), (10, 5), (5000, 4999)):
    try:
        hot(*args)
    except ValueError as e:
        print(e, walk(e.__traceback__))
try:
    hot_while(6000)
except KeyError as e:
    print(repr(e), walk(e.__traceback__))
try:
    for _ in range(3000):
        pass
    compile("await x", "t.py", "exec")
except SyntaxError as e:
    print(e.msg, walk(e.__traceback__))
