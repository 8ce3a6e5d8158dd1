import sys
print("pkg main", __name__, __package__, __file__, sys.argv, sys.path[0])
