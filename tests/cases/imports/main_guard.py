import guard_pkg.tool
print("main:", __name__, guard_pkg.tool.__name__, guard_pkg.tool.RAN_MAIN)
if __name__ == "__main__":
    print("running as the main program")
