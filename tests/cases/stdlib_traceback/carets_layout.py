# The traceback module's own marker layout (CPython 3.11's traceback.py), which differs from
# the interpreter's report for lines with trailing blanks or without a newline
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

d = {}


def f1():
    return "中中" if False else d["k"]   


def f2():
    return d["中中"] + d


def f3():
    return d[1] if "\u00e9" else 0


def f4():
    return ("中" + 
            d[2])


def f5():
    return (1) /(0)


def f6():
    return d  [ "k" ]


for f in (f1, f2, f3, f4, f5, f6):
    try:
        f()
    except Exception as e:
        print("".join(traceback.format_exception(e)[-2:]).replace(HERE, ""), end="")

lines = ['    return d["k"]', '    return d["k"]  \n', '    return d["k"]\n', '\treturn d["k"]\n',
         '    return 中["中"]  \n', '    return d["k"]\r\n']
for line in lines:
    for span in [(11, 17, 3), (11, 17, 4), (4, 17, 3), (4, 17, 5), (11, 12, 3), (0, 99, 3)]:
        fs = traceback.FrameSummary("x.py", 3, "f", line=line, colno=span[0], end_colno=span[1],
                                    end_lineno=span[2])
        print(repr(line), span, traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary("x.py", 3, "f", line="a + b", colno=0, end_colno=5, end_lineno=3)
print(traceback.format_list([fs]))
fs = traceback.FrameSummary("x.py", 3, "f", line="a+b", colno=0, end_colno=None, end_lineno=3)
print(traceback.format_list([fs]))
