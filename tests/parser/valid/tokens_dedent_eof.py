# The file ends inside several levels of indentation.
class A:
    class B:
        class C:
            def f(self):
                if x:
                    for y in z:
                        while w:
                            pass
