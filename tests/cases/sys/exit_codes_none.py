import sys, atexit
atexit.register(print, "atexit after SystemExit(None)")
raise SystemExit(None)
