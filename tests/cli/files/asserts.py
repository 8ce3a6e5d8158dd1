assert False, "asserts run"
print("no assert")
