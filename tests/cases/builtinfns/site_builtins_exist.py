import builtins
for name in ["help", "copyright", "credits", "license", "exit", "quit"]:
    obj = getattr(builtins, name, None)
    print(name, obj is not None, callable(obj))
print(type(help).__name__, type(exit).__name__, repr(exit))
