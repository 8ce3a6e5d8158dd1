print("about to exit")
try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
print("still running")
raise SystemExit(3)
