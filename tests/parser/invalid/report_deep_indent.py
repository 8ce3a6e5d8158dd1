class A:
    def f(self):
        if x:
            for y in z:
                y = 1 +* 2
