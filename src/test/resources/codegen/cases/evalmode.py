# mode: eval
a + b * f(c)
