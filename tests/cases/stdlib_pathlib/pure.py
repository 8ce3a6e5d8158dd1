from pathlib import PurePath, PurePosixPath, PureWindowsPath

posix = ["", ".", "a", "a/b", "/", "//", "///", "/a/b/", "a//b", "a/./b", "a/../b", "/a/b.txt", "a/b.tar.gz",
         ".bashrc", "a/.hidden.txt", "a/b.", "a/..", "~/x", "//a/b", "/a/b/c.d/e", "..", "a/b/c/d"]
windows = ["", "c:", "c:/", "C:\\a\\b", "c:a", "\\a", "//server/share", "//server/share/x/y.txt", "\\\\srv\\sh\\",
           "c:/a/b.txt", "a/b", "C:/A/B", "//?/c:/x", "NUL", "a/con.txt", "d:x/y", "c:/a/../b"]

for cls, samples in ((PurePosixPath, posix), (PureWindowsPath, windows)):
    for s in samples:
        p = cls(s)
        print(repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor))
        print("  ", repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), p.is_absolute(),
              p.is_reserved(), p.as_posix())
        print("  ", list(p.parents), len(p.parents), p.parents[-1:] if p.parents else None)
        for other in samples[:8]:
            print("   /", repr(other), repr(p / other), p == cls(other), p < cls(other) if True else None)

print(PurePath("a", "b", "/c", "d"), PurePath("a", PurePosixPath("b/c")), PurePosixPath("/a", "b", "", "c"))
print(PureWindowsPath("c:", "/", "a"), PureWindowsPath("c:/x", "d:y"), PureWindowsPath("c:/x", "c:y"), PureWindowsPath("c:/x", "/y"))
print(PurePosixPath("a").joinpath("b", "c"), PurePosixPath("/x").joinpath("/y"), "pre" / PurePosixPath("p"))
p = PurePosixPath("/usr/lib/python3.11/os.py")
print(p.with_name("x.pyc"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("posix"), p.relative_to("/usr"),
      p.relative_to("/usr/lib", "python3.11"), p.is_relative_to("/usr"), p.is_relative_to("/etc"))
print(PureWindowsPath("C:/Users/Me/x.txt").relative_to("c:/users"), PureWindowsPath("c:/a").relative_to("c:"))
print(PurePosixPath("a/b").relative_to(""), PurePosixPath("/a").relative_to("/"))
for pat in ["*.py", "os.py", "lib/*.py", "/usr/*/*/os.py", "/*.py", "python3.11/*", "**/os.py", "*"]:
    print(pat, p.match(pat))
print(PureWindowsPath("C:/A/b.PY").match("*.py"), PureWindowsPath("c:/a/b.py").match("C:/A/*.PY"),
      PurePosixPath("a/b.PY").match("*.py"))
print(PurePosixPath("/a b/c%d").as_uri(), PureWindowsPath("c:/a b/c").as_uri(), PureWindowsPath("//srv/sh/f").as_uri())
print(PurePosixPath("a") == PureWindowsPath("a"), PureWindowsPath("A") == PureWindowsPath("a"),
      PurePosixPath("A") == PurePosixPath("a"), hash(PureWindowsPath("A")) == hash(PureWindowsPath("a")))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("/z"), PurePosixPath("a")]))
print(bytes(PurePosixPath("/a/é")), PurePosixPath("/a").__fspath__(), str(PurePath()), repr(PurePath()))
print({PurePosixPath("a/b"): 1}[PurePosixPath("a//b/")], PurePosixPath("a/b").parents[0], PurePosixPath("a/b").parents[-1])
print(PureWindowsPath("c:/a/b").parents[1:], PurePosixPath("/").parent, PurePosixPath(".").parent, PurePosixPath("..").parent)
import pickle
print(pickle.loads(pickle.dumps(PureWindowsPath("c:/x/y"))), PurePosixPath("/a/b").__reduce__())

errors = [lambda: PurePosixPath("/").with_name("x"), lambda: PurePosixPath("a").with_name(""),
          lambda: PurePosixPath("a").with_name("x/y"), lambda: PurePosixPath("a").with_name("."),
          lambda: PurePosixPath("a").with_suffix("py"), lambda: PurePosixPath("a").with_suffix("."),
          lambda: PurePosixPath("a").with_suffix("./x"), lambda: PurePosixPath("").with_suffix(".x"),
          lambda: PurePosixPath("/a").relative_to("/b"), lambda: PurePosixPath("a").relative_to("/a"),
          lambda: PurePosixPath("a").relative_to(), lambda: PurePosixPath("a").as_uri(),
          lambda: PurePosixPath(b"bytes"), lambda: PurePosixPath(1), lambda: PurePosixPath("a") / 1,
          lambda: 1 / PurePosixPath("a"), lambda: PurePosixPath("a") < PureWindowsPath("b"),
          lambda: PurePosixPath("a").match(""), lambda: PurePosixPath("a").parents[1],
          lambda: PureWindowsPath("c:").with_name("x"), lambda: PureWindowsPath("c:/a").with_name("d:e")]
for f in errors:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
