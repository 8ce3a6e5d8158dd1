DEEP = "deep"
