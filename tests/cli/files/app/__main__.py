import sys
print("app main", __name__, __file__, sys.argv, sys.path[0])
