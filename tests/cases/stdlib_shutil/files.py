import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()
try:
    src = os.path.join(base, "src")
    os.makedirs(os.path.join(src, "sub", "deep"))
    for rel, text in [("a.txt", "alpha"), ("b.py", "print('b')"), ("sub/c.txt", "gamma"), ("sub/deep/d.log", "delta")]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    os.chmod(os.path.join(src, "b.py"), 0o755)
    os.symlink("a.txt", os.path.join(src, "link"))

    def tree(root):
        out = []
        for dirpath, dirnames, filenames in os.walk(root):
            for n in sorted(dirnames + filenames):
                p = os.path.join(dirpath, n)
                kind = "L" if os.path.islink(p) else "D" if os.path.isdir(p) else "F"
                out.append(kind + ":" + os.path.relpath(p, root))
        return sorted(out)

    dst = os.path.join(base, "copy.txt")
    print(shutil.copyfile(os.path.join(src, "a.txt"), dst) == dst, open(dst).read())
    print(shutil.copy(os.path.join(src, "b.py"), base) == os.path.join(base, "b.py"),
          oct(stat.S_IMODE(os.stat(os.path.join(base, "b.py")).st_mode)))
    os.utime(os.path.join(src, "a.txt"), (1000000000, 1000000000))
    c2 = shutil.copy2(os.path.join(src, "a.txt"), os.path.join(base, "a2.txt"))
    print(os.path.basename(c2), int(os.stat(c2).st_mtime))
    with open(os.path.join(src, "a.txt"), "rb") as fsrc, open(os.path.join(base, "obj.txt"), "wb") as fdst:
        shutil.copyfileobj(fsrc, fdst, 2)
    print(open(os.path.join(base, "obj.txt")).read())
    print(os.path.basename(shutil.copytree(src, os.path.join(base, "tree"))), tree(os.path.join(base, "tree")))
    print(os.path.islink(os.path.join(base, "tree", "link")))
    shutil.copytree(src, os.path.join(base, "tree2"), symlinks=True, ignore=shutil.ignore_patterns("*.log", "b*"))
    print(tree(os.path.join(base, "tree2")), os.readlink(os.path.join(base, "tree2", "link")))
    shutil.copytree(src, os.path.join(base, "tree2"), dirs_exist_ok=True)
    print(tree(os.path.join(base, "tree2")))
    moved = shutil.move(os.path.join(base, "tree2"), os.path.join(base, "moved"))
    print(os.path.basename(moved), os.path.exists(os.path.join(base, "tree2")))
    os.mkdir(os.path.join(base, "into"))
    print(os.path.relpath(shutil.move(os.path.join(base, "copy.txt"), os.path.join(base, "into")), base))
    shutil.rmtree(os.path.join(base, "moved"))
    print(os.path.exists(os.path.join(base, "moved")))
    errors = []
    shutil.rmtree(os.path.join(base, "nothing"), onerror=lambda f, p, e: errors.append((f.__name__, os.path.basename(p), e[0].__name__)))
    print(errors)
    shutil.rmtree(os.path.join(base, "nothing"), ignore_errors=True)
    for f in [lambda: shutil.copyfile(dst.replace("copy", "none"), dst), lambda: shutil.copyfile(c2, c2),
              lambda: shutil.copytree(src, os.path.join(base, "tree")), lambda: shutil.rmtree(os.path.join(src, "link")),
              lambda: shutil.move(os.path.join(base, "into"), os.path.join(base, "into", "x")),
              lambda: shutil.rmtree(os.path.join(base, "nothing"))]:
        try:
            f()
            print("ok")
        except (OSError, shutil.Error) as e:
            print(type(e).__name__, str(e).replace(base, "<base>"))
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
    print(shutil.which("sh") is not None, shutil.which("no-such-program-xyz"), shutil.which("sh", path=""),
          shutil.which(os.path.join(base, "b.py")) == os.path.join(base, "b.py"),
          shutil.which("b.py", path=base) == os.path.join(base, "b.py"), shutil.which("a2.txt", path=base))
    u = shutil.disk_usage(base)
    print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.total >= u.free >= 0)
    os.environ["COLUMNS"], os.environ["LINES"] = "100", "40"
    print(shutil.get_terminal_size())
    del os.environ["COLUMNS"], os.environ["LINES"]
    print(shutil.get_terminal_size((33, 44)) in (os.terminal_size((33, 44)),) or "terminal")
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
