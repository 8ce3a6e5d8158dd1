x: int := 1
