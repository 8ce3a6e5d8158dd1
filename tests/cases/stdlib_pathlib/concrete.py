import os
import pathlib
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp(prefix="taipan_pathlib_"))
try:
    print(type(base).__name__, base.is_absolute(), base.exists(), base.is_dir(), base.is_file())
    (base / "sub").mkdir()
    (base / "sub" / "deep" / "er").mkdir(parents=True)
    (base / "sub").mkdir(exist_ok=True)
    for f in [lambda: (base / "sub").mkdir(), lambda: (base / "x" / "y").mkdir(),
              lambda: (base / "nope").rmdir(), lambda: (base / "nope").unlink(),
              lambda: (base / "nope").read_text(), lambda: (base / "sub").write_text(5),
              lambda: (base / "sub").touch(exist_ok=False), lambda: (base / "nope").stat(),
              lambda: (base / "nope").readlink(), lambda: Path(base, "a").glob(""),
              lambda: list(base.glob("/abs")), lambda: list(base.glob("a**b")), lambda: pathlib.WindowsPath("x")]:
        try:
            r = f()
            print("ok", r if not hasattr(r, "__next__") else list(r))
        except Exception as e:
            print(type(e).__name__, str(e).replace(str(base), "<base>"))
    (base / "nope").unlink(missing_ok=True)
    t = base / "a.txt"
    print(t.write_text("héllo\nworld\n", encoding="utf-8"), t.read_text(encoding="utf-8"), t.read_bytes())
    print(t.write_bytes(b"\x00\x01bytes"), t.read_bytes(), t.stat().st_size, t.is_file(), t.exists())
    with t.open("a") as f:
        f.write("more")
    print(t.read_bytes())
    (base / "b.py").touch()
    (base / "b.py").touch()
    (base / "sub" / "c.py").write_text("print(1)")
    (base / "sub" / "deep" / "d.txt").write_text("d")
    (base / ".hidden.py").write_text("")
    rel = lambda ps: sorted(str(p.relative_to(base)) for p in ps)
    print(rel(base.iterdir()))
    print(rel(base.glob("*.py")), rel(base.glob("*")), rel(base.glob("sub/*")), rel(base.glob("*/*.py")))
    print(rel(base.glob("**/*.py")), rel(base.rglob("*.txt")), rel(base.glob("**")), rel(base.glob("**/")))
    print(rel(base.glob("sub/deep")), rel(base.glob("nothing*")), rel(base.glob("s?b")), rel(base.glob("[ab].*")))
    print(rel(base.rglob("*")))
    link = base / "link.txt"
    link.symlink_to(t)
    print(link.is_symlink(), t.is_symlink(), link.readlink() == t, link.resolve() == t.resolve(), link.samefile(t),
          link.samefile(str(t)), link.lstat().st_size != link.stat().st_size)
    dangling = base / "dangling"
    dangling.symlink_to(base / "missing")
    print(dangling.exists(), dangling.is_symlink(), dangling.is_file())
    moved = t.rename(base / "renamed.txt")
    print(type(moved).__name__, moved.name, t.exists(), moved.exists())
    (base / "r2.txt").write_text("x")
    print(moved.replace(base / "r2.txt").read_bytes())
    print(Path(base / "sub" / ".." / "sub").resolve() == (base / "sub").resolve(), Path("x").absolute() == Path.cwd() / "x")
    print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser("~")),
          Path("~/q").expanduser() == Path.home() / "q", Path("/x/~").expanduser())
    old = os.getcwd()
    os.chdir(base)
    try:
        print(sorted(str(p) for p in Path(".").glob("*.py")), Path("sub").is_dir(), Path("b.py").resolve() == base.resolve() / "b.py")
    finally:
        os.chdir(old)
    (base / "sub" / "c.py").unlink()
    print(sorted(p.name for p in (base / "sub").iterdir()))
    print(repr(Path("/tmp/x")), repr(pathlib.PosixPath("a")), Path("a") == pathlib.PurePosixPath("a"), Path("a/b").parent)
    print(isinstance(Path("x"), os.PathLike), os.fspath(Path("/x/y")))
finally:
    import shutil
    shutil.rmtree(base)
print(base.exists())
