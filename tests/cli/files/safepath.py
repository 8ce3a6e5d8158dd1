import sys
here = __file__.rsplit("/", 1)[0]
print("script directory on sys.path:", here in sys.path, "first:", sys.path[0] == here)
