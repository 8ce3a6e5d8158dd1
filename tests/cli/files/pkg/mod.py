import sys
print("pkg.mod", __name__, __package__, __file__, sys.argv, sys.path[0])
if __name__ == "__main__":
    sys.exit(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
