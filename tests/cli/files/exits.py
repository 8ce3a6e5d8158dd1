import sys
arg = sys.argv[1]
if arg == "none":
    sys.exit()
elif arg == "str":
    sys.exit("goodbye")
elif arg == "big":
    sys.exit(256 + 7)
elif arg == "neg":
    sys.exit(-1)
elif arg == "raise":
    raise ValueError("bad value")
elif arg == "syntax":
    exec("1 +")
else:
    sys.exit(int(arg))
