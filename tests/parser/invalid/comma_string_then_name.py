x = ["a" b]
