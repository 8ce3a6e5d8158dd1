import difflib
import sys

a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".splitlines(True)
b = "zero\none\ntree\nfour\nfive\nsix\nseven\neight\nnine!\nten\neleven\n".splitlines(True)
sys.stdout.writelines(difflib.unified_diff(a, b, "before.py", "after.py"))
sys.stdout.writelines(difflib.unified_diff(a, b, "a", "b", "2020-01-01", "2020-01-02", n=1))
sys.stdout.writelines(difflib.context_diff(a, b, "before.py", "after.py"))
sys.stdout.writelines(difflib.context_diff(a, b, n=0))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff([], ["b", "c"], lineterm="")))
print(list(difflib.unified_diff(["a", "b"], [], lineterm="")))
print(list(difflib.context_diff([], ["b", "c"], lineterm="")))
print(list(difflib.context_diff(["x"], ["x"])))
print(list(difflib.unified_diff(a, a)))
try:
    list(difflib.unified_diff([b"a"], ["b"]))
except TypeError as e:
    print("TypeError", e)
try:
    list(difflib.unified_diff(["a"], ["b"], fromfile=1))
except TypeError as e:
    print("TypeError", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\xff\n"], [b"b\n"], b"x", b"y")))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as e:
    print("TypeError", e)
