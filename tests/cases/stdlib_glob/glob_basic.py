import glob
import os

root = "glob_tree"


def make(path, text="x"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def cleanup(top):
    for dirpath, dirnames, filenames in os.walk(top, topdown=False):
        for n in filenames:
            os.remove(os.path.join(dirpath, n))
        for n in dirnames:
            os.rmdir(os.path.join(dirpath, n))
    if os.path.isdir(top):
        os.rmdir(top)


cleanup(root)
for p in ["a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/e.txt", "sub/deeper/f.py",
          "sub/.secret/g.py", "other/h.py", "we[ird]/i.py", "star*name.py"]:
    make(os.path.join(root, p))
os.makedirs(os.path.join(root, "empty"))


def show(pattern, **kw):
    found = glob.glob(pattern, **kw)
    print(pattern, kw, sorted(found))


try:
    show(root + "/*.py")
    show(root + "/*")
    show(root + "/*/")
    show(root + "/*/*.py")
    show(root + "/**/*.py")
    show(root + "/**/*.py", recursive=True)
    show(root + "/**", recursive=True)
    show(root + "/**/", recursive=True)
    show(root + "/**/*.py", recursive=True, include_hidden=True)
    show(root + "/.*")
    show(root + "/*.py", include_hidden=True)
    show(root + "/?.py")
    show(root + "/[ab].py")
    show(root + "/[!a].*")
    show(root + "/sub")
    show(root + "/sub/")
    show(root + "/a.py/")
    show(root + "/missing")
    show(root + "/missing/*.py")
    show(root + "/we[ird]/*.py")
    show(glob.escape(root + "/we[ird]") + "/*.py")
    show(root + "/star*name.py")
    show(glob.escape(root + "/star*name.py"))
    show("*.py", root_dir=root)
    show("**/*.txt", root_dir=root, recursive=True)
    show("sub/*", root_dir=root)
    show("", root_dir=root)
    show(root + "/sub/**/f.py", recursive=True)
    print(sorted(glob.iglob(root + "/*.txt")), type(glob.iglob("x")).__name__)
    print(glob.escape("a[b]*c?"), glob.escape(b"x*"), glob.has_magic("a*"), glob.has_magic("abc"))
    print(sorted(glob.glob(os.fsencode(root) + b"/*.py")))
except Exception as e:
    print(type(e).__name__, e)
finally:
    cleanup(root)
