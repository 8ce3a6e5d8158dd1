a = b: int
