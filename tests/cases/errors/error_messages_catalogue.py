class Obj:
    pass


one, nothing = 1, None
checks = [
    ("name", lambda: undefined_name),
    ("attr", lambda: Obj().missing),
    ("attr on int", lambda: (5).missing),
    ("attr on type", lambda: int.missing),
    ("call int", lambda: one()),
    ("add", lambda: [] + {}),
    ("sub", lambda: "a" - "b"),
    ("mul", lambda: {} * {}),
    ("neg", lambda: -[]),
    ("invert", lambda: ~"x"),
    ("subscript", lambda: nothing[0]),
    ("not subscriptable type", lambda: len[0]),
    ("iter", lambda: iter(None)),
    ("index", lambda: [1][1]),
    ("key", lambda: {}["k"]),
    ("zero", lambda: 1 // 0),
    ("int", lambda: int("x")),
    ("unpack", lambda: [a for a, b in [(1, 2, 3)]]),
]
for label, fn in checks:
    try:
        fn()
    except Exception as e:
        print(f"{label:>22}: {type(e).__name__}: {e}")
