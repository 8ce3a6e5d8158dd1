tests = [
    lambda: "abc".center(),
    lambda: "abc".split(None, "1"),
    lambda: "abc".replace("a"),
    lambda: "abc".startswith(),
    lambda: "abc".join("x", "y"),
    lambda: "abc".count(1),
    lambda: "abc".encode("no-such-codec"),
    lambda: "abc".zfill("3"),
    lambda: "{0}".format(),
    lambda: "{a}".format(b=1),
    lambda: "%s %s" % "a",
    lambda: "abc".index("d"),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
