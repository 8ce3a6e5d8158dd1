print("init basic_pkg.sub", __name__, __package__)
