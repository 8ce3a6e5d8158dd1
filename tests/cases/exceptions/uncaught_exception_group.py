print("start")
raise ExceptionGroup("two problems", [ValueError("bad value"), KeyError("missing")])
