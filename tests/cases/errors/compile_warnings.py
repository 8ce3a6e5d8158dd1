# Compile-time SyntaxWarnings and DeprecationWarnings: text, category, file and line, and
# SyntaxError when the filters make them errors.
import sys
import warnings

def t(src):
    try:
        compile(src, 'f', 'exec')
        print("ok")
    except SyntaxError as e:
        print(e.args)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    t('x = 1\ny = 1if x else 2\n')
    t('x = 1\ny = x is 1\n')
    t("x = 1\ny = '\\d'\n")
    t("x = 1\ny = b'\\d'\n")
    t("x = 1\ny = (1, 2)(3)\n")
    t("assert (x, 1)")
    t("x[1]\n(1)[2]")
    t("f'{1if 1 else 2}'")
    t("x is not 1.5")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for src in ['x is 1', 'x is not ()', '1()', '[x]()', '"a"[1.0]', '(1, 2)[x, y]', 'assert (x,)', '1if x else 2',
                'x = 0o1or 2', 'x = 1.5if 1 else 0', 'x = 1jif 1 else 0', 'x = 1in [1]', 'x = 1not in [2]',
                '(x is 1) or [1 for y in z if y is "a"]', 'try:\n pass\nfinally:\n x is 1', 'lambda: x is -1',
                'x[None]', 'x = {}[1]', 'del (1)[0]', '(lambda: 1)[0]', 'None[0]', '{1, 2}[0]', '...()',
                'f"x"(1)', '(i for i in x)()', 'x is ... or x is None or x is True', 'x is (1,) is x',
                '[1, 2]["a"]', '[x for x in y]()', '{x: 1 for x in y}()', 'x = "\\q"', 'x = b"\\q"',
                'x = "\\N"' if False else 'x = 1', 'if x:\n    pass\nelif x is 5:\n    pass',
                'def f():\n    return x is b"b"', 'class C:\n    y = x is 1.0', 'assert ()', 'x = (1,)[1.5]']:
        w.clear()
        compile(src, 'src', 'exec')
        print(repr(src), [(str(m.message), m.category.__name__, m.filename, m.lineno) for m in w])
    w.clear()
    compile('assert (x, 1)', 'src', 'exec', optimize=1)
    print(len(w))
    w.clear()
    exec('y = 5\nprint(y is 5)')
    print([(str(m.message), m.filename, m.lineno) for m in w])

# showwarning's text, with the source line read from this file
sys.stderr = sys.stdout
import os
os.chdir(sys.path[0])  # the case's directory, where the source lines are read from
warnings.simplefilter("default")
with open(__file__) as f:
    source = f.read()
compile(source, __file__.rsplit('/', 1)[-1], 'exec')
if False:
    print(sys is 1, (1, 2) (3, 4))
    assert (sys, "message")
    s = "\d"
