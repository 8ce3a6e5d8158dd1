import circ.e
F = "f"
def use():
    return circ.e.E
