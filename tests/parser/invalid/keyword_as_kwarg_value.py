f(a=if)
