import sys
print("argv", sys.argv)
print("path0", sys.path[0] if sys.path else None)
print("name", __name__, "file", __file__)
print("flags", sys.flags)
print("warnoptions", sys.warnoptions)
print("xoptions", sys._xoptions)
print("debug", __debug__)
