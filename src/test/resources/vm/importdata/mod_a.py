print("loading mod_a", __name__)
X = 1
def f(): return "f from a"
_private = 2
