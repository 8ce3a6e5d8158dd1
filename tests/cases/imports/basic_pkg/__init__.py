print("init basic_pkg", __name__, __package__)
VALUE = 1
