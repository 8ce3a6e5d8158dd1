handlers = {"a": print}
handlers["a"]("calling a")
result = 42
result()
