import warnings
def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)
f()
warnings.warn("hello")
warnings.warn("hello")
for i in range(2):
    warnings.warn("loop")
warnings.warn(UserWarning("inst"))
x = 1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("caught", RuntimeWarning)
print(len(w), w[0].message, w[0].category, w[0].lineno, str(w[0])[:40])
warnings.filterwarnings("error", "boom")
try:
    warnings.warn("boom here")
except UserWarning as e:
    print("raised", e)
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  some line  "), end="")
warnings.showwarning("m2", FutureWarning, "g.py", 4)
