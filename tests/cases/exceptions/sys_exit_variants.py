import sys

for arg in (None, 0, 2, "message", (1, 2)):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code)
print("exiting cleanly")
sys.exit(0)
print("not printed")
