print("run leaf", __name__, __package__, __spec__.name, __spec__.parent)
def f():
    return "leaf.f"
